//! Throughput per stage on one core: segmentation alone, segmentation + quotes, segmentation +
//! entities (as shipped, and the rules alone), the full pipeline, and each pipeline stage
//! alone, over every `*.txt` of the French Wikinews sample.
//!
//! ```sh
//! cargo bench -p depeche-pipeline                      # DEPECHE_BENCH_ITERS=N to change the runs
//! DEPECHE_BENCH_DATA=/path/to/txt cargo bench -p depeche-pipeline
//! ```
//!
//! Words are whitespace-separated tokens of the input, MB are 10^6 bytes of UTF-8 text. Each
//! stage is timed over the whole corpus several times after one warm-up pass and the median
//! pass is reported. Articles are built before the clock starts, so the figures are the
//! stages' own cost (no file reading, no JSON). Run under `cargo test --benches` (no `--bench`
//! argument) it does a single quick pass as a smoke test.

use depeche_article::{Article, Stage};
use depeche_pipeline::Pipeline;
use depeche_quotes::QuoteExtractor;
use depeche_segment::Segmenter;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn data_dir() -> PathBuf {
    match std::env::var_os("DEPECHE_BENCH_DATA") {
        Some(d) => PathBuf::from(d),
        None => {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/wikinews-fr/txt")
        }
    }
}

fn load(dir: &PathBuf) -> std::io::Result<Vec<String>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(std::fs::read_to_string)
        .collect::<std::io::Result<Vec<_>>>()
}

/// Time `run` over fresh articles `iters` times (after one warm-up pass); the per-pass times.
fn time_passes(texts: &[String], iters: usize, run: &dyn Fn(&mut Article)) -> Vec<Duration> {
    time_after(texts, iters, &|_| {}, run)
}

/// Like [`time_passes`], with `prepare` run on each article before the clock starts (the
/// stages a measured stage depends on).
fn time_after(
    texts: &[String],
    iters: usize,
    prepare: &dyn Fn(&mut Article),
    run: &dyn Fn(&mut Article),
) -> Vec<Duration> {
    let mut times = Vec::with_capacity(iters);
    for pass in 0..=iters {
        let mut articles: Vec<Article> = texts
            .iter()
            .map(|t| {
                let mut a = Article::new(t.clone());
                prepare(&mut a);
                a
            })
            .collect();
        let t0 = Instant::now();
        for a in &mut articles {
            run(a);
        }
        let dt = t0.elapsed();
        black_box(
            articles
                .iter()
                .map(|a| a.sentences.len() + a.quotes.len())
                .sum::<usize>(),
        );
        if pass > 0 {
            times.push(dt);
        }
    }
    times.sort();
    times
}

struct Corpus {
    bytes: usize,
    words: usize,
}

fn report(name: &str, c: &Corpus, times: &[Duration]) -> f64 {
    let median = times[times.len() / 2].as_secs_f64();
    let (min, max) = (times[0].as_secs_f64(), times[times.len() - 1].as_secs_f64());
    println!(
        "{name:<22} {:>12.0} words/s {:>9.2} MB/s   median {:>9.3} ms  (min {:.3}, max {:.3}, {} passes)",
        c.words as f64 / median,
        c.bytes as f64 / median / 1e6,
        median * 1e3,
        min * 1e3,
        max * 1e3,
        times.len()
    );
    median
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let dir = data_dir();
    let mut texts = match load(&dir) {
        Ok(t) if !t.is_empty() => t,
        Ok(_) => {
            println!(
                "stages bench skipped: no *.txt in {} (set DEPECHE_BENCH_DATA)",
                dir.display()
            );
            return;
        }
        Err(e) => {
            println!(
                "stages bench skipped: cannot read {}: {e} (set DEPECHE_BENCH_DATA)",
                dir.display()
            );
            return;
        }
    };
    let iters = if bench {
        std::env::var("DEPECHE_BENCH_ITERS")
            .ok()
            .and_then(|s| s.parse().ok())
            .filter(|&n: &usize| n > 0)
            .unwrap_or(21)
    } else {
        texts.truncate(3);
        1
    };
    let corpus = Corpus {
        bytes: texts.iter().map(String::len).sum(),
        words: texts.iter().map(|t| t.split_whitespace().count()).sum(),
    };
    println!(
        "{} articles from {}: {} words, {:.3} MB; one thread, median of {} passes",
        texts.len(),
        dir.display(),
        corpus.words,
        corpus.bytes as f64 / 1e6,
        iters
    );

    let seg = Segmenter::french();
    let quotes = QuoteExtractor::french();
    let t_seg = report(
        "segment",
        &corpus,
        &time_passes(&texts, iters, &|a| seg.annotate(a)),
    );
    let t_sq = report(
        "segment+quotes",
        &corpus,
        &time_passes(&texts, iters, &|a| {
            seg.annotate(a);
            quotes.annotate(a);
        }),
    );
    if t_sq > t_seg {
        let q = t_sq - t_seg;
        println!(
            "{:<22} {:>12.0} words/s {:>9.2} MB/s   (difference of the medians above)",
            "  quotes alone",
            corpus.words as f64 / q,
            corpus.bytes as f64 / q / 1e6
        );
    }
    // the entity stage as it ships (rules + trained model) and the rules alone, each after
    // segmentation; the differences with `segment` are the stages' own cost
    for (name, tagger) in [
        ("segment+entities", depeche_entities::EntityTagger::french()),
        (
            "segment+entity rules",
            depeche_entities::EntityTagger::rules(),
        ),
    ] {
        let t = report(
            name,
            &corpus,
            &time_passes(&texts, iters, &|a| {
                seg.annotate(a);
                tagger.annotate(a);
            }),
        );
        if t > t_seg {
            println!(
                "{:<22} {:>12.0} words/s {:>9.2} MB/s   (difference of the medians above)",
                "  entities alone",
                corpus.words as f64 / (t - t_seg),
                corpus.bytes as f64 / (t - t_seg) / 1e6
            );
        }
    }
    // lexicons and models load on first use: the warm-up pass absorbs that
    let pipeline = Pipeline::new();
    report(
        "full pipeline",
        &corpus,
        &time_passes(&texts, iters, &|a| pipeline.run(a)),
    );
    // each stage alone, on articles that went through the stages before it: a regression
    // shows in the stage that caused it
    let stages = pipeline.stages();
    for (k, stage) in stages.iter().enumerate() {
        let times = time_after(
            &texts,
            iters,
            &|a| stages[..k].iter().for_each(|s| s.annotate(a)),
            &|a| stage.annotate(a),
        );
        report(&format!("  stage {}", stage.name()), &corpus, &times);
    }
}
