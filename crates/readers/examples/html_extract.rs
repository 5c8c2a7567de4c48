//! Main text of HTML pages, one JSON line per page (`{"file", "title", "body", "author", "url",
//! "lang", "published"}`: every field, so that two builds' outputs can be diffed), and the
//! time extraction alone took on stderr (pages read into memory first; decoding included).
//!
//! `cargo run --release -p depeche-readers --example html_extract -- PAGE.html[.gz]...`

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let mut pages = Vec::new();
    for p in &paths {
        match depeche_readers::read_bytes(p, 100_000_000) {
            Ok(b) => pages.push((p, b)),
            Err(e) => eprintln!("{e}"),
        }
    }
    let t = Instant::now();
    let found: Vec<_> = pages
        .iter()
        .map(|(_, b)| depeche_readers::html::extract(&depeche_readers::html::decode(b)))
        .collect();
    let secs = t.elapsed().as_secs_f64();
    let bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    for ((p, _), ex) in pages.iter().zip(&found) {
        let e = ex.clone().unwrap_or_default();
        println!(
            "{}",
            serde_json::json!({"file": p.display().to_string(), "title": e.title,
                "body": e.body(), "author": e.author, "url": e.url, "lang": e.lang,
                "published": e.published.map(|d| d.to_string()), "found": ex.is_some()})
        );
    }
    eprintln!(
        "{} pages, {:.1} MB in {:.3} s: {:.0} pages/s, {:.1} MB/s",
        pages.len(),
        bytes as f64 / 1e6,
        secs,
        pages.len() as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
}
