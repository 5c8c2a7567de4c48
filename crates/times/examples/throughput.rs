//! Words per second of the time stage alone over a directory of plain-text articles.
//!
//! `cargo run --release -p depeche-times --example throughput -- DIR [ROUNDS]`
//!
//! The articles are read once; each round annotates all of them with a fixed reference date,
//! so the figure measures detection and resolution, not I/O or date inference.

use depeche_article::{Article, Stage};
use depeche_times::TimeTagger;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: throughput DIR [ROUNDS]")?;
    let rounds: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(20);
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(std::fs::read_to_string(&path)?);
        }
    }
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let tagger = TimeTagger::french();
    let reference = chrono::NaiveDate::from_ymd_opt(2012, 6, 1);
    let mut found = 0;
    let start = Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            let mut a = Article::new(t.clone());
            a.published = reference;
            tagger.annotate(&mut a);
            found += a.times.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} articles, {} words, {} rounds: {:.3} s, {:.0} words/s, {} expressions per round",
        texts.len(),
        words,
        rounds,
        secs,
        (words * rounds) as f64 / secs,
        found / rounds.max(1)
    );
    Ok(())
}
