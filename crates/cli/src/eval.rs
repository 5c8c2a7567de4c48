//! `depeche eval`: the pipeline scored against a gold directory, with the rules of the shared
//! `eval/score.py` (same per-article lines and `TOTAL`).

use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Directory of gold cases: NAME.txt beside NAME.gold.json.
    #[arg(long)]
    gold_dir: PathBuf,
    /// Where NAME.txt lives, when not in --gold-dir.
    #[arg(long)]
    text_dir: Option<PathBuf>,
    /// Score saved records (PRED_DIR/NAME.json) instead of running the pipeline.
    #[arg(long)]
    pred_dir: Option<PathBuf>,
    /// Print the summary and the per-article report as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let text_dir = args.text_dir.as_deref();
    let report = match &args.pred_dir {
        Some(pred_dir) => depeche_eval::evaluate_records(&args.gold_dir, text_dir, pred_dir)?,
        None => depeche_eval::evaluate(&args.gold_dir, text_dir)?,
    };
    let out = if args.json {
        report.to_json() + "\n"
    } else {
        report.to_text()
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
