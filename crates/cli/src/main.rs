//! `depeche`: the command line over the Dépêche libraries. It parses arguments, reads inputs,
//! runs the pipeline and prints records; everything else lives in the crates.

mod analyze;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "depeche",
    version,
    about = "Who said what, about whom, when and where, in French news"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles and print one JSON record per article.
    Analyze(analyze::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("depeche: {e:#}");
            ExitCode::from(2)
        }
    }
}
