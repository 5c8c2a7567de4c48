//! `depeche`: the command line over the Dépêche libraries. It parses arguments, reads inputs,
//! runs the pipeline and prints records; everything else lives in the crates.

mod analysis;
mod analyze;
mod entities;
mod eval;
mod eval_html;
mod export;
mod ingest;
mod search;
mod serve;
mod stats;
mod train;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

// The pipeline allocates many short-lived strings and vectors per article; glibc's malloc
// spent a fifth of a full analysis in its own bookkeeping (callgrind), mimalloc's per-thread
// free lists make those allocations a few instructions each. Built without transparent huge
// pages (Cargo.toml): zeroing 2 MiB per first touch cost more than the TLB misses they save.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Score the pipeline against a directory of gold cases (NAME.txt + NAME.gold.json).
    Eval(eval::Args),
    /// Analyse articles and keep them in a store (SQLite file or postgres:// URL).
    Ingest(ingest::Args),
    /// Find articles or quotations in a store.
    Search(search::Args),
    /// Serve the HTTP API (/v1) and the web page over a store.
    Serve(serve::Args),
    /// Parity of quoted voices in a store: quotations by women, men, unknown, per group.
    Stats(stats::Args),
    /// Identities across articles: show one, split a name from it, merge two.
    Entities(entities::Args),
    /// Write the records of a store as flat tables (Parquet or CSV) for DuckDB, BigQuery, Spark.
    Export(export::Args),
    /// Score HTML main-text extraction (article-extraction benchmark, Wikinews pages).
    EvalHtml(eval_html::Args),
    /// Rebuild the POS and entity models from the shared data (fixed seed, same bytes).
    Train(train::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Ingest(args) => ingest::run(args),
        Command::Search(args) => search::run(args),
        Command::Serve(args) => serve::run(args),
        Command::EvalHtml(args) => eval_html::run(args),
        Command::Export(args) => export::run(args),
        Command::Entities(args) => entities::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Train(args) => train::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("depeche: {e:#}");
            ExitCode::from(2)
        }
    }
}
