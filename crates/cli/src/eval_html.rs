//! `depeche eval-html`: arguments and printing; the scoring (the article-extraction
//! benchmark's metric, the Wikinews pages' text and dateline, extraction timed alone) is
//! [`depeche_eval::html`].

use anyhow::{bail, Result};
use depeche_eval::html;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The article-extraction benchmark (ground-truth.json and html/KEY.html.gz).
    #[arg(long)]
    data: Option<PathBuf>,
    /// The Wikinews sample (html/NAME.html, txt/NAME.txt, manifest.json).
    #[arg(long)]
    wikinews: Option<PathBuf>,
    /// Print the figures as JSON (`{"summary": {...}}`, for scripts/check_floors.py).
    #[arg(long)]
    json: bool,
    /// Print one line per page.
    #[arg(long)]
    verbose: bool,
    /// Time extraction alone on the pages of this directory (`*.html`, `*.html.gz`, or the
    /// benchmark's `html/`): pages are read into memory first, then decoded and extracted
    /// on one thread, `--rounds` times; no scoring.
    #[arg(long, value_name = "DIR")]
    speed: Option<PathBuf>,
    /// Rounds over the pages for `--speed`.
    #[arg(long, default_value_t = 5)]
    rounds: u32,
}

pub fn run(args: Args) -> Result<ExitCode> {
    if let Some(dir) = &args.speed {
        print_speed(&html::time_extraction(dir, args.rounds.max(1))?, args.json);
        return Ok(ExitCode::SUCCESS);
    }
    if args.data.is_none() && args.wikinews.is_none() {
        bail!("give --data (extraction benchmark), --wikinews (Wikinews sample), or --speed DIR");
    }
    let mut summary = serde_json::Map::new();
    if let Some(dir) = &args.data {
        let b = html::score_benchmark(dir)?;
        if args.verbose {
            for p in &b.pages {
                eprintln!(
                    "{:.16} tp={:.3} fp={:.3} fn={:.3}",
                    p.key, p.tp, p.fp, p.fn_
                );
            }
        }
        summary.insert("benchmark".into(), b.summary());
    }
    if let Some(dir) = &args.wikinews {
        let w = html::score_wikinews(dir)?;
        if args.verbose {
            for p in &w.pages {
                eprintln!(
                    "{} similarity={:.4} date={}",
                    p.name,
                    p.similarity,
                    if p.date_ok { "ok" } else { "MISSED" }
                );
            }
        }
        summary.insert("wikinews".into(), w.summary());
    }
    let summary = Value::Object(summary);
    if args.json {
        println!("{}", json!({ "summary": summary }));
    } else {
        for (k, v) in summary.as_object().unwrap() {
            for (m, x) in v.as_object().unwrap() {
                match x.as_f64() {
                    Some(f) if f.fract() != 0.0 => println!("{k}.{m:24} {f:.4}"),
                    _ => println!("{k}.{m:24} {x}"),
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_speed(s: &html::ExtractionSpeed, as_json: bool) {
    let units = s.pages as f64 * s.rounds as f64;
    if as_json {
        // the shape bench/peers.py prints, so bench/run.py reads both alike
        println!(
            "{}",
            json!({"seconds": s.seconds, "cpu": s.cpu, "units": units, "found": s.words,
                   "pages": s.pages, "rounds": s.rounds, "bytes": s.bytes})
        );
    } else {
        println!(
            "{} pages x {} rounds, {:.1} MB per round: {:.0} pages/s, {:.1} MB/s (one thread{})",
            s.pages,
            s.rounds,
            s.bytes as f64 / 1e6,
            units / s.seconds,
            s.bytes as f64 * s.rounds as f64 / 1e6 / s.seconds,
            s.cpu
                .map(|c| format!(", {:.0} pages per CPU-second", units / c))
                .unwrap_or_default()
        );
    }
}
