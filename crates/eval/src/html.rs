//! HTML main-text extraction scored: on the article-extraction benchmark with that
//! benchmark's metric ([`score_benchmark`]), on the Wikinews pages against their plain text
//! and publication dates ([`score_wikinews`]), and timed alone ([`time_extraction`]).
//! `depeche eval-html` parses the arguments and prints what these return.
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
use std::path::{Path, PathBuf};
use std::time::Instant;

/// One benchmark page: its key and its normalised (TP, FP, FN) shingle counts.
#[derive(Debug, Clone)]
pub struct PageScore {
    pub key: String,
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

/// The benchmark's figures and the pages they come from.
#[derive(Debug, Clone)]
pub struct BenchmarkScore {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// F1 on the pages whose key starts with 0-7: the rules were tuned looking at them.
    pub f1_tuned_half: f64,
    /// F1 on the pages whose key starts with 8-f: the held-out half that shows whether the
    /// rules generalise.
    pub f1_held_out_half: f64,
    pub pages_per_s_one_core: f64,
    pub mb_per_s_one_core: f64,
    pub pages_per_s_all_cores: f64,
    pub pages: Vec<PageScore>,
}

impl BenchmarkScore {
    /// The summary `depeche eval-html --json` prints (scripts/check_floors.py reads it).
    pub fn summary(&self) -> Value {
        json!({
            "pages": self.pages.len(),
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "f1_tuned_half": self.f1_tuned_half,
            "f1_held_out_half": self.f1_held_out_half,
            "pages_per_s_one_core": self.pages_per_s_one_core,
            "mb_per_s_one_core": self.mb_per_s_one_core,
            "pages_per_s_all_cores": self.pages_per_s_all_cores,
        })
    }
}

/// Score the HTML reader on the article-extraction benchmark in `dir`
/// (`ground-truth.json` and `html/KEY.html.gz`), timing extraction on one thread and on all.
pub fn score_benchmark(dir: &Path) -> Result<BenchmarkScore> {
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
    let scored: Vec<PageScore> = pages
        .iter()
        .zip(&single)
        .map(|((k, _), pred)| {
            let truth = gt[k]["articleBody"].as_str().unwrap_or("");
            let (tp, fp, fn_) = shingle_match(truth, pred);
            PageScore {
                key: k.clone(),
                tp,
                fp,
                fn_,
            }
        })
        .collect();
    let counts = |held: Option<bool>| -> Vec<(f64, f64, f64)> {
        scored
            .iter()
            .filter(|p| match held {
                None => true,
                Some(h) => !matches!(p.key.as_bytes()[0], b'0'..=b'7') == h,
            })
            .map(|p| (p.tp, p.fp, p.fn_))
            .collect()
    };
    let (precision, recall, f1) = prf(&counts(None));
    Ok(BenchmarkScore {
        precision,
        recall,
        f1,
        f1_tuned_half: prf(&counts(Some(false))).2,
        f1_held_out_half: prf(&counts(Some(true))).2,
        pages_per_s_one_core: pages.len() as f64 / secs1,
        mb_per_s_one_core: bytes as f64 / 1e6 / secs1,
        pages_per_s_all_cores: pages.len() as f64 / secs_all,
        pages: scored,
    })
}

/// Extraction alone, timed on the calling thread.
#[derive(Debug, Clone)]
pub struct ExtractionSpeed {
    pub pages: usize,
    pub rounds: u32,
    /// Bytes of one round (the pages as read, decompressed).
    pub bytes: usize,
    /// Words extracted in one round (a check that something was extracted).
    pub words: usize,
    pub seconds: f64,
    /// CPU seconds of the thread, where the kernel says.
    pub cpu: Option<f64>,
}

/// Time extraction alone: the pages of `dir` (`*.html`, `*.htm`, `*.html.gz`, or the
/// benchmark's `html/`) are read into memory first, then decoded and extracted on this
/// thread `rounds` times; no scoring.
pub fn time_extraction(dir: &Path, rounds: u32) -> Result<ExtractionSpeed> {
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
    let seconds = t.elapsed().as_secs_f64();
    let cpu = cpu0.and_then(|c0| thread_cpu_seconds().map(|c1| c1 - c0));
    Ok(ExtractionSpeed {
        pages: pages.len(),
        rounds,
        bytes,
        words,
        seconds,
        cpu,
    })
}

/// CPU time of the calling thread, from `/proc/thread-self/schedstat` (nanoseconds on a
/// CPU); `None` where the kernel does not say.
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Precision, recall and F1 over pages' normalised (TP, FP, FN), as the benchmark computes
/// them.
pub fn prf(counts: &[(f64, f64, f64)]) -> (f64, f64, f64) {
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

/// Normalised (TP, FP, FN) over 4-token shingles of a true and a predicted body.
pub fn shingle_match(truth: &str, pred: &str) -> (f64, f64, f64) {
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

/// One Wikinews page: its text against the plain-text version, and its date.
#[derive(Debug, Clone)]
pub struct WikinewsPage {
    pub name: String,
    /// [`similarity`] of the extracted text and the plain text.
    pub similarity: f64,
    /// The publication date read from the page is the manifest's.
    pub date_ok: bool,
}

/// The Wikinews figures and the pages they come from.
#[derive(Debug, Clone)]
pub struct WikinewsScore {
    pub pages: Vec<WikinewsPage>,
}

impl WikinewsScore {
    /// The summary `depeche eval-html --json` prints (scripts/check_floors.py reads it).
    pub fn summary(&self) -> Value {
        let rows = &self.pages;
        let n = rows.len().max(1) as f64;
        let min = rows.iter().map(|r| r.similarity).fold(1.0, f64::min);
        let mean = rows.iter().map(|r| r.similarity).sum::<f64>() / n;
        let dates = rows.iter().filter(|r| r.date_ok).count();
        json!({
            "articles": rows.len(),
            "similarity_min": min,
            "similarity_mean": mean,
            "dates_read": dates,
            "dates_read_ratio": dates as f64 / n,
        })
    }
}

/// Score the HTML reader and the dateline on the Wikinews sample in `dir` (`html/NAME.html`,
/// `txt/NAME.txt`, `manifest.json` with each page's `published`).
pub fn score_wikinews(dir: &Path) -> Result<WikinewsScore> {
    let manifest_path = dir.join("manifest.json");
    let manifest: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(&manifest_path)
            .with_context(|| format!("{}: cannot read", manifest_path.display()))?,
    )
    .with_context(|| format!("{}: invalid JSON", manifest_path.display()))?;
    let pipeline = Pipeline::new();
    let pages = manifest
        .par_iter()
        .map(|m| {
            let name = m["name"].as_str().unwrap_or_default().to_string();
            let page = dir.join("html").join(format!("{name}.html"));
            let input = depeche_readers::read(&page, &Default::default())
                .next()
                .context("no input")??
                .resolve()?;
            let txt = std::fs::read_to_string(dir.join("txt").join(format!("{name}.txt")))?;
            let similarity = similarity(input.text.text.trim(), txt.trim());
            let (mut article, _) = input.into_article();
            pipeline.run(&mut article);
            let date_ok =
                article.published.map(|d| d.to_string()).as_deref() == m["published"].as_str();
            Ok(WikinewsPage {
                name,
                similarity,
                date_ok,
            })
        })
        .collect::<Result<_>>()?;
    Ok(WikinewsScore { pages })
}

/// Character-level similarity: 1 − Levenshtein distance / length of the longer text.
pub fn similarity(a: &str, b: &str) -> f64 {
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
    fn precision_and_recall_are_averaged_over_pages() {
        // a perfect page and an empty prediction: precision counts only the first (the
        // second has no predicted shingle), recall counts both
        let (p, r, _) = prf(&[(1.0, 0.0, 0.0), (0.0, 0.0, 1.0)]);
        assert_eq!((p, r), (1.0, 0.5));
    }

    #[test]
    fn similarity_is_one_minus_normalised_edit_distance() {
        assert_eq!(similarity("abc", "abc"), 1.0);
        assert!((similarity("abcd", "abce") - 0.75).abs() < 1e-9);
    }
}
