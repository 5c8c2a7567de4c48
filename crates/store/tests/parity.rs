//! The parity contract (`Store::parity`, the entity page's gender), run against every backend
//! like `tests/store.rs`: SQLite always, PostgreSQL when `DEPECHE_PG_URL` names a database.
//! The two must give the same figures, and a store made before the parity tables must be
//! given them, filled, on open.

use depeche_store::{ParityBy, ParityQuery, ParityRow, SqliteStore, Store};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};

static N: AtomicUsize = AtomicUsize::new(0);

fn sqlite_path(tag: &str) -> String {
    let dir = std::env::temp_dir().join(format!(
        "depeche-parity-{}-{}-{tag}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("test.db").to_str().unwrap().to_string()
}

/// (backend name, how to open it again): SQLite, and PostgreSQL in a schema of its own.
fn targets(tag: &str) -> Vec<(&'static str, String)> {
    let mut out = vec![("sqlite", sqlite_path(tag))];
    if let Ok(url) = std::env::var("DEPECHE_PG_URL") {
        let schema = format!(
            "p_{tag}_{}_{}",
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
        out.push((
            "postgres",
            format!("{url}{sep}options=-csearch_path%3D{schema}"),
        ));
    }
    out
}

/// An article with one quotation per (speaker, gender): gender `f`/`m`/`x` for persons,
/// `None` for an organisation.
fn article(n: usize, published: &str, source: &str, speakers: &[(&str, Option<&str>)]) -> Value {
    let mut text = format!("Article {n}\n\n");
    let mut quotes = Vec::new();
    let mut entities = Vec::new();
    for (i, (name, g)) in speakers.iter().enumerate() {
        let q = format!("Phrase {n}-{i}");
        let start = text.chars().count();
        text += &format!("« {q} », a dit {name}. ");
        let id = format!("e{}", i + 1);
        let mut e = json!({"id": id, "name": name, "type": if g.is_some() {"PER"} else {"ORG"},
                           "mentions": [{"start": start, "end": start + 1, "text": "x"}]});
        let mut qj = json!({"start": start + 2, "end": start + 2 + q.chars().count(), "text": q,
                            "kind": "direct", "partial": false, "cue": null,
                            "speaker": {"start": start, "end": start + 1, "text": name,
                                        "name": name, "entity": id, "resolved": false,
                                        "kind": if g.is_some() {"person"} else {"organization"}}});
        if let Some(g) = g {
            e["gender"] = json!(g);
            if *g != "x" {
                e["gender_evidence"] = json!("honorific");
                qj["speaker_gender"] = json!(g);
            }
        }
        entities.push(e);
        quotes.push(qj);
    }
    json!({"schema": "depeche/1", "id": format!("a{n}"), "text": text, "source": source,
           "published": published, "quotes": quotes, "entities": entities,
           "places": [{"start": 0, "end": 1, "text": "A", "name": "Paris", "country": "FR",
                       "feature": "city", "lat": 0.0, "lon": 0.0}],
           "times": [], "events": []})
}

fn corpus() -> Vec<Value> {
    vec![
        article(
            1,
            "2012-06-03",
            "https://www.lemonde.fr/a/1.html",
            &[
                ("Marie Curie", Some("f")),
                ("Jean Dupont", Some("m")),
                ("ONU", None),
            ],
        ),
        article(
            2,
            "2012-06-20",
            "https://www.lemonde.fr/a/2.html",
            &[("Marie Curie", Some("f")), ("Marie Curie", Some("f"))],
        ),
        article(
            3,
            "2012-07-01",
            "http://liberation.fr/x",
            &[("Claude Roux", Some("x")), ("Paul Petit", Some("m"))],
        ),
    ]
}

fn row(g: &str, women: i64, men: i64, unknown: i64, dw: i64, dm: i64) -> ParityRow {
    ParityRow {
        group: g.into(),
        women,
        men,
        unknown,
        women_share: (women + men > 0).then(|| women as f64 / (women + men) as f64),
        distinct_women: dw,
        distinct_men: dm,
    }
}

fn parity(s: &dyn Store, by: ParityBy, from: Option<&str>) -> Vec<ParityRow> {
    s.parity(&ParityQuery {
        by,
        from: from.map(Into::into),
        ..Default::default()
    })
    .unwrap()
}

fn check_figures(name: &str, s: &dyn Store) {
    assert_eq!(
        parity(s, ParityBy::All, None),
        vec![row("all", 3, 2, 1, 1, 2)],
        "{name}"
    );
    assert_eq!(
        parity(s, ParityBy::Month, None),
        vec![row("2012-06", 3, 1, 0, 1, 1), row("2012-07", 0, 1, 1, 0, 1)],
        "{name}"
    );
    assert_eq!(
        parity(s, ParityBy::Source, None),
        vec![
            row("www.lemonde.fr", 3, 1, 0, 1, 1),
            row("liberation.fr", 0, 1, 1, 0, 1)
        ],
        "{name}"
    );
    assert_eq!(
        parity(s, ParityBy::Month, Some("2012-07")),
        vec![row("2012-07", 0, 1, 1, 0, 1)],
        "{name}"
    );
    assert_eq!(
        parity(s, ParityBy::Place, None),
        vec![row("Paris", 3, 2, 1, 1, 2)],
        "{name}"
    );
    let by_entity = parity(s, ParityBy::Entity, None);
    assert_eq!(by_entity[0], row("Marie Curie", 3, 1, 0, 1, 1), "{name}");
    let page = s.entity("marie-curie").unwrap().unwrap();
    assert_eq!(page.gender.as_deref(), Some("f"), "{name}");
    assert_eq!(page.gender_evidence.as_deref(), Some("honorific"), "{name}");
    let page = s.entity("claude-roux").unwrap().unwrap();
    assert_eq!(
        (page.gender.as_deref(), page.gender_evidence),
        (Some("x"), None)
    );
    assert!(s.entity("onu").unwrap().unwrap().gender.is_none(), "{name}");
}

#[test]
fn backends_give_the_same_parity_figures() {
    for (name, db) in targets("figures") {
        let mut s = depeche_store::open(&db).unwrap();
        s.put_batch(&corpus()).unwrap();
        check_figures(name, s.as_ref());
        // putting an article again replaces its rows, it does not add to them
        s.put(&corpus()[0]).unwrap();
        let mut changed = corpus()[2].clone();
        changed["quotes"][1]["speaker_gender"] = json!("f");
        s.put(&changed).unwrap();
        assert_eq!(
            parity(s.as_ref(), ParityBy::All, None),
            vec![row("all", 4, 1, 1, 2, 1)],
            "{name}"
        );
    }
}

#[test]
fn a_store_made_before_parity_is_filled_on_open() {
    for (name, db) in targets("migrate") {
        {
            let mut s = depeche_store::open(&db).unwrap();
            s.put_batch(&corpus()).unwrap();
        }
        // what a store of the previous version looks like: no parity tables
        let drop = "DROP TABLE quote_gender; DROP TABLE entity_gender; DROP TABLE parity_counts;";
        if name == "sqlite" {
            rusqlite::Connection::open(&db)
                .unwrap()
                .execute_batch(drop)
                .unwrap();
        } else {
            postgres::Client::connect(&db, postgres::NoTls)
                .unwrap()
                .batch_execute(drop)
                .unwrap();
        }
        let s = depeche_store::open(&db).unwrap();
        check_figures(name, s.as_ref());
    }
}

#[test]
fn counts_follow_puts_and_deletes_and_fill_on_open() {
    for (name, db) in targets("counts") {
        {
            let mut s = depeche_store::open(&db).unwrap();
            s.put_batch(&corpus()).unwrap();
            // a store of the version before the counts: parity rows, no counts
            let drop = "DROP TABLE parity_counts;";
            if name == "sqlite" {
                rusqlite::Connection::open(&db)
                    .unwrap()
                    .execute_batch(drop)
                    .unwrap();
            } else {
                postgres::Client::connect(&db, postgres::NoTls)
                    .unwrap()
                    .batch_execute(drop)
                    .unwrap();
            }
        }
        let mut s = depeche_store::open(&db).unwrap();
        check_figures(name, s.as_ref());
        // the whole-store figures (from the counts) agree with a date range covering
        // everything (from the quotation rows) after a delete
        let first = s
            .search(&depeche_store::SearchQuery {
                source: Some("lemonde.fr/a/1".into()),
                limit: 10,
                all_copies: true,
                ..Default::default()
            })
            .unwrap()
            .items;
        assert_eq!(first.len(), 1, "{name}");
        assert!(s.delete(first[0].id).unwrap(), "{name}");
        for by in [ParityBy::All, ParityBy::Month, ParityBy::Source] {
            assert_eq!(
                parity(s.as_ref(), by, None),
                parity(s.as_ref(), by, Some("1900")),
                "{name} {by:?}"
            );
        }
        assert_eq!(
            parity(s.as_ref(), ParityBy::All, None),
            vec![row("all", 2, 1, 1, 1, 1)],
            "{name}"
        );
    }
}

#[test]
fn bad_parity_queries_are_refused() {
    let s = SqliteStore::open(&sqlite_path("bad")).unwrap();
    assert!("gender".parse::<ParityBy>().is_err());
    let err = s
        .parity(&ParityQuery {
            by: ParityBy::Month,
            from: Some("juin".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert!(err.to_string().contains("juin"), "{err}");
}
