//! `depeche train`: rebuild the shipped tagging models (`crates/entities/model/`) from the
//! shared data, with the fixed seed of `depeche_entities::train::SEED`. Same data, same bytes.

use anyhow::{Context, Result};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The shared data directory (UD French-Sequoia and GSD, Europeana NER, HIPE-2022 NewsEye).
    #[arg(long, default_value = "../shared/data")]
    data: PathBuf,
    /// Where the model files are written (commit them to ship them in the binary).
    #[arg(long, default_value = "crates/entities/model")]
    out: PathBuf,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let t0 = std::time::Instant::now();
    let report = depeche_entities::train::train(&args.data, &args.out)
        .with_context(|| format!("training from {}", args.data.display()))?;
    println!(
        "{report}trained in {:.1}s -> {}",
        t0.elapsed().as_secs_f64(),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}
