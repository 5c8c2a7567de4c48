//! The store contract, run against every backend: SQLite always, PostgreSQL when
//! `DEPECHE_PG_URL` names a database (`.ci/run` starts one). Each PostgreSQL test works in a
//! schema of its own so tests can run in parallel.

use depeche_store::{PutOutcome, QuoteQuery, SearchQuery, SqliteStore, Store, StoreError};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

static N: AtomicUsize = AtomicUsize::new(0);

fn temp_path(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "depeche-store-{}-{}-{tag}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("test.db")
}

/// Every backend available here, empty, with its name.
fn backends(tag: &str) -> Vec<(String, Box<dyn Store>)> {
    let mut out: Vec<(String, Box<dyn Store>)> = vec![(
        "sqlite".into(),
        Box::new(SqliteStore::open(temp_path(tag).to_str().unwrap()).unwrap()),
    )];
    #[cfg(feature = "postgres")]
    if let Ok(url) = std::env::var("DEPECHE_PG_URL") {
        let schema = format!(
            "t_{}_{}_{}",
            tag,
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let mut admin = postgres::Client::connect(&url, postgres::NoTls).expect("DEPECHE_PG_URL");
        admin
            .batch_execute(&format!(
                "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};"
            ))
            .unwrap();
        let sep = if url.contains('?') { '&' } else { '?' };
        let scoped = format!("{url}{sep}options=-csearch_path%3D{schema}");
        out.push((
            "postgres".into(),
            Box::new(depeche_store::PgStore::connect(&scoped).unwrap()),
        ));
    }
    out
}

/// A small record in the shape `depeche analyze` prints.
fn record(
    text: &str,
    source: Option<&str>,
    published: &str,
    quotes: &[(&str, &str)],
    entities: &[(&str, &str)],
    places: &[(&str, &str)],
) -> Value {
    let pos = |needle: &str| -> (usize, usize) {
        let b = text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} not in text"));
        let s = text[..b].chars().count();
        (s, s + needle.chars().count())
    };
    let ents: Vec<Value> = entities
        .iter()
        .enumerate()
        .map(|(i, (name, ty))| {
            let (s, e) = pos(name);
            json!({"id": format!("e{}", i + 1), "name": name, "type": ty,
                   "mentions": [{"start": s, "end": e, "text": name}]})
        })
        .collect();
    let qs: Vec<Value> = quotes
        .iter()
        .map(|(q, speaker)| {
            let (s, e) = pos(q);
            let (ss, se) = pos(speaker);
            json!({"start": s, "end": e, "text": q, "kind": "direct", "partial": false,
                   "cue": {"start": 0, "end": 1, "text": "a dit", "lemma": "dire"},
                   "speaker": {"start": ss, "end": se, "text": speaker, "name": speaker,
                               "kind": "person", "resolved": false}})
        })
        .collect();
    let pls: Vec<Value> = places
        .iter()
        .map(|(name, cc)| {
            let (s, e) = pos(name);
            json!({"start": s, "end": e, "text": name, "name": name, "country": cc,
                   "feature": "city", "lat": 0.0, "lon": 0.0})
        })
        .collect();
    let title = text.lines().next().unwrap();
    let mut r = json!({
        "schema": "depeche/1",
        "id": format!("{:016x}", depeche_article::fnv1a(text.as_bytes())),
        "text": text,
        "title": {"start": 0, "end": title.chars().count(), "text": title},
        "published": published,
        "quotes": qs, "entities": ents, "places": pls,
        "times": [{"start": 0, "end": 1, "text": "x", "type": "DATE", "value": "2023-12-25"}],
        "events": []
    });
    if let Some(s) = source {
        r["source"] = json!(s);
    }
    r
}

const SULLIVAN: &str = "Sullivan à Séoul\n\n« Nous resterons fermes face à Pyongyang », a déclaré Jake Sullivan à Séoul.";
const ELYSEE: &str = "L'Élysée répond\n\n« La France soutient l'accord », a indiqué l'Élysée à Paris. Jake Sullivan était absent.";
const MACRON: &str = "Macron parle\n\n« Il faut agir vite », a dit Emmanuel Macron à Marseille.";

fn corpus() -> Vec<Value> {
    vec![
        record(
            SULLIVAN,
            Some("https://example.org/sullivan"),
            "2023-09-11",
            &[("Nous resterons fermes face à Pyongyang", "Jake Sullivan")],
            &[
                ("Jake Sullivan", "PER"),
                ("Pyongyang", "LOC"),
                ("Séoul", "LOC"),
            ],
            &[("Séoul", "KR"), ("Pyongyang", "KP")],
        ),
        record(
            ELYSEE,
            Some("corpus/elysee.txt"),
            "2023-09-20",
            &[("La France soutient l'accord", "l'Élysée")],
            &[
                ("Élysée", "ORG"),
                ("France", "LOC"),
                ("Jake Sullivan", "PER"),
            ],
            &[("Paris", "FR")],
        ),
        record(
            MACRON,
            None,
            "2023-10-02",
            &[("Il faut agir vite", "Emmanuel Macron")],
            &[("Emmanuel Macron", "PER")],
            &[("Marseille", "FR")],
        ),
    ]
}

fn filled(tag: &str) -> Vec<(String, Box<dyn Store>)> {
    let mut bs = backends(tag);
    for (_, s) in bs.iter_mut() {
        for r in corpus() {
            assert_eq!(s.put(&r).unwrap().outcome, PutOutcome::Inserted);
        }
    }
    bs
}

fn speakers(page: &depeche_store::Page<depeche_store::QuoteHit>) -> Vec<String> {
    page.items
        .iter()
        .map(|h| h.speaker.clone().unwrap_or_default())
        .collect()
}

#[test]
fn quote_queries() {
    let q = |f: fn(&mut QuoteQuery)| {
        let mut q = QuoteQuery::default();
        f(&mut q);
        q
    };
    // (what, query, expected speakers newest first)
    let table: Vec<(&str, QuoteQuery, Vec<&str>)> = vec![
        (
            "all",
            q(|_| {}),
            vec!["Emmanuel Macron", "l'Élysée", "Jake Sullivan"],
        ),
        (
            "speaker, no accents",
            q(|q| q.speaker = Some("elysee".into())),
            vec!["l'Élysée"],
        ),
        (
            "speaker, part of name",
            q(|q| q.speaker = Some("SULLIVAN".into())),
            vec!["Jake Sullivan"],
        ),
        (
            "words, accent-insensitive",
            q(|q| q.q = Some("pyongyang fermes".into())),
            vec!["Jake Sullivan"],
        ),
        (
            "words with accents in query",
            q(|q| q.q = Some("RÉSTERONS".into())),
            vec!["Jake Sullivan"],
        ),
        (
            "words not all present",
            q(|q| q.q = Some("fermes accord".into())),
            vec![],
        ),
        (
            "entity by id: by",
            q(|q| q.entity = Some("emmanuel-macron".into())),
            vec!["Emmanuel Macron"],
        ),
        (
            "entity by name: about",
            q(|q| q.entity = Some("Pyongyang".into())),
            vec!["Jake Sullivan"],
        ),
        (
            "place by name",
            q(|q| q.place = Some("Séoul".into())),
            vec!["Jake Sullivan"],
        ),
        (
            "place by country",
            q(|q| q.place = Some("fr".into())),
            vec!["Emmanuel Macron", "l'Élysée"],
        ),
        (
            "date range",
            q(|q| {
                q.from = Some("2023-09-15".into());
                q.to = Some("2023-09".into())
            }),
            vec!["l'Élysée"],
        ),
        (
            "from a year",
            q(|q| q.from = Some("2023-10".into())),
            vec!["Emmanuel Macron"],
        ),
        (
            "SQL metacharacters",
            q(|q| q.speaker = Some("' OR 1=1 --".into())),
            vec![],
        ),
        (
            "LIKE wildcards are literal",
            q(|q| q.speaker = Some("%".into())),
            vec![],
        ),
        (
            "FTS syntax is literal",
            q(|q| q.q = Some("\"fermes\" OR NEAR(x) *".into())),
            vec![],
        ),
        (
            "punctuation only is no filter",
            q(|q| q.q = Some("«»!?".into())),
            vec!["Emmanuel Macron", "l'Élysée", "Jake Sullivan"],
        ),
    ];
    for (name, s) in filled("quotes") {
        for (what, query, expected) in &table {
            let page = s
                .quotes(query)
                .unwrap_or_else(|e| panic!("{name}: {what}: {e}"));
            assert_eq!(speakers(&page), *expected, "{name}: {what}");
        }
    }
}

#[test]
fn pagination_walks_every_quote_once() {
    for (name, s) in filled("pages") {
        let mut seen = Vec::new();
        let mut cursor = None;
        loop {
            let page = s
                .quotes(&QuoteQuery {
                    limit: 1,
                    cursor: cursor.clone(),
                    ..Default::default()
                })
                .unwrap();
            seen.extend(page.items.iter().map(|h| h.id));
            cursor = page.next_cursor;
            if cursor.is_none() {
                break;
            }
        }
        assert_eq!(seen.len(), 3, "{name}");
        let mut search_seen = Vec::new();
        let mut cursor = None;
        loop {
            let page = s
                .search(&SearchQuery {
                    limit: 2,
                    cursor: cursor.clone(),
                    ..Default::default()
                })
                .unwrap();
            search_seen.extend(page.items.iter().map(|h| h.id));
            cursor = page.next_cursor;
            if cursor.is_none() {
                break;
            }
        }
        search_seen.sort();
        search_seen.dedup();
        assert_eq!(search_seen.len(), 3, "{name}");
        for bad in [
            "x",
            "c-1",
            "c9999999999999999999999",
            "'; DROP TABLE quotes; --",
        ] {
            let e = s
                .quotes(&QuoteQuery {
                    cursor: Some(bad.into()),
                    ..Default::default()
                })
                .unwrap_err();
            assert!(matches!(e, StoreError::BadQuery(_)), "{name}: {bad}: {e}");
        }
    }
}

#[test]
fn article_search() {
    let q = |f: fn(&mut SearchQuery)| {
        let mut q = SearchQuery::default();
        f(&mut q);
        q
    };
    let table: Vec<(&str, SearchQuery, Vec<&str>)> = vec![
        (
            "title word, no accent",
            q(|q| q.q = Some("elysee".into())),
            vec!["L'Élysée répond"],
        ),
        (
            "text word",
            q(|q| q.q = Some("Sullivan".into())),
            vec!["Sullivan à Séoul", "L'Élysée répond"],
        ),
        (
            "speaker filter",
            q(|q| q.speaker = Some("macron".into())),
            vec!["Macron parle"],
        ),
        (
            "entity filter",
            q(|q| q.entity = Some("Jake Sullivan".into())),
            vec!["L'Élysée répond", "Sullivan à Séoul"],
        ),
        (
            "place filter",
            q(|q| q.place = Some("KP".into())),
            vec!["Sullivan à Séoul"],
        ),
        (
            "source filter",
            q(|q| q.source = Some("example.org".into())),
            vec!["Sullivan à Séoul"],
        ),
        (
            "mentioned date",
            q(|q| {
                q.from = Some("2023-12-25".into());
                q.to = Some("2023-12-25".into())
            }),
            vec!["Macron parle", "L'Élysée répond", "Sullivan à Séoul"],
        ),
        (
            "published date",
            q(|q| q.to = Some("2023-09-12".into())),
            vec!["Sullivan à Séoul"],
        ),
        ("nothing", q(|q| q.q = Some("zzzz".into())), vec![]),
        (
            "word and country",
            q(|q| {
                q.q = Some("sullivan".into());
                q.place = Some("FR".into())
            }),
            vec!["L'Élysée répond"],
        ),
        (
            "word and place name with its accent",
            q(|q| {
                q.q = Some("sullivan".into());
                q.place = Some("Séoul".into())
            }),
            vec!["Sullivan à Séoul"],
        ),
        (
            "word, entity and place",
            q(|q| {
                q.q = Some("sullivan absent".into());
                q.entity = Some("Élysée".into());
                q.place = Some("paris".into())
            }),
            vec!["L'Élysée répond"],
        ),
        (
            "word and an entity of other articles",
            q(|q| {
                q.q = Some("sullivan".into());
                q.entity = Some("emmanuel-macron".into())
            }),
            vec![],
        ),
        (
            // the SQLite index token of the term `p:kr`: words never match filter tokens
            "a word spelt like a filter token",
            q(|q| q.q = Some("t703a6b72".into())),
            vec![],
        ),
    ];
    for (name, s) in filled("search") {
        for (what, query, expected) in &table {
            let page = s
                .search(query)
                .unwrap_or_else(|e| panic!("{name}: {what}: {e}"));
            let titles: Vec<String> = page
                .items
                .iter()
                .map(|h| h.title.clone().unwrap_or_default())
                .collect();
            assert_eq!(titles, *expected, "{name}: {what}");
        }
        let hit = &s.search(&q(|q| q.q = Some("absent".into()))).unwrap().items[0];
        assert!(hit.snippet.contains("absent"), "{name}: {}", hit.snippet);
        assert_eq!(hit.quotes, 1);
    }
}

#[test]
fn reingest_updates_instead_of_duplicating() {
    for (name, mut s) in filled("reingest") {
        let before = s.stats().unwrap();
        // same records again: nothing changes
        for r in corpus() {
            assert_eq!(s.put(&r).unwrap().outcome, PutOutcome::Unchanged, "{name}");
        }
        assert_eq!(s.stats().unwrap(), before, "{name}");
        // same URL, new text: updated in place, same id
        let first = s
            .quotes(&QuoteQuery {
                speaker: Some("Sullivan".into()),
                ..Default::default()
            })
            .unwrap();
        let id = first.items[0].article;
        let changed = record(
            "Sullivan à Séoul (mise à jour)\n\n« Nous ne céderons pas », a déclaré Jake Sullivan à Séoul.",
            Some("https://example.org/sullivan"),
            "2023-09-12",
            &[("Nous ne céderons pas", "Jake Sullivan")],
            &[("Jake Sullivan", "PER")],
            &[("Séoul", "KR")],
        );
        let put = s.put(&changed).unwrap();
        assert_eq!((put.id, put.outcome), (id, PutOutcome::Updated), "{name}");
        let after = s.stats().unwrap();
        assert_eq!(
            (after.articles, after.quotes),
            (before.articles, before.quotes),
            "{name}"
        );
        let now = s
            .quotes(&QuoteQuery {
                speaker: Some("Sullivan".into()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(now.items.len(), 1, "{name}");
        assert_eq!(now.items[0].text, "Nous ne céderons pas", "{name}");
        assert!(
            s.quotes(&QuoteQuery {
                q: Some("fermes".into()),
                ..Default::default()
            })
            .unwrap()
            .items
            .is_empty(),
            "{name}: old quote still indexed"
        );
        assert!(
            s.search(&SearchQuery {
                q: Some("fermes".into()),
                ..Default::default()
            })
            .unwrap()
            .items
            .is_empty(),
            "{name}: old text still indexed"
        );
        // same text without a URL, different record (new analysis): updated by hash
        let mut macron = corpus().pop().unwrap();
        macron["published"] = json!("2023-10-03");
        let put = s.put(&macron).unwrap();
        assert_eq!(put.outcome, PutOutcome::Updated, "{name}");
        assert_eq!(s.stats().unwrap().articles, before.articles, "{name}");
        let stored = s.article(put.id).unwrap().unwrap();
        assert_eq!(stored.record, macron, "{name}");
        assert_eq!(s.article(99_999).unwrap(), None, "{name}");
        // a batch is one transaction: a bad record leaves nothing behind
        let err = s
            .put_batch(&[corpus()[0].clone(), json!({"schema": "other"})])
            .unwrap_err();
        assert!(matches!(err, StoreError::BadRecord(_)), "{name}: {err}");
        assert_eq!(s.stats().unwrap().articles, before.articles, "{name}");
        // a page's own address (`url`, from its canonical link or a WARC header) identifies
        // it even when `source` is a file path: the page saved again with new text updates
        let mut page = record(
            "Page\n\n« Premier jet », a dit Jean Dupont.",
            Some("crawl.warc.gz#1"),
            "2023-09-12",
            &[],
            &[],
            &[],
        );
        page["url"] = json!("https://example.org/page");
        let first = s.put(&page).unwrap();
        assert_eq!(first.outcome, PutOutcome::Inserted, "{name}");
        let mut page2 = record(
            "Page\n\n« Version corrigée », a dit Jean Dupont.",
            Some("other.warc.gz#7"),
            "2023-09-12",
            &[],
            &[],
            &[],
        );
        page2["url"] = json!("https://example.org/page");
        let second = s.put(&page2).unwrap();
        assert_eq!(
            (second.id, second.outcome),
            (first.id, PutOutcome::Updated),
            "{name}"
        );
        let stored = s.article(first.id).unwrap().unwrap();
        assert_eq!(
            stored.url.as_deref(),
            Some("https://example.org/page"),
            "{name}"
        );
    }
}

/// A batch that holds the same article twice (two files with one text) stores it once.
#[test]
fn same_article_twice_in_one_batch() {
    for (name, mut s) in backends("twice") {
        let r = corpus()[2].clone();
        let puts = s.put_batch(&[r.clone(), r]).unwrap();
        assert_eq!(puts[0].outcome, PutOutcome::Inserted, "{name}");
        assert_eq!(
            (puts[1].id, puts[1].outcome),
            (puts[0].id, PutOutcome::Unchanged),
            "{name}"
        );
        assert_eq!(s.stats().unwrap().articles, 1, "{name}");
    }
}

/// An article stored then updated (same address, new text) in one batch: the full-text
/// rows of the batch are written at its end, and the update's text is what is indexed.
#[test]
fn article_updated_within_one_batch_is_indexed_once() {
    for (name, mut s) in backends("batchupdate") {
        let url = Some("https://example.org/twice");
        let first = record(
            "Premier jet\n\n« Nous resterons fermes », a déclaré Jake Sullivan à Séoul.",
            url,
            "2023-09-12",
            &[("Nous resterons fermes", "Jake Sullivan")],
            &[("Jake Sullivan", "PER")],
            &[("Séoul", "KR")],
        );
        let second = record(
            "Version corrigée\n\n« Nous ne céderons pas », a déclaré Jake Sullivan à Séoul.",
            url,
            "2023-09-12",
            &[("Nous ne céderons pas", "Jake Sullivan")],
            &[("Jake Sullivan", "PER")],
            &[("Séoul", "KR")],
        );
        let puts = s.put_batch(&[first, second]).unwrap();
        assert_eq!(puts[0].outcome, PutOutcome::Inserted, "{name}");
        assert_eq!(
            (puts[1].id, puts[1].outcome),
            (puts[0].id, PutOutcome::Updated),
            "{name}"
        );
        let words = |s: &dyn Store, w: &str| {
            let quotes = s
                .quotes(&QuoteQuery {
                    q: Some(w.into()),
                    ..Default::default()
                })
                .unwrap()
                .items
                .len();
            let articles = s
                .search(&SearchQuery {
                    q: Some(w.into()),
                    ..Default::default()
                })
                .unwrap()
                .items
                .len();
            (quotes, articles)
        };
        assert_eq!(
            words(s.as_ref(), "fermes"),
            (0, 0),
            "{name}: old text indexed"
        );
        assert_eq!(words(s.as_ref(), "céderons"), (1, 1), "{name}");
        let stats = s.stats().unwrap();
        assert_eq!((stats.articles, stats.quotes), (1, 1), "{name}");
    }
}

#[test]
fn entity_pages() {
    for (name, s) in filled("entity") {
        let p = s.entity("jake-sullivan").unwrap().expect("entity");
        assert_eq!(
            (p.name.as_str(), p.kind.as_str()),
            ("Jake Sullivan", "PER"),
            "{name}"
        );
        assert_eq!(p.mentions.len(), 2, "{name}");
        assert_eq!(p.quotes_by.len(), 1, "{name}");
        assert_eq!(p.quotes_about.len(), 0, "{name}");
        let dates: Vec<(&str, i64, i64)> = p
            .timeline
            .iter()
            .map(|t| (t.date.as_str(), t.mentions, t.quotes_by))
            .collect();
        assert_eq!(
            dates,
            vec![("2023-09-11", 1, 1), ("2023-09-20", 1, 0)],
            "{name}"
        );
        // by name, any case and accents
        let py = s.entity("PYONGYANG").unwrap().expect("pyongyang");
        assert_eq!(py.quotes_about.len(), 1, "{name}");
        assert_eq!(py.quotes_about[0].speaker.as_deref(), Some("Jake Sullivan"));
        // a speaker that is not an entity still has a page
        let el = s.entity("l'elysee").unwrap().expect("speaker page");
        assert_eq!(el.quotes_by.len(), 1, "{name}");
        assert_eq!(s.entity("nobody-here").unwrap(), None, "{name}");
        assert!(
            matches!(s.entity("../../"), Err(StoreError::BadQuery(_))),
            "{name}"
        );
        assert!(
            matches!(s.entity(&"a".repeat(5000)), Err(StoreError::BadQuery(_))),
            "{name}"
        );
    }
}

#[test]
fn bad_queries_are_refused_clearly() {
    for (name, s) in backends("badq") {
        for (what, q) in [
            (
                "date",
                QuoteQuery {
                    from: Some("2023-13-01".into()),
                    ..Default::default()
                },
            ),
            (
                "date injection",
                QuoteQuery {
                    to: Some("2023' OR '1'='1".into()),
                    ..Default::default()
                },
            ),
            (
                "huge",
                QuoteQuery {
                    q: Some("x".repeat(100_000)),
                    ..Default::default()
                },
            ),
        ] {
            let e = s.quotes(&q).unwrap_err();
            assert!(matches!(e, StoreError::BadQuery(_)), "{name}: {what}: {e}");
        }
        let big = s
            .quotes(&QuoteQuery {
                limit: 1_000_000,
                ..Default::default()
            })
            .unwrap();
        assert!(big.items.is_empty());
        // pages of a ranked search end at the ranking window, pages of a filter further on:
        // a cursor past them is a page with nothing on it (no query runs)
        for (q, cursor) in [(Some("accord"), "c1001"), (None, "c10001")] {
            let page = s
                .search(&SearchQuery {
                    q: q.map(str::to_string),
                    cursor: Some(cursor.into()),
                    ..Default::default()
                })
                .unwrap();
            assert!(
                page.items.is_empty() && page.next_cursor.is_none(),
                "{name}"
            );
        }
    }
}

#[test]
fn bad_records_are_refused() {
    for (name, mut s) in backends("badrec") {
        for bad in [
            json!([1, 2]),
            json!({"schema": "depeche/2", "text": "x"}),
            json!({"schema": "depeche/1"}),
        ] {
            let e = s.put(&bad).unwrap_err();
            assert!(matches!(e, StoreError::BadRecord(_)), "{name}: {e}");
        }
    }
}

#[test]
fn sqlite_bad_files_name_the_file() {
    let dir = temp_path("badfiles");
    let dir = dir.parent().unwrap();
    let corrupt = dir.join("corrupt.db");
    std::fs::write(
        &corrupt,
        b"this is not a database, just some text that is long enough to have a header........",
    )
    .unwrap();
    let other = dir.join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t(x)")
        .unwrap();
    for (path, needle) in [
        (corrupt.clone(), "not a database"),
        (other.clone(), "not a Dépêche store"),
        (dir.to_path_buf(), "directory"),
        (dir.join("no/such/dir/x.db"), "unable to open"),
    ] {
        let p = path.to_str().unwrap();
        let e = match SqliteStore::open(p) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("{p} opened"),
        };
        assert!(e.contains(p), "{e}");
        assert!(e.contains(needle), "{e}");
    }
}

#[test]
fn sqlite_concurrent_writers_take_turns() {
    let path = temp_path("concurrent");
    let p = path.to_str().unwrap().to_string();
    SqliteStore::open(&p).unwrap();
    let handles: Vec<_> = (0..4)
        .map(|w| {
            let p = p.clone();
            std::thread::spawn(move || {
                let mut s = SqliteStore::open(&p).unwrap();
                for i in 0..25 {
                    let text = format!("Article {w}-{i}\n\n« Bonjour {i} », a dit Jean Dupont.");
                    let r = record(&text, None, "2023-01-01", &[], &[], &[]);
                    s.put(&r).unwrap();
                    // every worker also writes one shared article
                    s.put(&corpus()[0]).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let s = SqliteStore::open(&p).unwrap();
    assert_eq!(s.stats().unwrap().articles, 101);
}

#[test]
fn articles_after_reads_every_article_once_in_id_order() {
    for (name, s) in filled("after") {
        let mut seen = Vec::new();
        let mut after = 0;
        loop {
            let page = s.articles_after(after, 2).unwrap();
            assert!(page.len() <= 2, "{name}");
            let Some(last) = page.last() else { break };
            after = last.id;
            for a in &page {
                // the record comes back as it was put
                assert_eq!(Some(a), s.article(a.id).unwrap().as_ref(), "{name}");
                seen.push((a.id, a.record["id"].as_str().unwrap().to_string()));
            }
        }
        let mut ids: Vec<String> = corpus()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        let mut got: Vec<String> = seen.iter().map(|(_, id)| id.clone()).collect();
        assert!(seen.windows(2).all(|w| w[0].0 < w[1].0), "{name}: id order");
        got.sort();
        assert_eq!(got, ids, "{name}");
        assert!(s.articles_after(after, 10).unwrap().is_empty(), "{name}");
    }
}

/// The DDL of schema 1 as commit d2ffe16 wrote it (`crates/store/src/sqlite.rs`), verbatim:
/// schema 2 added only `quote_terms` and `article_terms` (and their indexes).
const SCHEMA_1: &str = "
CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY,
  url TEXT UNIQUE,
  hash TEXT NOT NULL,
  doc_id TEXT,
  source TEXT,
  title TEXT,
  published TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS quotes(
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start_ INTEGER NOT NULL,
  end_ INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker TEXT,
  speaker_fold TEXT,
  speaker_key TEXT,
  role TEXT,
  cue TEXT
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);
CREATE INDEX IF NOT EXISTS quotes_speaker_key ON quotes(speaker_key);
CREATE TABLE IF NOT EXISTS quote_about(
  quote INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quote_about_key ON quote_about(key);
CREATE INDEX IF NOT EXISTS quote_about_quote ON quote_about(quote);
CREATE TABLE IF NOT EXISTS entities(
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  mentions INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article);
CREATE TABLE IF NOT EXISTS places(
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  fold TEXT NOT NULL,
  country TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS places_fold ON places(fold);
CREATE INDEX IF NOT EXISTS places_country ON places(country);
CREATE INDEX IF NOT EXISTS places_article ON places(article);
CREATE TABLE IF NOT EXISTS times(
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  date TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS times_date ON times(date);
CREATE INDEX IF NOT EXISTS times_article ON times(article);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
  text, speaker, tokenize = 'unicode61 remove_diacritics 2');
";

/// What schema 2 (commit 8331f03) added to schema 1, verbatim: the posting lists.
const SCHEMA_2_ADDS: &str = "
CREATE TABLE IF NOT EXISTS quote_terms(
  term TEXT NOT NULL,
  quote INTEGER NOT NULL,
  article INTEGER NOT NULL,
  PRIMARY KEY(term, quote)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quote_terms_article ON quote_terms(article);
CREATE TABLE IF NOT EXISTS article_terms(
  term TEXT NOT NULL,
  article INTEGER NOT NULL,
  PRIMARY KEY(term, article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_terms_article ON article_terms(article);
";

/// Every row of a table, as text, sorted: two stores compared table by table.
fn table_rows(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    let mut rows: Vec<String> = stmt
        .query_map([], |r| {
            Ok((0..n)
                .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                .collect::<Vec<_>>()
                .join("|"))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows.sort();
    rows
}

/// Articles of the corpus plus one more per place and speaker pair, so the posting lists
/// the migration draws have several rows per term.
fn migration_corpus() -> Vec<Value> {
    let mut out = corpus();
    for (i, (who, place, cc)) in [
        ("Jake Sullivan", "Séoul", "KR"),
        ("Emmanuel Macron", "Paris", "FR"),
        ("Olaf Scholz", "Berlin", "DE"),
    ]
    .into_iter()
    .enumerate()
    {
        let quote = format!("Le sommet numéro {i} sera décisif");
        let text = format!("Sommet {i}\n\n« {quote} », a dit {who} à {place}.");
        out.push(record(
            &text,
            Some(&format!("https://example.org/sommet-{i}")),
            &format!("2023-11-0{}", i + 1),
            &[(&quote, who)],
            &[(who, "PER"), (place, "LOC")],
            &[(place, cc)],
        ));
    }
    out
}

#[test]
fn sqlite_schema_1_store_is_migrated() {
    migrates_from(1);
}

#[test]
fn sqlite_schema_2_store_is_migrated() {
    migrates_from(2);
}

/// A store as schema `version` left it (its DDL verbatim, the rows it wrote, its
/// user_version), opened by the current code: every row, posting list and query answer is
/// the same as in a store the current code wrote from the same records.
fn migrates_from(version: i64) {
    // the same records stored by the current code, as the reference
    let direct_path = temp_path("migrate-direct");
    let direct_p = direct_path.to_str().unwrap();
    let mut direct = SqliteStore::open(direct_p).unwrap();
    for r in migration_corpus() {
        direct.put(&r).unwrap();
    }

    // a store as schema 1 or 2 left it: its DDL, the rows it wrote (schemas 1 and 2 wrote
    // the same rows to these tables as the current code does; schema 1 had no posting
    // lists; both indexed articles by title and text only), its user_version
    let old_path = temp_path("migrate-old");
    let old_p = old_path.to_str().unwrap();
    {
        let conn = rusqlite::Connection::open(old_p).unwrap();
        let ddl = if version == 1 {
            SCHEMA_1.to_string()
        } else {
            format!("{SCHEMA_1}{SCHEMA_2_ADDS}")
        };
        conn.execute_batch(&format!(
            "PRAGMA journal_mode = WAL; BEGIN; {ddl} PRAGMA user_version = {version}; COMMIT;"
        ))
        .unwrap();
        conn.execute("ATTACH ?1 AS d", [direct_p]).unwrap();
        conn.execute_batch(
            "BEGIN;
             INSERT INTO articles SELECT id, url, hash, doc_id, source, title, published, text,
               record FROM d.articles;
             INSERT INTO quotes SELECT id, article, idx, start_, end_, text, kind, speaker,
               speaker_fold, speaker_key, role, cue FROM d.quotes;
             INSERT INTO quote_about SELECT * FROM d.quote_about;
             INSERT INTO entities SELECT article, local_id, key, name, type, mentions
               FROM d.entities;
             INSERT INTO places SELECT * FROM d.places;
             INSERT INTO times SELECT * FROM d.times;
             INSERT INTO articles_fts(rowid, title, text) SELECT rowid, title, text FROM d.articles_fts;
             INSERT INTO quotes_fts(rowid, text, speaker) SELECT rowid, text, speaker FROM d.quotes_fts;
             COMMIT;",
        )
        .unwrap();
        if version == 2 {
            conn.execute_batch(
                "INSERT INTO quote_terms SELECT * FROM d.quote_terms;
                 INSERT INTO article_terms SELECT * FROM d.article_terms;",
            )
            .unwrap();
        }
        conn.execute_batch("DETACH d").unwrap();
        let tables = table_rows(
            &conn,
            "SELECT name FROM sqlite_master WHERE name LIKE '%_terms'",
        );
        assert_eq!(tables.is_empty(), version == 1, "{tables:?}");
    }

    // opened by the current code: migrated in place
    let migrated = SqliteStore::open(old_p).unwrap();
    let conn = rusqlite::Connection::open(old_p).unwrap();
    let now: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(now, 3);
    let direct_conn = rusqlite::Connection::open(direct_p).unwrap();
    for sql in [
        "SELECT * FROM articles",
        "SELECT * FROM quotes",
        "SELECT * FROM quote_about",
        "SELECT * FROM entities",
        "SELECT * FROM places",
        "SELECT * FROM times",
        // the posting lists drawn by the migration are the ones `put` writes
        "SELECT * FROM quote_terms",
        "SELECT * FROM article_terms",
        // the article index made again, with the filter tokens
        "SELECT rowid, title, text, terms FROM articles_fts",
        // statements drawn from the quotations in the order they were stored
        "SELECT * FROM statements",
        "SELECT * FROM statement_forms",
        // clusters drawn from the articles in the order they were stored
        "SELECT * FROM article_minhash",
        "SELECT * FROM article_bands",
        // identities linked from the entities in the order they were stored
        "SELECT * FROM identities",
        "SELECT * FROM identity_suffixes",
    ] {
        let want = table_rows(&direct_conn, sql);
        assert!(!want.is_empty(), "{sql}: the corpus fills it");
        assert_eq!(table_rows(&conn, sql), want, "{sql}");
    }

    // and every query answers as on the store written by the current code
    assert_eq!(migrated.stats().unwrap(), direct.stats().unwrap());
    for id in 1..=6 {
        assert_eq!(migrated.article(id).unwrap(), direct.article(id).unwrap());
        assert!(migrated.article(id).unwrap().is_some());
    }
    let quote_queries = [
        QuoteQuery::default(),
        QuoteQuery {
            entity: Some("Jake Sullivan".into()),
            ..Default::default()
        },
        QuoteQuery {
            entity: Some("pyongyang".into()),
            ..Default::default()
        },
        QuoteQuery {
            place: Some("KR".into()),
            ..Default::default()
        },
        QuoteQuery {
            place: Some("seoul".into()),
            q: Some("sommet".into()),
            ..Default::default()
        },
        QuoteQuery {
            speaker: Some("Macron".into()),
            ..Default::default()
        },
    ];
    for q in &quote_queries {
        let got = migrated.quotes(q).unwrap();
        assert_eq!(got, direct.quotes(q).unwrap(), "{q:?}");
        if q.q.is_some() || q.entity.is_some() || q.place.is_some() {
            assert!(!got.items.is_empty(), "{q:?} finds something");
        }
    }
    let searches = [
        SearchQuery {
            q: Some("sommet".into()),
            ..Default::default()
        },
        SearchQuery {
            entity: Some("jake-sullivan".into()),
            ..Default::default()
        },
        SearchQuery {
            place: Some("FR".into()),
            ..Default::default()
        },
        SearchQuery {
            q: Some("sommet".into()),
            place: Some("DE".into()),
            ..Default::default()
        },
    ];
    for q in &searches {
        let got = migrated.search(q).unwrap();
        assert!(!got.items.is_empty(), "{q:?} finds something");
        assert_eq!(got, direct.search(q).unwrap(), "{q:?}");
    }
    for id in ["jake-sullivan", "emmanuel-macron", "pyongyang"] {
        let page = migrated.entity(id).unwrap();
        assert!(page.is_some(), "{id}");
        assert_eq!(page, direct.entity(id).unwrap(), "{id}");
    }
}

/// A record with only quotations (text, speaker), for the statement tests.
fn quoted(text: &str, url: &str, published: &str, quotes: &[(&str, &str)]) -> Value {
    let mut r = record(text, Some(url), published, quotes, &[], &[]);
    r["url"] = json!(url);
    r
}

#[test]
fn reprints_and_fragments_are_one_statement() {
    for (name, mut s) in backends("statements") {
        let a = "Dépêche\n\n« Nous resterons fermes face à Pyongyang, quoi qu'il arrive », a déclaré Jake Sullivan.";
        // the same words with other typography, by another outlet, later
        let b = "Reprise\n\n\"Nous resterons fermes face à Pyongyang, quoi qu’il arrive.\" a dit Jake Sullivan.";
        // a fragment by the same speaker, earlier
        let c = "Brève\n\nJake Sullivan veut rester « fermes face à Pyongyang ».";
        // the same fragment by someone else: not a reprint of Sullivan's statement
        let d = "Autre\n\nPaul Durand dit « fermes face à Pyongyang » lui aussi.";
        let p1 = s
            .put(&quoted(
                a,
                "https://a.example/1",
                "2023-09-12",
                &[(
                    "Nous resterons fermes face à Pyongyang, quoi qu'il arrive",
                    "Jake Sullivan",
                )],
            ))
            .unwrap();
        s.put(&quoted(
            b,
            "https://b.example/1",
            "2023-09-13",
            &[(
                "Nous resterons fermes face à Pyongyang, quoi qu’il arrive.",
                "Jake Sullivan",
            )],
        ))
        .unwrap();
        s.put(&quoted(
            c,
            "https://c.example/1",
            "2023-09-11",
            &[("fermes face à Pyongyang", "Jake Sullivan")],
        ))
        .unwrap();
        s.put(&quoted(
            d,
            "https://d.example/1",
            "2023-09-14",
            &[("fermes face à Pyongyang", "Paul Durand")],
        ))
        .unwrap();
        // collapsed: Sullivan's statement once, with 3 occurrences; Durand's separately? No:
        // Durand's text is the same as Sullivan's fragment, so it joins by its text
        let page = s.quotes(&QuoteQuery::default()).unwrap();
        assert_eq!(page.items.len(), 1, "{name}: {:?}", page.items);
        let hit = &page.items[0];
        assert_eq!(hit.occurrences, Some(4), "{name}");
        let all = s
            .quotes(&QuoteQuery {
                all_copies: true,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(all.items.len(), 4, "{name}");
        let st = s.statement(hit.statement.unwrap()).unwrap().unwrap();
        assert_eq!(
            st.text, "Nous resterons fermes face à Pyongyang, quoi qu'il arrive",
            "{name}: the longest form"
        );
        assert_eq!(st.occurrences.len(), 4, "{name}");
        let first = st.first.as_ref().unwrap();
        assert_eq!(first.published.as_deref(), Some("2023-09-11"), "{name}");
        assert_eq!(
            first.source.as_deref(),
            Some("https://c.example/1"),
            "{name}"
        );
        let sp = st.speaker.as_ref().unwrap();
        assert_eq!((sp.name.as_str(), sp.count), ("Jake Sullivan", 3), "{name}");
        assert_eq!(st.conflicting_speakers.len(), 1, "{name}");
        assert_eq!(st.conflicting_speakers[0].name, "Paul Durand", "{name}");
        assert!(st.occurrences.iter().any(|o| o.article == p1.id), "{name}");
        // unknown ids are None (the API answers 404)
        assert!(s.statement(987_654_321).unwrap().is_none(), "{name}");
    }
}

#[test]
fn fragments_need_the_same_speaker() {
    for (name, mut s) in backends("fragspeaker") {
        let a = "Un\n\n« Il faut agir très vite sur le climat maintenant », a dit Anne Hidalgo.";
        let b = "Deux\n\n« agir très vite sur le climat », a dit Olaf Scholz.";
        s.put(&quoted(
            a,
            "https://a.example/2",
            "2023-01-01",
            &[(
                "Il faut agir très vite sur le climat maintenant",
                "Anne Hidalgo",
            )],
        ))
        .unwrap();
        s.put(&quoted(
            b,
            "https://b.example/2",
            "2023-01-02",
            &[("agir très vite sur le climat", "Olaf Scholz")],
        ))
        .unwrap();
        let page = s.quotes(&QuoteQuery::default()).unwrap();
        assert_eq!(page.items.len(), 2, "{name}");
        assert!(
            page.items.iter().all(|h| h.occurrences == Some(1)),
            "{name}"
        );
    }
}

#[test]
fn a_longer_quotation_joins_its_fragments_into_one() {
    for (name, mut s) in backends("fragmerge") {
        let a = "Un\n\n« le budget sera voté en juin » a dit Paul Durand.";
        let b = "Deux\n\n« la réforme des retraites attendra » a dit Paul Durand.";
        let c = "Trois\n\n« Le budget sera voté en juin, et la réforme des retraites attendra », a dit Paul Durand.";
        for (t, u, q) in [
            (a, "https://a.example/3", "le budget sera voté en juin"),
            (
                b,
                "https://b.example/3",
                "la réforme des retraites attendra",
            ),
            (
                c,
                "https://c.example/3",
                "Le budget sera voté en juin, et la réforme des retraites attendra",
            ),
        ] {
            s.put(&quoted(t, u, "2023-01-01", &[(q, "Paul Durand")]))
                .unwrap();
        }
        // "le budget" (lower case) is not a fragment of "Le budget": case is kept, so the
        // first stays apart; the second joins the longer one
        let page = s.quotes(&QuoteQuery::default()).unwrap();
        let counts: Vec<Option<i64>> = page.items.iter().map(|h| h.occurrences).collect();
        assert_eq!(counts, vec![Some(2), Some(1)], "{name}");
    }
}

#[test]
fn empty_quotations_are_stored_without_a_statement() {
    for (name, mut s) in backends("emptyquote") {
        let t = "Vide\n\n« (...) » a dit Paul Durand. « Une vraie phrase » a dit Paul Durand.";
        let put = s
            .put(&quoted(
                t,
                "https://e.example/1",
                "2023-01-01",
                &[
                    ("(...)", "Paul Durand"),
                    ("Une vraie phrase", "Paul Durand"),
                ],
            ))
            .unwrap();
        assert_eq!(put.outcome, PutOutcome::Inserted, "{name}");
        let all = s
            .quotes(&QuoteQuery {
                all_copies: true,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(all.items.len(), 2, "{name}: nothing lost");
        let empty = all.items.iter().find(|h| h.text == "(...)").unwrap();
        assert_eq!((empty.statement, empty.occurrences), (None, None), "{name}");
        // listed by default too (it stands for itself)
        assert_eq!(
            s.quotes(&QuoteQuery::default()).unwrap().items.len(),
            2,
            "{name}"
        );
        assert_eq!(
            depeche_store::statements::normalise("(...)")
                .unwrap_err()
                .to_string(),
            "the quotation is empty once quotation marks, ellipses and punctuation are removed"
        );
    }
}

#[test]
fn reingest_keeps_statements_and_drops_orphans() {
    for (name, mut s) in backends("reputstmt") {
        let t1 = "Un\n\n« Première version du propos » a dit Paul Durand.";
        let t2 = "Un\n\n« Seconde version du propos » a dit Paul Durand.";
        let url = "https://r.example/1";
        s.put(&quoted(
            t1,
            url,
            "2023-01-01",
            &[("Première version du propos", "Paul Durand")],
        ))
        .unwrap();
        let before = s.quotes(&QuoteQuery::default()).unwrap().items[0].statement;
        // same article, same quotation, a new analysis: the statement stays
        let mut again = quoted(
            t1,
            url,
            "2023-01-02",
            &[("Première version du propos", "Paul Durand")],
        );
        again["title"]["text"] = json!("Un (mis à jour)");
        assert_eq!(s.put(&again).unwrap().outcome, PutOutcome::Updated);
        let after = s.quotes(&QuoteQuery::default()).unwrap().items[0].statement;
        assert_eq!(before, after, "{name}");
        // new text: the old statement has no quotation left and goes
        s.put(&quoted(
            t2,
            url,
            "2023-01-03",
            &[("Seconde version du propos", "Paul Durand")],
        ))
        .unwrap();
        assert!(s.statement(before.unwrap()).unwrap().is_none(), "{name}");
        let page = s.quotes(&QuoteQuery::default()).unwrap();
        assert_eq!(page.items.len(), 1, "{name}");
    }
}

const DISPATCH: &str = "Le gouvernement a présenté mercredi son projet de budget pour l'année \
prochaine, qui prévoit une hausse des dépenses de défense et une baisse des crédits consacrés au \
logement.\n\nLe ministre de l'Économie a défendu devant la presse un texte responsable, tandis \
que l'opposition dénonce des choix injustes.\n\nLes députés examineront le projet en commission \
à partir du 15 octobre, avant un vote solennel prévu à la fin du mois.\n\nPlusieurs syndicats ont \
déjà appelé à manifester devant l'Assemblée nationale le jour du vote.";

fn article_text(title: &str, body: &str) -> String {
    format!("{title}\n\n{body}")
}

#[test]
fn wire_copies_are_one_cluster_and_searches_collapse_them() {
    for (name, mut s) in backends("copies") {
        // the dispatch, then two reprints: a new headline and a paragraph cut; a signature
        // added. And an article on the same subject in other words.
        let cut: String = DISPATCH
            .split("\n\n")
            .take(3)
            .collect::<Vec<_>>()
            .join("\n\n");
        let texts = [
            ("https://agence.example/1", "2023-10-04", article_text("Budget 2024 : la défense en hausse", DISPATCH)),
            ("https://journal.example/1", "2023-10-03", article_text("Le logement, grand perdant du budget", &cut)),
            ("https://quotidien.example/1", "2023-10-05", article_text("Budget : ce qui change", &format!("{DISPATCH}\n\nAvec AFP. Tous droits réservés."))),
            ("https://autre.example/1", "2023-10-04", article_text("Le budget divise la majorité",
                "Le projet de budget divise la majorité : plusieurs députés réclament davantage de crédits \
                 pour le logement et menacent de voter contre le texte en octobre, selon des sources \
                 parlementaires citées mercredi. Le gouvernement n'exclut pas un recours au 49.3.")),
        ];
        let mut ids = Vec::new();
        for (url, date, text) in &texts {
            ids.push(s.put(&quoted(text, url, date, &[])).unwrap().id);
        }
        let c = s.cluster(ids[1]).unwrap().unwrap();
        assert_eq!(
            c.id, ids[0],
            "{name}: the first stored member names the cluster"
        );
        assert_eq!(c.members, ids[..3].to_vec(), "{name}");
        assert_eq!(c.earliest, ids[1], "{name}: published first");
        assert_eq!(
            s.cluster(ids[3]).unwrap().unwrap().members,
            vec![ids[3]],
            "{name}"
        );
        assert!(s.cluster(987_654_321).unwrap().is_none(), "{name}");
        // searches list the cluster once, unless every copy is asked for
        let words = SearchQuery {
            q: Some("budget".into()),
            ..Default::default()
        };
        let hits = s.search(&words).unwrap().items;
        assert_eq!(hits.len(), 2, "{name}: {hits:?}");
        let copies: Vec<Option<i64>> = hits.iter().map(|h| h.copies).collect();
        assert!(
            copies.contains(&Some(3)) && copies.contains(&Some(1)),
            "{name}: {copies:?}"
        );
        let all = s
            .search(&SearchQuery {
                all_copies: true,
                ..words.clone()
            })
            .unwrap()
            .items;
        assert_eq!(all.len(), 4, "{name}");
        let newest = s.search(&SearchQuery::default()).unwrap().items;
        assert_eq!(newest.len(), 2, "{name}: {newest:?}");
        // near copies of a text, as ingest looks them up
        let found = s.near_copies(&texts[0].2).unwrap();
        assert_eq!(found.len(), 3, "{name}: {found:?}");
        assert!(found.iter().all(|f| f.cluster == ids[0]), "{name}");
    }
}

/// Made-up words from syllables, drawn by a seeded xorshift: texts whose 4-grams are their own.
struct Words(u64);
impl Words {
    fn word(&mut self) -> String {
        const SYL: [&str; 16] = [
            "ba", "de", "ri", "lo", "mu", "ten", "sar", "vi", "po", "ché", "gan", "lu", "cor",
            "fé", "nal", "tis",
        ];
        (0..3)
            .map(|_| {
                self.0 ^= self.0 << 13;
                self.0 ^= self.0 >> 7;
                self.0 ^= self.0 << 17;
                SYL[(self.0 % 16) as usize]
            })
            .collect()
    }
    fn words(&mut self, n: usize) -> Vec<String> {
        (0..n).map(|_| self.word()).collect()
    }
}

#[test]
fn low_jaccard_copies_are_found_among_bands_boilerplate_fills() {
    use depeche_store::copies::{Sketch, PER_BAND};
    use std::collections::HashMap;
    // Every article ends with the agency's notice and one of three outlets' signatures, and
    // carries its subject's stock sentence (11 or 12 articles a subject): in the LSH index,
    // bands of those shared 4-grams hold more articles than a lookup reads of a band. The copies
    // share about 0.4 of their 4-grams with their dispatch (Jaccard; a lead alone, or most of
    // the text and a paragraph of the outlet's own), so they meet it in few bands, some of
    // them crowded. Their dispatches are the 61st to the 90th of 150 stored articles: in a
    // crowded band, neither among the first nor among the newest a lookup reads, so a copy is
    // found through the bands its dispatch's own words make, whatever the cap per band.
    const NOTICE: &str = "Avec AFP. Tous droits de reproduction et de représentation réservés. \
        Toute copie de cet article est interdite sans l'accord écrit de la rédaction.";
    const OUTLETS: [&str; 3] = [
        "Le Quotidien du Matin, service étranger.",
        "La Gazette régionale, avec nos correspondants.",
        "L'Écho du soir, édition numérique.",
    ];
    const SUBJECTS: [&str; 13] = [
        "Le procès doit reprendre lundi devant la cour d'assises, a indiqué le parquet.",
        "Les négociations doivent reprendre la semaine prochaine à Bruxelles, selon un diplomate.",
        "Le bilan provisoire fait état de plusieurs blessés, selon la préfecture.",
        "La grève doit se poursuivre jusqu'à la fin de la semaine, selon les syndicats.",
        "Le texte sera examiné en séance publique au début du mois prochain.",
        "Les marchés ont réagi avec prudence à l'annonce, selon les analystes.",
        "L'enquête a été confiée à la police judiciaire, a précisé une source proche du dossier.",
        "Le sommet doit s'achever vendredi par une déclaration commune des chefs d'État.",
        "Les secours sont toujours mobilisés sur place, a indiqué la sécurité civile.",
        "Le scrutin aura lieu dans un mois, selon le calendrier fixé par la commission.",
        "La décision peut faire l'objet d'un appel dans un délai de dix jours.",
        "Le club doit encore jouer trois matches avant la trêve hivernale.",
        "Les prix de l'énergie ont encore augmenté le mois dernier, selon l'Insee.",
    ];
    let mut gen = Words(0x2545_F491_4F6C_DD1D);
    let mut texts: Vec<(String, Vec<String>)> = Vec::new();
    for i in 0..150 {
        let words = gen.words(100);
        let text = format!(
            "{}\n\n{}. {}\n\n{NOTICE} {}",
            gen.words(6).join(" "),
            words.join(" "),
            SUBJECTS[i % SUBJECTS.len()],
            OUTLETS[i % 3]
        );
        texts.push((text, words));
    }
    // odd: the dispatch cut to its lead, even: its first 60 words and 40 of the outlet's own
    let copies: Vec<(usize, String)> = (60..90)
        .map(|i| {
            let words = &texts[i].1;
            let body = if i % 2 == 1 {
                words[..40].join(" ")
            } else {
                format!("{} {}", words[..60].join(" "), gen.words(40).join(" "))
            };
            let text = format!(
                "{}\n\n{body}. {}\n\n{NOTICE} {}",
                gen.words(6).join(" "),
                SUBJECTS[i % SUBJECTS.len()],
                OUTLETS[(i + 1) % 3]
            );
            (i, text)
        })
        .collect();
    // the test is about what it says: band keys' articles, counted as the index holds them
    let sketch = |t: &str| Sketch::of(t).unwrap();
    let mut members: HashMap<i64, usize> = HashMap::new();
    for (t, _) in &texts {
        for b in sketch(t).bands() {
            *members.entry(b).or_default() += 1;
        }
    }
    let (mut shared, mut crowded, mut low) = (0, 0, 0);
    for (i, t) in &copies {
        let (c, o) = (sketch(t), sketch(&texts[*i].0));
        low += usize::from(c.jaccard(&o) <= 0.5);
        let ob = o.bands();
        for b in c.bands().iter().filter(|b| ob.contains(b)) {
            shared += 1;
            crowded += usize::from(members[b] > PER_BAND as usize);
        }
    }
    assert!(
        low >= 20,
        "{low} of 30 copies with an estimated Jaccard <= 0.5"
    );
    // (12 of 181 with this seed and a cap of 8)
    assert!(
        crowded >= 10,
        "{crowded} of the {shared} bands copies share with their dispatch crowded"
    );
    for (name, mut s) in backends("crowded") {
        let mut ids = Vec::new();
        for (n, (t, _)) in texts.iter().enumerate() {
            let url = format!("https://agence.example/{n}");
            ids.push(s.put(&quoted(t, &url, "2023-10-04", &[])).unwrap().id);
        }
        let mut missed = Vec::new();
        for (i, t) in &copies {
            let found = s.near_copies(t).unwrap();
            if !found.iter().any(|f| f.article == ids[*i]) {
                missed.push((*i, found));
            }
            let url = format!("https://journal.example/{i}");
            let put = s.put(&quoted(t, &url, "2023-10-05", &[])).unwrap();
            assert_eq!(
                s.cluster(put.id).unwrap().unwrap().id,
                s.cluster(ids[*i]).unwrap().unwrap().id,
                "{name}: copy {i} joins its dispatch's cluster"
            );
        }
        assert!(missed.is_empty(), "{name}: {missed:?}");
    }
}

/// Every row of a three-column query on a SQLite store.
fn sqlite_rows(conn: &rusqlite::Connection, sql: &str) -> Vec<(i64, i64, Vec<u8>)> {
    conn.prepare(sql)
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_store_with_hex_sketches_gets_them_as_bytes_on_open() {
    // where to store: a SQLite file, and a PostgreSQL schema when there is a server
    let mut dbs = vec![(
        "sqlite",
        temp_path("hexsketch").to_str().unwrap().to_string(),
    )];
    #[cfg(feature = "postgres")]
    if let Ok(url) = std::env::var("DEPECHE_PG_URL") {
        let schema = format!(
            "t_hexsketch_{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        postgres::Client::connect(&url, postgres::NoTls)
            .unwrap()
            .batch_execute(&format!(
                "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};"
            ))
            .unwrap();
        let sep = if url.contains('?') { '&' } else { '?' };
        dbs.push((
            "postgres",
            format!("{url}{sep}options=-csearch_path%3D{schema}"),
        ));
    }
    let cut: String = DISPATCH
        .split("\n\n")
        .take(3)
        .collect::<Vec<_>>()
        .join("\n\n");
    let dispatch = article_text("Budget 2024 : la défense en hausse", DISPATCH);
    for (name, db) in dbs {
        let ids: Vec<i64> = {
            let mut s = depeche_store::open(&db).unwrap();
            [
                ("https://agence.example/1", dispatch.clone()),
                (
                    "https://journal.example/1",
                    article_text("Le logement perd", &cut),
                ),
            ]
            .iter()
            .map(|(url, text)| s.put(&quoted(text, url, "2023-10-04", &[])).unwrap().id)
            .collect()
        };
        let sql = "SELECT article, shingles, mins FROM article_minhash ORDER BY article";
        type Row = (i64, i64, Vec<u8>);
        // what the store held before sketches were bytes: hex text in `article_sketch`
        let before: Vec<Row> = if name == "sqlite" {
            let conn = rusqlite::Connection::open(&db).unwrap();
            let rows = sqlite_rows(&conn, sql);
            conn.execute_batch(
                "CREATE TABLE article_sketch(article INTEGER PRIMARY KEY,
                   shingles INTEGER NOT NULL, mins TEXT NOT NULL);
                 INSERT INTO article_sketch SELECT article, shingles, lower(hex(mins))
                   FROM article_minhash;
                 DROP TABLE article_minhash;",
            )
            .unwrap();
            rows
        } else {
            #[cfg(not(feature = "postgres"))]
            unreachable!();
            #[cfg(feature = "postgres")]
            {
                let mut c = postgres::Client::connect(&db, postgres::NoTls).unwrap();
                let rows = c
                    .query(sql, &[])
                    .unwrap()
                    .iter()
                    .map(|r| (r.get(0), r.get(1), r.get(2)))
                    .collect();
                c.batch_execute(
                    "CREATE TABLE article_sketch(article BIGINT PRIMARY KEY,
                       shingles BIGINT NOT NULL, mins TEXT NOT NULL);
                     INSERT INTO article_sketch SELECT article, shingles, encode(mins, 'hex')
                       FROM article_minhash;
                     DROP TABLE article_minhash;",
                )
                .unwrap();
                rows
            }
        };
        assert_eq!(before.len(), 2, "{name}");
        // opened by the current code: the same sketches, as bytes; copies still found
        let mut s = depeche_store::open(&db).unwrap();
        let after: Vec<Row> = if name == "sqlite" {
            let conn = rusqlite::Connection::open(&db).unwrap();
            let old: i64 = conn
                .query_row(
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = 'article_sketch'",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(old, 0, "{name}: the hex table is dropped");
            sqlite_rows(&conn, sql)
        } else {
            #[cfg(not(feature = "postgres"))]
            unreachable!();
            #[cfg(feature = "postgres")]
            {
                let mut c = postgres::Client::connect(&db, postgres::NoTls).unwrap();
                let old: bool = c
                    .query_one("SELECT to_regclass('article_sketch') IS NULL", &[])
                    .unwrap()
                    .get(0);
                assert!(old, "{name}: the hex table is dropped");
                c.query(sql, &[])
                    .unwrap()
                    .iter()
                    .map(|r| (r.get(0), r.get(1), r.get(2)))
                    .collect()
            }
        };
        assert_eq!(after, before, "{name}");
        let found = s.near_copies(&dispatch).unwrap();
        let articles: Vec<i64> = found.iter().map(|f| f.article).collect();
        assert_eq!(articles, ids, "{name}: {found:?}");
        let third = s
            .put(&quoted(
                &format!("{dispatch}\n\nAvec AFP."),
                "https://quotidien.example/1",
                "2023-10-05",
                &[],
            ))
            .unwrap()
            .id;
        assert_eq!(s.cluster(third).unwrap().unwrap().id, ids[0], "{name}");
    }
}

#[test]
fn a_cluster_whose_first_member_leaves_keeps_its_others() {
    for (name, mut s) in backends("clusterfirst") {
        let cut: String = DISPATCH
            .split("\n\n")
            .take(3)
            .collect::<Vec<_>>()
            .join("\n\n");
        let a = s
            .put(&quoted(
                &article_text("Dépêche", DISPATCH),
                "https://a.example/9",
                "2023-10-04",
                &[],
            ))
            .unwrap()
            .id;
        let b = s
            .put(&quoted(
                &article_text("Reprise", &cut),
                "https://b.example/9",
                "2023-10-05",
                &[],
            ))
            .unwrap()
            .id;
        let c = s
            .put(&quoted(
                &article_text("Autre reprise", DISPATCH),
                "https://c.example/9",
                "2023-10-06",
                &[],
            ))
            .unwrap()
            .id;
        assert_eq!(s.cluster(c).unwrap().unwrap().id, a, "{name}");
        // the first member's page now carries another text: it leaves the cluster, which
        // takes the next member's id; nothing else is lost
        let other = article_text("Tout autre sujet", "Le club de football de la ville a remporté dimanche son troisième match consécutif devant un public nombreux et enthousiaste.");
        assert_eq!(
            s.put(&quoted(&other, "https://a.example/9", "2023-10-07", &[]))
                .unwrap()
                .outcome,
            PutOutcome::Updated
        );
        let left = s.cluster(b).unwrap().unwrap();
        assert_eq!((left.id, left.members.clone()), (b, vec![b, c]), "{name}");
        assert_eq!(s.cluster(a).unwrap().unwrap().members, vec![a], "{name}");
        assert_eq!(s.stats().unwrap().articles, 3, "{name}");
        let newest = s.search(&SearchQuery::default()).unwrap().items;
        assert_eq!(newest.len(), 2, "{name}: {newest:?}");
    }
}

#[test]
fn deleting_a_clusters_first_member_loses_nothing_else() {
    for (name, mut s) in backends("deletefirst") {
        let cut: String = DISPATCH
            .split("\n\n")
            .take(3)
            .collect::<Vec<_>>()
            .join("\n\n");
        let q = "Nous voterons ce budget sans hésiter une seconde";
        let body = format!("{DISPATCH}\n\n« {q} », a dit Paul Durand.");
        let a = s
            .put(&quoted(
                &article_text("Dépêche", &body),
                "https://a.example/8",
                "2023-10-04",
                &[(q, "Paul Durand")],
            ))
            .unwrap()
            .id;
        let body_b = format!("{cut}\n\n« {q} », a dit Paul Durand.");
        let b = s
            .put(&quoted(
                &article_text("Reprise", &body_b),
                "https://b.example/8",
                "2023-10-05",
                &[(q, "Paul Durand")],
            ))
            .unwrap()
            .id;
        let c = s
            .put(&quoted(
                &article_text("Autre reprise", DISPATCH),
                "https://c.example/8",
                "2023-10-06",
                &[],
            ))
            .unwrap()
            .id;
        let statement = s.quotes(&QuoteQuery::default()).unwrap().items[0]
            .statement
            .unwrap();
        assert_eq!(
            s.statement(statement).unwrap().unwrap().occurrences.len(),
            2,
            "{name}"
        );
        assert!(s.delete(a).unwrap(), "{name}");
        // the cluster goes on under its next member; the statement under its other quotation
        let left = s.cluster(b).unwrap().unwrap();
        assert_eq!(
            (left.id, left.members.clone(), left.earliest),
            (b, vec![b, c], b),
            "{name}"
        );
        let st = s.statement(statement).unwrap().unwrap();
        assert_eq!(st.occurrences.len(), 1, "{name}");
        assert_eq!(st.occurrences[0].article, b, "{name}");
        assert!(
            s.article(a).unwrap().is_none() && s.cluster(a).unwrap().is_none(),
            "{name}"
        );
        assert_eq!(s.stats().unwrap().articles, 2, "{name}");
        assert_eq!(
            s.search(&SearchQuery {
                q: Some("budget".into()),
                ..Default::default()
            })
            .unwrap()
            .items
            .len(),
            1,
            "{name}"
        );
        // an unknown id: false, nothing changes
        assert!(!s.delete(a).unwrap(), "{name}");
        assert!(!s.delete(987_654_321).unwrap(), "{name}");
        assert_eq!(s.stats().unwrap().articles, 2, "{name}");
        // the last quotation of a statement gone: the statement goes
        assert!(s.delete(b).unwrap(), "{name}");
        assert!(s.statement(statement).unwrap().is_none(), "{name}");
        assert_eq!(s.cluster(c).unwrap().unwrap().members, vec![c], "{name}");
    }
}
