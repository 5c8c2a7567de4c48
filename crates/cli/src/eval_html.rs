//! `depeche eval-html`: the HTML reader scored on the article-extraction benchmark (with
//! that benchmark's metric) and on the Wikinews pages (text and dateline).
//!
//! Benchmark metric (scrapinghub/article-extraction-benchmark, `evaluate.py`): tokens are
//! `\w+` runs; the multisets of 4-token shingles of the true and predicted bodies give TP, FP
//! and FN, normalised per page so that each page weighs the same; precision and recall are
//! averaged over pages and F1 is computed from the averages.

use anyhow::{bail, Context, Result};
use depeche_pipeline::Pipeline;
use depeche_readers::html;
use rayon::prelude::*;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

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
        return speed(dir, args.rounds.max(1), args.json);
    }
    if args.data.is_none() && args.wikinews.is_none() && args.snippets.is_none() {
        bail!("give --data (extraction benchmark), --wikinews (Wikinews sample), --snippets (trafilatura's set), or --speed DIR");
    }
    let mut summary = serde_json::Map::new();
    if let Some(dir) = &args.data {
        summary.insert("benchmark".into(), benchmark(dir, args.verbose)?);
    }
    if let Some(dir) = &args.wikinews {
        summary.insert("wikinews".into(), wikinews(dir, args.verbose)?);
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

fn benchmark(dir: &std::path::Path, verbose: bool) -> Result<Value> {
    let gt_path = dir.join("ground-truth.json");
    let gt: HashMap<String, Value> = serde_json::from_str(
        &std::fs::read_to_string(&gt_path)
            .with_context(|| format!("{}: cannot read", gt_path.display()))?,
    )
    .with_context(|| format!("{}: invalid JSON", gt_path.display()))?;
    let mut keys: Vec<&String> = gt.keys().collect();
    keys.sort();
    let pages: Vec<(String, Vec<u8>)> = keys
        .iter()
        .map(|k| {
            let p = dir.join("html").join(format!("{k}.html.gz"));
            Ok(((*k).clone(), depeche_readers::read_bytes(&p, 100_000_000)?))
        })
        .collect::<Result<_>>()?;
    let bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    // extraction alone, timed on one thread (pages/s per core) and on all of them
    let t = Instant::now();
    let single: Vec<String> = pages.iter().map(|(_, b)| extract_body(b)).collect();
    let secs1 = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let _: Vec<String> = pages.par_iter().map(|(_, b)| extract_body(b)).collect();
    let secs_all = t.elapsed().as_secs_f64();
    let mut counts = Vec::new();
    for ((k, _), pred) in pages.iter().zip(&single) {
        let truth = gt[k]["articleBody"].as_str().unwrap_or("");
        let c = shingle_match(truth, pred);
        if verbose {
            eprintln!("{k:.16} tp={:.3} fp={:.3} fn={:.3}", c.0, c.1, c.2);
        }
        counts.push(c);
    }
    let (precision, recall, f1) = prf(&counts);
    // the rules were tuned looking at pages whose key starts with 0-7; pages 8-f are the
    // held-out half that shows whether they generalise
    let half = |held: bool| -> Vec<(f64, f64, f64)> {
        pages
            .iter()
            .zip(&counts)
            .filter(|((k, _), _)| !matches!(k.as_bytes()[0], b'0'..=b'7') == held)
            .map(|(_, c)| *c)
            .collect()
    };
    let f1_tuned = prf(&half(false)).2;
    let f1_held_out = prf(&half(true)).2;
    Ok(json!({
        "pages": pages.len(),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "f1_tuned_half": f1_tuned,
        "f1_held_out_half": f1_held_out,
        "pages_per_s_one_core": pages.len() as f64 / secs1,
        "mb_per_s_one_core": bytes as f64 / 1e6 / secs1,
        "pages_per_s_all_cores": pages.len() as f64 / secs_all,
    }))
}

/// Extraction alone, timed: `rounds` passes over the pages of `dir` on this thread.
fn speed(dir: &std::path::Path, rounds: u32, as_json: bool) -> Result<ExitCode> {
    let sub = dir.join("html");
    let dir = if sub.is_dir() { sub } else { dir.to_path_buf() };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("{}: cannot read the directory", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = p.to_string_lossy();
            n.ends_with(".html") || n.ends_with(".htm") || n.ends_with(".html.gz")
        })
        .collect();
    paths.sort();
    if paths.is_empty() {
        bail!("{}: no *.html or *.html.gz pages", dir.display());
    }
    let pages: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| Ok(depeche_readers::read_bytes(p, 100_000_000)?))
        .collect::<Result<_>>()?;
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let mut words = 0;
    let cpu0 = thread_cpu_seconds();
    let t = Instant::now();
    for round in 0..rounds {
        for b in &pages {
            let body = extract_body(b);
            if round == 0 {
                words += body.split_whitespace().count();
            }
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu0.and_then(|c0| thread_cpu_seconds().map(|c1| c1 - c0));
    let units = pages.len() as f64 * rounds as f64;
    if as_json {
        // the shape bench/peers.py prints, so bench/run.py reads both alike
        println!(
            "{}",
            json!({"seconds": secs, "cpu": cpu, "units": units, "found": words,
                   "pages": pages.len(), "rounds": rounds, "bytes": bytes})
        );
    } else {
        println!(
            "{} pages x {rounds} rounds, {:.1} MB per round: {:.0} pages/s, {:.1} MB/s (one thread{})",
            pages.len(),
            bytes as f64 / 1e6,
            units / secs,
            bytes as f64 * rounds as f64 / 1e6 / secs,
            cpu.map(|c| format!(", {:.0} pages per CPU-second", units / c))
                .unwrap_or_default()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// CPU time of the calling thread, from `/proc/thread-self/schedstat` (nanoseconds on a
/// CPU); `None` where the kernel does not say.
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Precision, recall and F1 over pages, as the benchmark computes them.
fn prf(counts: &[(f64, f64, f64)]) -> (f64, f64, f64) {
    let mean = |v: Vec<f64>| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let precision = mean(
        counts
            .iter()
            .filter(|(tp, fp, _)| tp + fp > 0.0)
            .map(|&(tp, fp, fn_)| score(tp, fp, fn_, fp))
            .collect(),
    );
    let recall = mean(
        counts
            .iter()
            .filter(|(tp, _, fn_)| tp + fn_ > 0.0)
            .map(|&(tp, fp, fn_)| score(tp, fp, fn_, fn_))
            .collect(),
    );
    let f1 = 2.0 * precision * recall / (precision + recall);
    (precision, recall, f1)
}

/// The benchmark's precision (`other` = fp) or recall (`other` = fn).
fn score(tp: f64, fp: f64, fn_: f64, other: f64) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && other == 0.0 {
        0.0
    } else {
        tp / (tp + other)
    }
}

fn extract_body(bytes: &[u8]) -> String {
    html::extract(&html::decode(bytes))
        .map(|e| e.body())
        .unwrap_or_default()
}

/// Python's `re.findall(r'\w+', text)`.
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let t = tokens(text);
    let mut m = HashMap::new();
    let n = 4;
    for i in 0..t.len().saturating_sub(n - 1).max(1) {
        let s: Vec<&str> = t[i..(i + n).min(t.len())].to_vec();
        if !s.is_empty() {
            *m.entry(s).or_insert(0) += 1;
        }
    }
    m
}

/// Normalised (TP, FP, FN) over 4-token shingles.
fn shingle_match(truth: &str, pred: &str) -> (f64, f64, f64) {
    let (t, p) = (shingles(truth), shingles(pred));
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc) as f64;
        fn_ += tc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        fp += pc.saturating_sub(tc) as f64;
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        (tp / s, fp / s, fn_ / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

fn wikinews(dir: &std::path::Path, verbose: bool) -> Result<Value> {
    let manifest_path = dir.join("manifest.json");
    let manifest: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(&manifest_path)
            .with_context(|| format!("{}: cannot read", manifest_path.display()))?,
    )
    .with_context(|| format!("{}: invalid JSON", manifest_path.display()))?;
    let pipeline = Pipeline::new();
    let rows: Vec<(String, f64, bool)> = manifest
        .par_iter()
        .map(|m| {
            let name = m["name"].as_str().unwrap_or_default().to_string();
            let page = dir.join("html").join(format!("{name}.html"));
            let input = depeche_readers::read(&page, &Default::default())
                .next()
                .context("no input")??
                .resolve()?;
            let txt = std::fs::read_to_string(dir.join("txt").join(format!("{name}.txt")))?;
            let sim = similarity(input.text.text.trim(), txt.trim());
            let (mut article, _) = input.into_article();
            pipeline.run(&mut article);
            let date_ok =
                article.published.map(|d| d.to_string()).as_deref() == m["published"].as_str();
            Ok((name, sim, date_ok))
        })
        .collect::<Result<_>>()?;
    if verbose {
        for (n, s, d) in &rows {
            eprintln!(
                "{n} similarity={s:.4} date={}",
                if *d { "ok" } else { "MISSED" }
            );
        }
    }
    let n = rows.len().max(1) as f64;
    let min = rows.iter().map(|r| r.1).fold(1.0, f64::min);
    let mean = rows.iter().map(|r| r.1).sum::<f64>() / n;
    let dates = rows.iter().filter(|r| r.2).count();
    Ok(json!({
        "articles": rows.len(),
        "similarity_min": min,
        "similarity_mean": mean,
        "dates_read": dates,
        "dates_read_ratio": dates as f64 / n,
    }))
}

/// Character-level similarity: 1 − Levenshtein distance / length of the longer text.
fn similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    1.0 - prev[b.len()] as f64 / a.len().max(b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_follow_the_benchmark() {
        assert_eq!(shingle_match("a b c d e", "a b c d e"), (1.0, 0.0, 0.0));
        let (tp, fp, fn_) = shingle_match("a b c d e", "a b c d");
        assert!((tp - 0.5).abs() < 1e-9 && fp == 0.0 && (fn_ - 0.5).abs() < 1e-9);
        // fewer than four tokens make one short shingle
        assert_eq!(shingles("a b").len(), 1);
    }

    #[test]
    fn similarity_is_one_minus_normalised_edit_distance() {
        assert_eq!(similarity("abc", "abc"), 1.0);
        assert!((similarity("abcd", "abce") - 0.75).abs() < 1e-9);
    }
}
