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
    /// trafilatura's evaluation set (evaldata.json and html/FILE.html.gz), scored with its
    /// snippet metric (must-have and must-not-have snippets), whole and by halves.
    #[arg(long, value_name = "DIR")]
    snippets: Option<PathBuf>,
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
    if args.data.is_none() && args.wikinews.is_none() && args.snippets.is_none() {
        bail!("give --data (extraction benchmark), --wikinews (Wikinews sample), --snippets (trafilatura's set), or --speed DIR");
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
    if let Some(dir) = &args.snippets {
        let (figures, pages) = depeche_eval::snippets::evaluate_snippets(dir)?;
        if args.verbose {
            for p in &pages {
                let half = if p.tuned { "tuned" } else { "held-out" };
                let c = &p.counts;
                eprintln!(
                    "{} {half} tp={} fn={} fp={}{}",
                    p.file,
                    c.tp,
                    c.fn_,
                    c.fp,
                    if c.empty > 0 { " NO TEXT" } else { "" }
                );
                for m in &p.missed {
                    eprintln!("  missed: {m}");
                }
                for l in &p.leaked {
                    eprintln!("  leaked: {l}");
                }
            }
        }
        summary.insert("snippets".into(), figures);
    }
    let summary = Value::Object(summary);
    if args.json {
        println!("{}", json!({ "summary": summary }));
    } else {
        print_flat("", &summary);
    }
    Ok(ExitCode::SUCCESS)
}

/// One line per figure, nested objects as dotted names.
fn print_flat(prefix: &str, v: &Value) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                let name = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                print_flat(&name, x);
            }
        }
        _ => match v.as_f64() {
            Some(f) if f.fract() != 0.0 => println!("{prefix:40} {f:.4}"),
            _ => println!("{prefix:40} {v}"),
        },
    }
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
