//! Words per second of segmentation + quotations on one core, over a folder of `*.txt`
//! articles (the stage pair issue 2 sets a speed target for).
//!
//! ```sh
//! cargo run --release -p depeche-quotes --example throughput -- ../shared/data/wikinews-fr/txt 30
//! ```

use depeche_article::{Article, Stage};
use depeche_quotes::QuoteExtractor;
use depeche_segment::Segmenter;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "../shared/data/wikinews-fr/txt".into());
    let passes: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("read"))
        .collect();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let bytes: usize = texts.iter().map(String::len).sum();
    let (seg, quo) = (Segmenter::french(), QuoteExtractor::french());
    let mut times = Vec::new();
    let mut quotes = 0;
    for _ in 0..=passes {
        let mut arts: Vec<Article> = texts.iter().map(|t| Article::new(t.clone())).collect();
        let t0 = Instant::now();
        for a in &mut arts {
            seg.annotate(a);
            quo.annotate(a);
        }
        times.push(t0.elapsed().as_secs_f64());
        quotes = arts.iter().map(|a| a.quotes.len()).sum();
    }
    times.remove(0); // warm-up
    times.sort_by(f64::total_cmp);
    let med = times[times.len() / 2];
    println!(
        "segment+quotes: {} articles, {words} words, {quotes} quotes; median {:.2} ms → {:.2} M words/s, {:.1} MB/s (min {:.2} ms)",
        texts.len(),
        med * 1e3,
        words as f64 / med / 1e6,
        bytes as f64 / med / 1e6,
        times[0] * 1e3
    );
}
