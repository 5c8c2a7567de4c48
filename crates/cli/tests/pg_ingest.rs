//! Many writers, one database: several `depeche ingest` processes at once against a real
//! PostgreSQL (`DEPECHE_PG_URL`, set by `scripts/with-postgres.sh`, which `.ci/run` uses).
//! Every worker stores the same articles in a different order, in small batches, so that
//! two workers insert the same URL or the same text at the same moment; afterwards each
//! article is there exactly once, with its quotations once. Skipped without a database.

use postgres::{Client, NoTls};
use std::path::PathBuf;
use std::process::{Command, Stdio};

const WORKERS: usize = 4;
const TEXTS: usize = 40;
const LINES: usize = 12;

fn dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("depeche-pg-ingest-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn article(n: usize) -> String {
    format!(
        "Réunion numéro {n} à Lyon\n\n« Nous avancerons sur le dossier {n} », a déclaré Jean Dupont{n}, \
         maire, lundi 11 septembre 2023.\n\nLe conseil se réunira de nouveau mardi.\n"
    )
}

#[test]
fn concurrent_ingests_store_each_article_once() {
    let Ok(url) = std::env::var("DEPECHE_PG_URL") else {
        eprintln!("skipped: DEPECHE_PG_URL not set (run under scripts/with-postgres.sh)");
        return;
    };
    // a schema of our own, so the test can run beside the store tests on one database
    let schema = format!("cli_concurrent_{}", std::process::id());
    let mut admin = Client::connect(&url, NoTls).expect("DEPECHE_PG_URL");
    admin
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};"
        ))
        .unwrap();
    let sep = if url.contains('?') { '&' } else { '?' };
    let db = format!("{url}{sep}options=-csearch_path%3D{schema}");

    let d = dir("inputs");
    let mut inputs: Vec<PathBuf> = (0..TEXTS)
        .map(|n| {
            let p = d.join(format!("a{n:03}.txt"));
            std::fs::write(&p, article(n)).unwrap();
            p
        })
        .collect();
    // the same text under another name is the same article (matched by its hash)
    let copy = d.join("copy-of-a007.txt");
    std::fs::write(&copy, article(7)).unwrap();
    inputs.push(copy);
    // articles with addresses (matched by URL)
    let jsonl = d.join("feed.jsonl");
    let lines: Vec<String> = (0..LINES)
        .map(|n| {
            serde_json::json!({
                "url": format!("https://exemple.fr/articles/{n}"),
                "text": article(1000 + n),
                "published": "2023-09-11",
            })
            .to_string()
        })
        .collect();
    std::fs::write(&jsonl, lines.join("\n") + "\n").unwrap();
    inputs.push(jsonl);
    let expected = TEXTS + LINES;

    // every worker the same inputs, each in its own order, two articles per transaction
    let children: Vec<_> = (0..WORKERS)
        .map(|w| {
            let mut order = inputs.clone();
            order.rotate_left(w * inputs.len() / WORKERS);
            if w % 2 == 1 {
                order.reverse();
            }
            Command::new(env!("CARGO_BIN_EXE_depeche"))
                .args(["ingest", "--batch", "2", "--jobs", "1", "--db", &db])
                .args(&order)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut new_total = 0usize;
    for c in children {
        let out = c.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "a worker failed: {err}");
        // "...: N new, M updated, K unchanged, 0 failed in ..."
        let words: Vec<&str> = err.split_whitespace().collect();
        let new: usize = words
            .windows(2)
            .find(|w| w[1] == "new,")
            .and_then(|w| w[0].parse().ok())
            .unwrap_or_else(|| panic!("no summary in {err}"));
        assert!(err.contains(" 0 failed"), "{err}");
        new_total += new;
    }
    // each article was inserted by exactly one worker
    assert_eq!(new_total, expected, "articles inserted across workers");

    let mut c = Client::connect(&db, NoTls).unwrap();
    let row = c
        .query_one(
            "SELECT COUNT(*), COUNT(DISTINCT hash), COUNT(url), COUNT(DISTINCT url) FROM articles",
            &[],
        )
        .unwrap();
    let (n, hashes, urls, distinct_urls): (i64, i64, i64, i64) =
        (row.get(0), row.get(1), row.get(2), row.get(3));
    assert_eq!(n as usize, expected, "articles stored");
    assert_eq!(hashes, n, "two articles with the same text");
    assert_eq!(urls as usize, LINES);
    assert_eq!(distinct_urls, urls, "two articles with the same URL");
    // the children were written once: as many quotation rows as the records list, no copies
    let row = c
        .query_one(
            "SELECT (SELECT COUNT(*) FROM quotes),
                    (SELECT COALESCE(SUM(json_array_length((record::json)->'quotes')), 0) FROM articles),
                    (SELECT COUNT(*) FROM (SELECT article, idx FROM quotes GROUP BY article, idx
                                           HAVING COUNT(*) > 1) d),
                    (SELECT COUNT(*) FROM entities),
                    (SELECT COALESCE(SUM(json_array_length((record::json)->'entities')), 0) FROM articles)",
            &[],
        )
        .unwrap();
    let (quotes, listed, doubled): (i64, i64, i64) = (row.get(0), row.get(1), row.get(2));
    assert!(quotes >= expected as i64, "each article has its quotation");
    assert_eq!(quotes, listed, "quotation rows vs the records' quotations");
    assert_eq!(doubled, 0, "a quotation stored twice");
    let (entities, listed): (i64, i64) = (row.get(3), row.get(4));
    assert_eq!(entities, listed, "entity rows vs the records' entities");
    admin
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .unwrap();
}

/// Distinct articles reprinting the same few quotations, stored by several workers at once:
/// each quotation text is one statement however the writers interleave (the form table's
/// key makes the second writer of a text wait for the first and join its statement).
#[test]
fn concurrent_ingests_make_one_statement_per_text() {
    const ARTICLES: usize = 40;
    const SAID: usize = 5;
    let Ok(url) = std::env::var("DEPECHE_PG_URL") else {
        eprintln!("skipped: DEPECHE_PG_URL not set (run under scripts/with-postgres.sh)");
        return;
    };
    let schema = format!("cli_statements_{}", std::process::id());
    let mut admin = Client::connect(&url, NoTls).expect("DEPECHE_PG_URL");
    admin
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};"
        ))
        .unwrap();
    let sep = if url.contains('?') { '&' } else { '?' };
    let db = format!("{url}{sep}options=-csearch_path%3D{schema}");
    let d = dir("statements");
    let inputs: Vec<PathBuf> = (0..ARTICLES)
        .map(|n| {
            let p = d.join(format!("s{n:03}.txt"));
            // outlets differ in headline, closing line and apostrophes; the words are the same
            let apostrophe = if n % 2 == 0 { "'" } else { "’" };
            let text = format!(
                "Dépêche {n} : le maire de Lyon s{apostrophe}exprime\n\n« Nous avancerons sur le dossier {k} avant l{apostrophe}été », \
                 a déclaré Jean Dupont, maire, lundi 11 septembre 2023.\n\nArticle repris par le titre {n}.\n",
                k = n % SAID
            );
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect();
    let children: Vec<_> = (0..WORKERS)
        .map(|w| {
            let mut order = inputs.clone();
            order.rotate_left(w * inputs.len() / WORKERS);
            if w % 2 == 1 {
                order.reverse();
            }
            Command::new(env!("CARGO_BIN_EXE_depeche"))
                .args(["ingest", "--batch", "2", "--jobs", "1", "--db", &db])
                .args(&order)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && err.contains(" 0 failed"), "{err}");
    }
    let mut c = Client::connect(&db, NoTls).unwrap();
    let row = c
        .query_one(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM quotes),
                    (SELECT COUNT(*) FROM quotes WHERE statement IS NULL),
                    (SELECT COUNT(*) FROM statements),
                    (SELECT COUNT(DISTINCT statement) FROM quotes)",
            &[],
        )
        .unwrap();
    let (articles, quotes, without, statements, used): (i64, i64, i64, i64, i64) =
        (row.get(0), row.get(1), row.get(2), row.get(3), row.get(4));
    assert_eq!(articles as usize, ARTICLES);
    assert_eq!(quotes as usize, ARTICLES, "one quotation per article");
    assert_eq!(without, 0);
    assert_eq!(
        statements as usize, SAID,
        "one statement per quotation text"
    );
    assert_eq!(used, statements, "no statement without a quotation");
    admin
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .unwrap();
}

/// Articles naming the same few people, stored by several workers at once: each full name is
/// one identity however the writers interleave (the unique `(type, key)` of `identities`
/// makes the second writer of a name wait for the first and take its identity), and every
/// person's and organisation's row is linked to an identity that exists.
#[test]
fn concurrent_ingests_make_one_identity_per_name() {
    const ARTICLES: usize = 40;
    const PEOPLE: &[&str] = &[
        "François Hollande",
        "Angela Merkel",
        "Jean-Marc Ayrault",
        "Marine Le Pen",
        "Barack Obama",
    ];
    let Ok(url) = std::env::var("DEPECHE_PG_URL") else {
        eprintln!("skipped: DEPECHE_PG_URL not set (run under scripts/with-postgres.sh)");
        return;
    };
    let schema = format!("cli_identities_{}", std::process::id());
    let mut admin = Client::connect(&url, NoTls).expect("DEPECHE_PG_URL");
    admin
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};"
        ))
        .unwrap();
    let sep = if url.contains('?') { '&' } else { '?' };
    let db = format!("{url}{sep}options=-csearch_path%3D{schema}");
    let d = dir("identities");
    let inputs: Vec<PathBuf> = (0..ARTICLES)
        .map(|n| {
            let p = d.join(format!("p{n:03}.txt"));
            let who = PEOPLE[n % PEOPLE.len()];
            let other = PEOPLE[(n + 1) % PEOPLE.len()];
            let text = format!(
                "Réunion numéro {n} à Bruxelles\n\n{who} a rencontré {other} à Bruxelles, \
                 lundi 11 septembre 2012, pour le dossier {n}.\n\n« Nous avancerons sur le dossier {n} », \
                 a déclaré {who}.\n"
            );
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect();
    let children: Vec<_> = (0..WORKERS)
        .map(|w| {
            let mut order = inputs.clone();
            order.rotate_left(w * inputs.len() / WORKERS);
            if w % 2 == 1 {
                order.reverse();
            }
            Command::new(env!("CARGO_BIN_EXE_depeche"))
                .args(["ingest", "--batch", "2", "--jobs", "1", "--db", &db])
                .args(&order)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && err.contains(" 0 failed"), "{err}");
    }
    let mut c = Client::connect(&db, NoTls).unwrap();
    let row = c
        .query_one(
            "SELECT (SELECT COUNT(*) FROM articles),
                    (SELECT COUNT(*) FROM (SELECT type, form FROM entities WHERE full_name = 1
                       GROUP BY type, form HAVING COUNT(DISTINCT identity) > 1) d),
                    (SELECT COUNT(*) FROM entities WHERE type IN ('PER', 'ORG') AND identity IS NULL),
                    (SELECT COUNT(*) FROM entities e WHERE identity IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM identities i WHERE i.id = e.identity)),
                    (SELECT COUNT(*) FROM identities i
                       WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.identity = i.id))",
            &[],
        )
        .unwrap();
    let (articles, split, unlinked, dangling, empty): (i64, i64, i64, i64, i64) =
        (row.get(0), row.get(1), row.get(2), row.get(3), row.get(4));
    assert_eq!(articles as usize, ARTICLES);
    assert_eq!(split, 0, "a full name in two identities");
    assert_eq!(unlinked, 0, "a person or organisation without identity");
    assert_eq!(dangling, 0, "a row linked to a missing identity");
    assert_eq!(empty, 0, "an identity without rows");
    for who in PEOPLE {
        let key = depeche_store::entity_key(who);
        let n: i64 = c
            .query_one(
                "SELECT COUNT(*) FROM identities WHERE type = 'PER' AND key = $1",
                &[&key],
            )
            .unwrap()
            .get(0);
        assert_eq!(n, 1, "{who}: one identity");
    }
    admin
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .unwrap();
}
