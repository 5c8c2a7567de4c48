//! The events contract (`Store::events`, the entity page's `events`), run against every
//! backend like `tests/store.rs`: SQLite always, PostgreSQL when `DEPECHE_PG_URL` names a
//! database. Both must answer the same, and a store made before the events table must be given
//! it, filled, on open.

use depeche_store::{EventHit, EventQuery, SqliteStore, Store};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};

static N: AtomicUsize = AtomicUsize::new(0);

fn sqlite_path(tag: &str) -> String {
    let dir = std::env::temp_dir().join(format!(
        "depeche-events-{}-{}-{tag}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("test.db").to_str().unwrap().to_string()
}

/// (backend name, how to open it): SQLite, and PostgreSQL in a schema of its own.
fn targets(tag: &str) -> Vec<(&'static str, String)> {
    let mut out = vec![("sqlite", sqlite_path(tag))];
    if let Ok(url) = std::env::var("DEPECHE_PG_URL") {
        let schema = format!(
            "ev_{tag}_{}_{}",
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

/// An actor as the event stage writes it.
fn actor(name: &str, country: Option<&str>, role: Option<&str>) -> Value {
    let mut a = json!({ "name": name });
    if let Some(c) = country {
        a["country"] = json!(c);
    }
    if let Some(r) = role {
        a["role"] = json!(r);
    }
    a
}

/// An article whose events are (trigger, code, actor1, actor2, date).
fn article(
    n: usize,
    published: &str,
    events: &[(&str, &str, Value, Value, Option<&str>)],
) -> Value {
    let mut text = format!("Article {n}.");
    let mut evs = Vec::new();
    let mut entities: Vec<Value> = Vec::new();
    for (trigger, code, a1, a2, date) in events {
        let start = text.chars().count() + 1;
        text += &format!(" {trigger}.");
        for a in [a1, a2] {
            if let Some(name) = a.get("name").and_then(Value::as_str) {
                if !entities.iter().any(|e| e["name"] == name) {
                    entities.push(
                        json!({"id": format!("e{}", entities.len() + 1), "name": name,
                        "type": "PER", "mentions": [{"start": 0, "end": 1, "text": "A"}]}),
                    );
                }
            }
        }
        evs.push(
            json!({"start": start, "end": start + trigger.chars().count(), "text": trigger,
            "root": &code[..2], "code": code, "actor1": a1, "actor2": a2, "place": null,
            "date": date, "status": "occurred"}),
        );
    }
    json!({"schema": "depeche/1", "id": format!("a{n}"), "text": text,
           "source": format!("https://example.org/{n}"), "published": published,
           "quotes": [], "entities": entities, "places": [], "times": [], "events": evs})
}

fn corpus() -> Vec<Value> {
    let putin = || actor("Vladimir Poutine", Some("RU"), Some("GOV"));
    let kim = || actor("Kim Jong-un", Some("KP"), Some("GOV"));
    let us = || actor("États-Unis", Some("US"), None);
    vec![
        article(
            1,
            "2023-09-11",
            &[
                ("rendra visite", "042", kim(), putin(), Some("2023-09-13")),
                ("accuse", "112", us(), kim(), None),
            ],
        ),
        article(
            2,
            "2023-10-02",
            &[
                ("s'entretient", "040", putin(), kim(), Some("FUTURE_REF")),
                (
                    "sanctionne",
                    "163",
                    us(),
                    actor("Russie", Some("RU"), None),
                    None,
                ),
                (
                    "manifestent",
                    "141",
                    actor("agriculteurs", None, Some("AGR")),
                    Value::Null,
                    None,
                ),
            ],
        ),
    ]
}

fn triggers(s: &dyn Store, q: EventQuery) -> Vec<String> {
    s.events(&q)
        .unwrap()
        .items
        .into_iter()
        .map(|h| h.trigger)
        .collect()
}

fn check(name: &str, s: &dyn Store) {
    // newest article first, in each article the last event first
    assert_eq!(
        triggers(s, EventQuery::default()),
        [
            "manifestent",
            "sanctionne",
            "s'entretient",
            "accuse",
            "rendra visite"
        ],
        "{name}"
    );
    // a root finds every code under it, a full code only itself
    let code = |c: &str| EventQuery {
        code: Some(c.into()),
        ..Default::default()
    };
    assert_eq!(
        triggers(s, code("04")),
        ["s'entretient", "rendra visite"],
        "{name}"
    );
    assert_eq!(triggers(s, code("042")), ["rendra visite"], "{name}");
    // either actor's country, in any case
    let q = EventQuery {
        country: Some("ru".into()),
        ..Default::default()
    };
    assert_eq!(
        triggers(s, q),
        ["sanctionne", "s'entretient", "rendra visite"],
        "{name}"
    );
    // an actor by entity id or by part of its name, accents ignored
    for a in ["kim-jong-un", "jong"] {
        let q = EventQuery {
            actor: Some(a.into()),
            ..Default::default()
        };
        assert_eq!(
            triggers(s, q),
            ["s'entretient", "accuse", "rendra visite"],
            "{name} {a}"
        );
    }
    let q = EventQuery {
        actor: Some("etats unis".into()),
        code: Some("16".into()),
        country: Some("RU".into()),
        ..Default::default()
    };
    assert_eq!(triggers(s, q), ["sanctionne"], "{name}");
    // dates: the event's own day when it names one, else the publication day
    let q = EventQuery {
        from: Some("2023-09-12".into()),
        to: Some("2023-09".into()),
        ..Default::default()
    };
    assert_eq!(triggers(s, q), ["rendra visite"], "{name}");
    // the whole hit
    let hit: EventHit = s
        .events(&code("042"))
        .unwrap()
        .items
        .into_iter()
        .next()
        .unwrap();
    let a1 = hit.actor1.as_ref().unwrap();
    assert_eq!(
        (a1.id.as_str(), a1.country.as_deref(), a1.role.as_deref()),
        ("kim-jong-un", Some("KP"), Some("GOV")),
        "{name}"
    );
    assert_eq!(
        (
            hit.root.as_str(),
            hit.date.as_deref(),
            hit.published.as_deref()
        ),
        ("04", Some("2023-09-13"), Some("2023-09-11")),
        "{name}"
    );
    // pages walk every event once
    let mut seen = Vec::new();
    let mut cursor = None;
    loop {
        let page = s
            .events(&EventQuery {
                limit: 2,
                cursor: cursor.clone(),
                ..Default::default()
            })
            .unwrap();
        seen.extend(page.items.into_iter().map(|h| h.trigger));
        match page.next_cursor {
            Some(c) => cursor = Some(c),
            None => break,
        }
    }
    assert_eq!(seen.len(), 5, "{name}: {seen:?}");
    // the entity page lists the events where it is either actor, in publication order
    let page = s.entity("kim-jong-un").unwrap().unwrap();
    let on_page: Vec<&str> = page.events.iter().map(|e| e.trigger.as_str()).collect();
    assert_eq!(
        on_page,
        ["rendra visite", "accuse", "s'entretient"],
        "{name}"
    );
}

#[test]
fn backends_answer_the_same_event_queries() {
    for (name, db) in targets("queries") {
        let mut s = depeche_store::open(&db).unwrap();
        s.put_batch(&corpus()).unwrap();
        check(name, s.as_ref());
        // putting an article again replaces its events rather than adding to them
        s.put(&corpus()[0]).unwrap();
        let mut changed = corpus()[1].clone();
        changed["events"][2]["code"] = json!("145");
        s.put(&changed).unwrap();
        let q = EventQuery {
            code: Some("14".into()),
            ..Default::default()
        };
        let page = s.events(&q).unwrap();
        assert_eq!(page.items.len(), 1, "{name}");
        assert_eq!(page.items[0].code, "145", "{name}");
        assert_eq!(s.events(&EventQuery::default()).unwrap().items.len(), 5);
    }
}

#[test]
fn a_store_made_before_events_is_filled_on_open() {
    for (name, db) in targets("migrate") {
        {
            let mut s = depeche_store::open(&db).unwrap();
            s.put_batch(&corpus()).unwrap();
        }
        // what a store of the previous version looks like: no events table
        let drop = "DROP TABLE events;";
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
        check(name, s.as_ref());
    }
}

#[test]
fn bad_event_queries_are_refused_with_the_reason() {
    let s = SqliteStore::open(&sqlite_path("bad")).unwrap();
    for (q, needle) in [
        (
            EventQuery {
                code: Some("visite".into()),
                ..Default::default()
            },
            "visite",
        ),
        (
            EventQuery {
                code: Some("04%".into()),
                ..Default::default()
            },
            "04%",
        ),
        (
            EventQuery {
                country: Some("Russie".into()),
                ..Default::default()
            },
            "Russie",
        ),
        (
            EventQuery {
                from: Some("hier".into()),
                ..Default::default()
            },
            "hier",
        ),
        (
            EventQuery {
                cursor: Some("x1".into()),
                ..Default::default()
            },
            "cursor",
        ),
        (
            EventQuery {
                actor: Some("a".repeat(1001)),
                ..Default::default()
            },
            "too long",
        ),
    ] {
        let err = s.events(&q).unwrap_err().to_string();
        assert!(err.contains(needle), "{err}");
    }
}
