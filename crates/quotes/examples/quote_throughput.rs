//! Words per second of segmentation + quotations on one core, over a folder of `*.txt`
//! articles (the stage pair issue 2 sets a speed target for).
//!
//! Two clocks: wall time, and the thread's CPU time, which a busy shared machine cannot
//! inflate by descheduling the thread (it still pays for caches shared with other work).
//!
//! ```sh
//! cargo run --release -p depeche-quotes --example quote_throughput -- ../shared/data/wikinews-fr/txt 30
//! ```

use depeche_article::{Article, Stage};
use depeche_quotes::QuoteExtractor;
use depeche_segment::Segmenter;
use std::time::Instant;

// The allocator of the `depeche` binary (crates/cli/src/main.rs): the stages allocate
// short-lived strings and vectors per article, and glibc's malloc would add its own
// bookkeeping to what is measured here.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    let mut cpu = Vec::new();
    let mut quotes = 0;
    for _ in 0..=passes {
        let mut arts: Vec<Article> = texts.iter().map(|t| Article::new(t.clone())).collect();
        let (t0, c0) = (Instant::now(), thread_cpu_seconds());
        for a in &mut arts {
            seg.annotate(a);
            quo.annotate(a);
        }
        times.push(t0.elapsed().as_secs_f64());
        cpu.push(thread_cpu_seconds() - c0);
        quotes = arts.iter().map(|a| a.quotes.len()).sum();
    }
    times.remove(0); // warm-up
    cpu.remove(0);
    times.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    let med = times[times.len() / 2];
    let cpu_med = cpu[cpu.len() / 2];
    println!(
        "segment+quotes: {} articles, {words} words, {quotes} quotes; median {:.2} ms → {:.2} M words/s, {:.1} MB/s (min {:.2} ms)",
        texts.len(),
        med * 1e3,
        words as f64 / med / 1e6,
        bytes as f64 / med / 1e6,
        times[0] * 1e3
    );
    println!(
        "  thread CPU time: median {:.2} ms → {:.2} M words/s, {:.1} MB/s per core",
        cpu_med * 1e3,
        words as f64 / cpu_med / 1e6,
        bytes as f64 / cpu_med / 1e6
    );
}

/// CPU time consumed by this thread, in seconds.
fn thread_cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own; the clock id is a constant.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}
