//! Store benchmark on a synthetic corpus (not a timed test):
//!
//! ```sh
//! cargo run --release -p depeche-store --example bench -- /tmp/bench.db 100000 10
//! ```
//!
//! Generates ARTICLES records with QUOTES quotations each (deterministic: same arguments, same
//! corpus), stores them (articles/s, store only: the pipeline is not run), then times QUERIES
//! (default 1000) queries of each kind and prints p50/p99 latencies. ARTICLES = 0 keeps the
//! store as it is and only runs the queries. A DB path of `postgres://...` benchmarks
//! PostgreSQL instead.
//!
//! ```sh
//! cargo run --release -p depeche-store --example bench -- DB ARTICLES QUOTES [QUERIES] [COPY_EVERY]
//! ```
//!
//! COPY_EVERY = k > 0 adds, after every k-th article, a near-copy of it (its last quotation
//! cut, an agency line added, another outlet's address), so the store also clusters wire
//! copies; the run then also times the LSH lookup of 1000 stored texts
//! (`Store::near_copies`).
//!
//! With ARTICLES = 0, a sixth argument GENERATED (the ARTICLES of the run that made the store)
//! generates the same texts again without storing them, so the LSH lookup of a store left by
//! an earlier run is timed again, alone, without its ingest:
//!
//! ```sh
//! cargo run --release -p depeche-store --example bench -- /tmp/c100k.db 0 10 1000 10 100000
//! ```

use depeche_store::{QuoteQuery, SearchQuery};
use serde_json::{json, Value};
use std::time::Instant;

const FIRST: &[&str] = &[
    "Jake", "Emmanuel", "Anne", "Olaf", "Giorgia", "Pedro", "Ursula", "Kim", "Marie", "Paul",
    "Ahmed", "Sophie",
];
const LAST: &[&str] = &[
    "Sullivan",
    "Macron",
    "Hidalgo",
    "Scholz",
    "Meloni",
    "Sánchez",
    "von der Leyen",
    "Jong-un",
    "Curie",
    "Durand",
    "Benali",
    "Lefèvre",
];
const WORDS: &[&str] = &[
    "nucléaire",
    "élection",
    "accord",
    "sécurité",
    "économie",
    "Pyongyang",
    "Élysée",
    "budget",
    "réforme",
    "grève",
    "climat",
    "frontière",
    "sommet",
    "armes",
    "énergie",
    "santé",
    "école",
    "impôts",
    "retraites",
    "agriculture",
];
const PLACES: &[(&str, &str)] = &[
    ("Paris", "FR"),
    ("Séoul", "KR"),
    ("Berlin", "DE"),
    ("Rome", "IT"),
    ("Madrid", "ES"),
    ("Moscou", "RU"),
    ("Washington", "US"),
    ("Bruxelles", "BE"),
];

/// xorshift: deterministic and dependency-free
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
}

fn article(n: u64, quotes: usize, rng: &mut Rng) -> Value {
    let mut text = format!(
        "Dépêche {n} : {} et {}\n\n",
        rng.pick(WORDS),
        rng.pick(WORDS)
    );
    let mut qs = Vec::new();
    let mut ents = Vec::new();
    let (place, cc) = *rng.pick(PLACES);
    for i in 0..quotes {
        let first = *rng.pick(FIRST);
        let speaker = format!("{first} {}", rng.pick(LAST));
        // the gender stage's output, as `depeche analyze` writes it
        let gender = match first {
            "Anne" | "Giorgia" | "Ursula" | "Marie" | "Sophie" => "f",
            "Kim" => "x",
            _ => "m",
        };
        let words: Vec<&str> = (0..8).map(|_| *rng.pick(WORDS)).collect();
        let quote = format!("Nous parlerons de {} {i}", words.join(" "));
        let start = text.chars().count() + 2;
        text.push_str(&format!("« {quote} », a déclaré {speaker} à {place}.\n\n"));
        let end = start + quote.chars().count();
        let s_start = end + " », a déclaré ".chars().count();
        let s_end = s_start + speaker.chars().count();
        qs.push(json!({"start": start, "end": end, "text": quote, "kind": "direct", "partial": false,
            "cue": {"start": end + 4, "end": end + 14, "text": "a déclaré", "lemma": "déclarer"},
            "speaker": {"start": s_start, "end": s_end, "text": speaker, "name": speaker, "kind": "person", "resolved": false,
                        "entity": format!("e{}", i + 1)}}));
        if gender != "x" {
            qs.last_mut().expect("just pushed")["speaker_gender"] = json!(gender);
        }
        ents.push(
            json!({"id": format!("e{}", i + 1), "name": speaker, "type": "PER", "gender": gender,
            "mentions": [{"start": s_start, "end": s_end, "text": speaker}]}),
        );
    }
    let day = 1 + n % 28;
    let month = 1 + (n / 28) % 12;
    json!({"schema": "depeche/1", "id": format!("bench-{n}"), "source": format!("https://site{}.example/{n}", n % 20),
        "text": text, "title": null, "published": format!("2023-{month:02}-{day:02}"),
        "quotes": qs, "entities": ents,
        "places": [{"start": 0, "end": 1, "text": place, "name": place, "country": cc, "feature": "city", "lat": 0.0, "lon": 0.0}],
        "times": [], "events": []})
}

/// Times `run` over `n` queries and prints wall-clock p50/p99, then the thread's CPU time
/// p50/p99 (on a machine shared with other work, wall-clock time also counts the waits for a
/// core).
fn time(name: &str, n: usize, mut run: impl FnMut()) {
    let mut wall = Vec::with_capacity(n);
    let mut cpu = Vec::with_capacity(n);
    for _ in 0..n {
        let (t, c) = (Instant::now(), thread_cpu_ms());
        run();
        cpu.push(thread_cpu_ms() - c);
        wall.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let (p50, p99) = percentiles(wall);
    let (c50, c99) = percentiles(cpu);
    println!(
        "{name:28} p50 {p50:7.2} ms  p99 {p99:7.2} ms  (cpu p50 {c50:.2} ms  p99 {c99:.2} ms)"
    );
}

/// CPU time of the calling thread, in milliseconds.
fn thread_cpu_ms() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec for the call to write
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 * 1000.0 + ts.tv_nsec as f64 / 1e6
}

fn percentiles(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    (v[v.len() / 2], v[(v.len() * 99) / 100])
}

/// Re-ingest of `n` unchanged articles (the first `n` of the corpus again), the store's part
/// of it: `put` of records analysed again, as `depeche ingest` did before it asked
/// [`depeche_store::Store::find_unchanged`], against that question alone, as it does now.
/// (The analysis the question saves is not in either figure: see docs/store.md.)
fn reingest(store: &mut dyn depeche_store::Store, n: u64, quotes: usize) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let again: Vec<Value> = (0..n).map(|i| article(i, quotes, &mut rng)).collect();
    let t = Instant::now();
    for chunk in again.chunks(32) {
        let puts = store.put_batch(chunk).expect("put");
        assert!(puts
            .iter()
            .all(|p| p.outcome == depeche_store::PutOutcome::Unchanged));
    }
    let put_secs = t.elapsed().as_secs_f64();
    let keys: Vec<depeche_store::ArticleKey> = again
        .iter()
        .map(|r| {
            depeche_store::ArticleKey::new(
                r["text"].as_str().unwrap(),
                r["url"].as_str(),
                r["source"].as_str(),
            )
        })
        .collect();
    let t = Instant::now();
    for k in &keys {
        assert!(store.find_unchanged(k).expect("find").is_some());
    }
    let check_secs = t.elapsed().as_secs_f64();
    println!(
        "re-ingest of {n} unchanged articles: put again {put_secs:.3}s, checked before analysis {check_secs:.3}s"
    );
}

/// A near-copy of a generated article, as another outlet reprints it: its last quotation
/// cut, an agency line added (the other quotations keep their offsets).
fn near_copy(original: &Value) -> Value {
    let mut r = original.clone();
    let text = r["text"].as_str().expect("text").to_string();
    let mut qs = r["quotes"].as_array().cloned().unwrap_or_default();
    let cut_at = qs
        .last()
        .and_then(|q| q["start"].as_u64())
        .map_or(text.chars().count(), |s| s as usize - 2);
    if qs.len() > 1 {
        qs.pop();
    }
    let kept: String = text.chars().take(cut_at).collect();
    r["text"] = json!(format!("{kept}Avec AFP. Tous droits réservés."));
    r["quotes"] = json!(qs);
    r["entities"] = json!([]);
    let src = r["source"]
        .as_str()
        .unwrap_or("")
        .replace("https://site", "https://copy");
    r["source"] = json!(src);
    r["id"] = json!(format!("{}-copy", r["id"].as_str().unwrap_or("")));
    r
}

/// The candidates a lookup reads (the store's own candidate statement, on a connection of
/// its own): mean and p99 per text.
fn candidates(db: &str, sample: &[String]) {
    use depeche_store::copies::{Sketch, SqliteTx, Tx};
    let conn = rusqlite::Connection::open(db).expect("open");
    let mut n: Vec<f64> = sample
        .iter()
        .filter_map(|t| Sketch::of(t))
        .map(|s| {
            SqliteTx(&conn)
                .candidates(&s.bands(), 0)
                .expect("candidates")
                .len() as f64
        })
        .collect();
    if n.is_empty() {
        return;
    }
    let mean = n.iter().sum::<f64>() / n.len() as f64;
    let (_, p99) = percentiles(std::mem::take(&mut n));
    println!("candidates per lookup: mean {mean:.1}, p99 {p99:.0}");
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let db = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "/tmp/depeche-bench.db".into());
    let articles: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let quotes: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(10);
    let queries: usize = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let copy_every: u64 = args.get(5).and_then(|s| s.parse().ok()).unwrap_or(0);
    let generated: u64 = args.get(6).and_then(|s| s.parse().ok()).unwrap_or(0);
    if !db.starts_with("postgres") && articles > 0 {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{db}{suffix}"));
        }
    }
    let mut store = depeche_store::open(&db).expect("open");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let t = Instant::now();
    let mut batch = Vec::with_capacity(256);
    let mut sample: Vec<String> = Vec::new();
    let spread = (articles / queries.max(1) as u64).max(1);
    for n in 0..articles {
        let a = article(n, quotes, &mut rng);
        if n % spread == 0 && sample.len() < queries {
            sample.push(a["text"].as_str().unwrap_or("").to_string());
        }
        if copy_every > 0 && n % copy_every == 0 {
            batch.push(near_copy(&a));
        }
        batch.push(a);
        if batch.len() >= 256 {
            store.put_batch(&batch).expect("put");
            batch.clear();
        }
    }
    store.put_batch(&batch).expect("put");
    let secs = t.elapsed().as_secs_f64();
    if articles == 0 && generated > 0 {
        // the texts of the run that made the store, sampled as it did
        let spread = (generated / queries.max(1) as u64).max(1);
        for n in 0..generated {
            let a = article(n, quotes, &mut rng);
            if n % spread == 0 && sample.len() < queries {
                sample.push(a["text"].as_str().unwrap_or("").to_string());
            }
        }
    }
    let stats = store.stats().unwrap();
    if articles > 0 {
        println!(
            "stored {} articles, {} quotations in {secs:.1}s: {:.0} articles/s",
            stats.articles,
            stats.quotes,
            stats.articles as f64 / secs
        );
    } else {
        println!(
            "store as it was: {} articles, {} quotations",
            stats.articles, stats.quotes
        );
    }
    if articles > 0 {
        reingest(store.as_mut(), articles.min(3000), quotes);
    }
    if copy_every > 0 && !sample.is_empty() {
        let clustered = store
            .search(&SearchQuery {
                limit: 1000,
                ..Default::default()
            })
            .expect("search")
            .items
            .iter()
            .filter(|h| h.copies.unwrap_or(1) > 1)
            .count();
        println!("newest 1000 clusters: {clustered} with copies");
        // the lookup `put` does for a new article, on texts spread over the store; each
        // sampled text is stored with a near-copy (the sample takes multiples of the spread,
        // which COPY_EVERY divides in the runs of docs/across.md), so a lookup that finds fewer
        // than two stored articles (the text itself and its copy) missed the copy
        let mut i = 0;
        let mut found = 0;
        time("lsh lookup (near_copies)", sample.len(), || {
            let near = store.near_copies(&sample[i]).expect("near copies");
            found += usize::from(near.len() >= 2);
            i += 1;
        });
        println!(
            "lookups that found the text and its stored copy: {found} of {}",
            sample.len()
        );
        if !db.starts_with("postgres") {
            candidates(&db, &sample);
        }
    }
    if articles == 0 && generated > 0 {
        // the lookup alone was asked for
        return;
    }
    type MakeQuery = Box<dyn Fn(&mut Rng) -> QuoteQuery>;
    let kinds: Vec<(&str, MakeQuery)> = vec![
        (
            "quotes?speaker=",
            Box::new(|r: &mut Rng| QuoteQuery {
                speaker: Some(r.pick(LAST).to_string()),
                ..Default::default()
            }),
        ),
        (
            "quotes?q=word word",
            Box::new(|r: &mut Rng| QuoteQuery {
                q: Some(format!("{} {}", r.pick(WORDS), r.pick(WORDS))),
                ..Default::default()
            }),
        ),
        (
            "quotes?entity=&from=&to=",
            Box::new(|r: &mut Rng| QuoteQuery {
                entity: Some(format!("{} {}", r.pick(FIRST), r.pick(LAST))),
                from: Some("2023-03".into()),
                to: Some("2023-04".into()),
                ..Default::default()
            }),
        ),
        (
            "quotes?place=",
            Box::new(|r: &mut Rng| QuoteQuery {
                place: Some(r.pick(PLACES).1.to_string()),
                ..Default::default()
            }),
        ),
    ];
    for (name, make) in &kinds {
        time(name, queries, || {
            let q = make(&mut rng);
            std::hint::black_box(store.quotes(&q).expect("query"));
        });
    }
    type MakeSearch = Box<dyn Fn(&mut Rng) -> SearchQuery>;
    let kinds: Vec<(&str, MakeSearch)> = vec![
        (
            "search?q=word",
            Box::new(|r: &mut Rng| SearchQuery {
                q: Some(r.pick(WORDS).to_string()),
                ..Default::default()
            }),
        ),
        (
            "search?q=word&place=",
            Box::new(|r: &mut Rng| SearchQuery {
                q: Some(r.pick(WORDS).to_string()),
                place: Some(r.pick(PLACES).1.to_string()),
                ..Default::default()
            }),
        ),
        (
            "search?place=",
            Box::new(|r: &mut Rng| SearchQuery {
                place: Some(r.pick(PLACES).1.to_string()),
                ..Default::default()
            }),
        ),
        (
            "search?entity=&from=&to=",
            Box::new(|r: &mut Rng| SearchQuery {
                entity: Some(format!("{} {}", r.pick(FIRST), r.pick(LAST))),
                from: Some("2023-03".into()),
                to: Some("2023-04".into()),
                ..Default::default()
            }),
        ),
        (
            "search?speaker=",
            Box::new(|r: &mut Rng| SearchQuery {
                speaker: Some(r.pick(LAST).to_string()),
                ..Default::default()
            }),
        ),
    ];
    for (name, make) in &kinds {
        time(name, queries, || {
            let q = make(&mut rng);
            std::hint::black_box(store.search(&q).expect("search"));
        });
    }
    // parity figures read every quotation of the range: fewer runs
    let parity: Vec<(&str, depeche_store::ParityQuery)> = vec![
        (
            "parity?by=month",
            depeche_store::ParityQuery {
                by: depeche_store::ParityBy::Month,
                ..Default::default()
            },
        ),
        (
            "parity?by=source",
            depeche_store::ParityQuery {
                by: depeche_store::ParityBy::Source,
                ..Default::default()
            },
        ),
        (
            "parity?by=month&from=&to=",
            depeche_store::ParityQuery {
                by: depeche_store::ParityBy::Month,
                from: Some("2023-03".into()),
                to: Some("2023-04".into()),
                ..Default::default()
            },
        ),
    ];
    for (name, q) in &parity {
        time(name, queries.min(50), || {
            std::hint::black_box(store.parity(q).expect("parity"));
        });
    }
}
