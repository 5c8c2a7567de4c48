//! Identities across articles ([`depeche_store::identities`]), on every backend: SQLite
//! always, PostgreSQL when `DEPECHE_PG_URL` names a database.

use depeche_store::{identities::DecisionError, SqliteStore, Store, StoreError};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};

static N: AtomicUsize = AtomicUsize::new(0);

fn temp_db(tag: &str) -> String {
    let dir = std::env::temp_dir().join(format!(
        "depeche-identities-{}-{}-{tag}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("test.db").to_str().unwrap().to_string()
}

fn backends(tag: &str) -> Vec<(String, Box<dyn Store>)> {
    let mut out: Vec<(String, Box<dyn Store>)> = vec![(
        "sqlite".into(),
        Box::new(SqliteStore::open(&temp_db(tag)).unwrap()),
    )];
    #[cfg(feature = "postgres")]
    if let Ok(url) = std::env::var("DEPECHE_PG_URL") {
        let schema = format!(
            "id_{}_{}_{}",
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

/// An article naming these entities (PER unless `ORG:` or `LOC:` comes first), with a
/// quotation by the first one.
fn article(url: &str, published: &str, names: &[&str]) -> Value {
    let mut text = format!("Article {url}.");
    let mut ents = Vec::new();
    for (i, n) in names.iter().enumerate() {
        let (ty, name) = match n.split_once(':') {
            Some((t, rest)) if t == "ORG" || t == "LOC" => (t, rest),
            _ => ("PER", *n),
        };
        let start = text.chars().count() + 1;
        text.push_str(&format!(" {name} était là."));
        ents.push(
            json!({"id": format!("e{}", i + 1), "name": name, "type": ty,
            "mentions": [{"start": start, "end": start + name.chars().count(), "text": name}]}),
        );
    }
    let speaker = names[0].split_once(':').map_or(names[0], |p| p.1);
    let q = format!("Nous agirons vite pour {url}");
    let qs = text.chars().count() + 3;
    text.push_str(&format!(" « {q} », a dit {speaker}."));
    json!({"schema": "depeche/1", "id": url, "url": format!("https://ex.fr/{url}"), "text": text,
        "published": published, "entities": ents,
        "quotes": [{"start": qs, "end": qs + q.chars().count(), "text": q, "kind": "direct",
            "speaker": {"name": speaker, "text": speaker, "kind": "person", "entity": "e1"}}]})
}

/// The identity a name's entity page shows, and the articles (store ids) it covers.
fn identity(store: &dyn Store, name: &str) -> Option<(i64, Vec<i64>)> {
    let page = store.entity(name).unwrap()?;
    let ident = page.identity?;
    let mut arts: Vec<i64> = page.mentions.iter().map(|m| m.article).collect();
    arts.sort_unstable();
    arts.dedup();
    Some((ident.id, arts))
}

#[test]
fn a_surname_joins_the_only_full_name_in_its_window() {
    for (name, mut store) in backends("only") {
        let a = store
            .put(&article("a", "2012-05-06", &["François Hollande"]))
            .unwrap()
            .id;
        let b = store
            .put(&article("b", "2012-06-01", &["Hollande"]))
            .unwrap()
            .id;
        let c = store
            .put(&article("c", "2012-07-14", &["le président Hollande"]))
            .unwrap()
            .id;
        // three years later: outside the window, a name of its own
        let d = store
            .put(&article("d", "2015-09-01", &["Hollande"]))
            .unwrap()
            .id;
        let (id, arts) = identity(store.as_ref(), "francois-hollande").unwrap();
        assert_eq!(arts, vec![a, b, c], "{name}");
        let page = store.identity(id).unwrap().unwrap();
        assert_eq!(page.name, "François Hollande", "{name}");
        let variants: Vec<&str> = page.variants.iter().map(|v| v.name.as_str()).collect();
        assert!(
            variants.contains(&"le président Hollande"),
            "{name}: {variants:?}"
        );
        // the quotations of every variant are on the page
        let p = store.entity(&id.to_string()).unwrap().unwrap();
        assert_eq!(p.quotes_by.len(), 3, "{name}");
        assert_eq!(p.statements.len(), 3, "{name}");
        let other = store.entity("hollande").unwrap().unwrap().identity.unwrap();
        // "hollande" is mostly François Hollande's (two rows to one)
        assert_eq!(other.id, id, "{name}");
        let p = store.entity(&d.to_string()).unwrap();
        let _ = p; // article ids are not identity ids: nothing to check
    }
}

#[test]
fn a_shared_surname_with_split_evidence_stays_apart() {
    for (name, mut store) in backends("lepen") {
        let m = store
            .put(&article(
                "m",
                "2012-03-01",
                &["Marine Le Pen", "ORG:Front national", "Florian Philippot"],
            ))
            .unwrap()
            .id;
        let j = store
            .put(&article(
                "j",
                "2012-04-01",
                &["Jean-Marie Le Pen", "ORG:Front national", "LOC:Montretout"],
            ))
            .unwrap()
            .id;
        // the Front national is seen with both: it decides nothing
        let split = store
            .put(&article(
                "s",
                "2012-05-01",
                &["Le Pen", "ORG:Front national"],
            ))
            .unwrap()
            .id;
        // Philippot is seen with Marine Le Pen only
        let marine = store
            .put(&article(
                "p",
                "2012-05-02",
                &["Le Pen", "Florian Philippot"],
            ))
            .unwrap()
            .id;
        let (mid, marts) = identity(store.as_ref(), "marine-le-pen").unwrap();
        let (jid, jarts) = identity(store.as_ref(), "jean-marie-le-pen").unwrap();
        assert_ne!(mid, jid, "{name}");
        assert_eq!(marts, vec![m, marine], "{name}");
        assert_eq!(jarts, vec![j], "{name}");
        assert!(!marts.contains(&split) && !jarts.contains(&split), "{name}");
    }
}

#[test]
fn a_full_name_stored_later_takes_the_surnames_before_it() {
    for (name, mut store) in backends("later") {
        let b = store
            .put(&article("b", "2012-06-01", &["Ayrault"]))
            .unwrap()
            .id;
        let (short, _) = identity(store.as_ref(), "ayrault").unwrap();
        let a = store
            .put(&article("a", "2012-06-20", &["Jean-Marc Ayrault"]))
            .unwrap()
            .id;
        let (id, arts) = identity(store.as_ref(), "jean-marc-ayrault").unwrap();
        assert_eq!(arts, vec![b, a], "{name}");
        // the short identity had nothing left: gone
        assert!(store.identity(short).unwrap().is_none(), "{name}");
        assert_ne!(short, id, "{name}");
    }
}

#[test]
fn deleting_the_only_full_name_gives_the_surnames_back() {
    for (name, mut store) in backends("delete") {
        let a = store
            .put(&article("a", "2012-06-20", &["Jean-Marc Ayrault"]))
            .unwrap()
            .id;
        let b = store
            .put(&article("b", "2012-06-01", &["Ayrault"]))
            .unwrap()
            .id;
        let (id, _) = identity(store.as_ref(), "jean-marc-ayrault").unwrap();
        assert!(store.delete(a).unwrap());
        assert!(store.identity(id).unwrap().is_none(), "{name}");
        let (short, arts) = identity(store.as_ref(), "ayrault").unwrap();
        assert_eq!(arts, vec![b], "{name}");
        assert!(store.delete(b).unwrap());
        assert!(store.identity(short).unwrap().is_none(), "{name}");
        // an update that renames the entity moves the row too
        let c = store
            .put(&article("c", "2012-06-01", &["Ayrault"]))
            .unwrap()
            .id;
        let (old, _) = identity(store.as_ref(), "ayrault").unwrap();
        store
            .put(&article("c", "2012-06-01", &["Manuel Valls"]))
            .unwrap();
        assert!(store.identity(old).unwrap().is_none(), "{name}");
        assert_eq!(
            identity(store.as_ref(), "manuel-valls").unwrap().1,
            vec![c],
            "{name}"
        );
    }
}

#[test]
fn splits_and_merges_are_kept_for_later_articles() {
    for (name, mut store) in backends("decide") {
        let a = store
            .put(&article("a", "2012-05-06", &["François Hollande"]))
            .unwrap()
            .id;
        let b = store
            .put(&article("b", "2012-06-01", &["Hollande"]))
            .unwrap()
            .id;
        let (id, arts) = identity(store.as_ref(), "francois-hollande").unwrap();
        assert_eq!(arts, vec![a, b]);
        // a wrong link undone: "Hollande" kept apart from François Hollande
        let d = store.split_identity(id, "Hollande", None).unwrap();
        assert_eq!((d.from, d.rows), (id, 1), "{name}");
        assert_eq!(
            identity(store.as_ref(), "francois-hollande").unwrap().1,
            vec![a]
        );
        // and it stays apart in articles stored later
        let c = store
            .put(&article("c", "2012-06-02", &["Hollande"]))
            .unwrap()
            .id;
        let (short, sarts) = identity(store.as_ref(), "hollande").unwrap();
        assert_eq!(sarts, vec![b, c], "{name}");
        let page = store.identity(id).unwrap().unwrap();
        assert_eq!(page.decisions, vec!["split: hollande kept apart"], "{name}");
        // merged back: the later articles follow the merge
        let m = store.merge_identities(id, short).unwrap();
        assert_eq!((m.identity, m.rows), (id, 2), "{name}");
        let e = store
            .put(&article("e", "2012-06-03", &["Hollande"]))
            .unwrap()
            .id;
        assert_eq!(
            identity(store.as_ref(), "francois-hollande").unwrap().1,
            vec![a, b, c, e],
            "{name}"
        );
        // two full names merged: a nickname
        let f = store
            .put(&article("f", "2012-06-04", &["Flamby Hollande"]))
            .unwrap()
            .id;
        let (nick, _) = identity(store.as_ref(), "flamby-hollande").unwrap();
        store.merge_identities(id, nick).unwrap();
        let g = store
            .put(&article("g", "2012-06-05", &["Flamby Hollande"]))
            .unwrap()
            .id;
        assert_eq!(
            identity(store.as_ref(), "francois-hollande").unwrap().1,
            vec![a, b, c, e, f, g],
            "{name}"
        );
        // split from one article only
        let d = store
            .split_identity(id, "Flamby Hollande", Some(g))
            .unwrap();
        assert_eq!(d.rows, 1, "{name}");
        assert_eq!(
            identity(store.as_ref(), "francois-hollande").unwrap().1,
            vec![a, b, c, e, f],
            "{name}"
        );
    }
}

/// Every identity with its variants and articles, to check that a refused decision changes
/// nothing.
fn snapshot(store: &dyn Store) -> Vec<String> {
    let mut out = Vec::new();
    for id in 1..50 {
        if let Some(i) = store.identity(id).unwrap() {
            out.push(format!(
                "{id} {} {:?} {:?}",
                i.name, i.variants, i.decisions
            ));
        }
    }
    out
}

#[test]
fn bad_decisions_are_refused_and_change_nothing() {
    for (name, mut store) in backends("bad") {
        store
            .put(&article("a", "2012-05-06", &["François Hollande"]))
            .unwrap();
        store
            .put(&article("b", "2012-06-01", &["Hollande"]))
            .unwrap();
        let (id, _) = identity(store.as_ref(), "francois-hollande").unwrap();
        let before = snapshot(store.as_ref());
        let refused = |r: Result<depeche_store::identities::Decision, StoreError>| match r {
            Err(StoreError::Decision(e)) => e,
            other => panic!("{name}: expected a refused decision, got {other:?}"),
        };
        // unknown identity ids, for a split and for either side of a merge
        let e = refused(store.split_identity(9999, "Hollande", None));
        assert_eq!(e, DecisionError::Unknown(9999));
        assert_eq!(e.to_string(), "no identity 9999 in the store");
        assert_eq!(
            refused(store.merge_identities(9999, id)),
            DecisionError::Unknown(9999)
        );
        assert_eq!(
            refused(store.merge_identities(id, 9998)),
            DecisionError::Unknown(9998)
        );
        // a merge with itself
        let e = refused(store.merge_identities(id, id));
        assert_eq!(
            e.to_string(),
            format!("cannot merge identity {id} with itself")
        );
        // a split of a name the identity does not have
        let e = refused(store.split_identity(id, "Sarkozy", None));
        assert!(
            e.to_string().contains("has no variant \"Sarkozy\"")
                && e.to_string().contains("François Hollande"),
            "{e}"
        );
        // a split of the identity's own name
        assert!(matches!(
            refused(store.split_identity(id, "François Hollande", None)),
            DecisionError::OwnName { .. }
        ));
        // a split in an article where the variant is not
        assert!(matches!(
            refused(store.split_identity(id, "Hollande", Some(12345))),
            DecisionError::NotInArticle { .. }
        ));
        assert_eq!(snapshot(store.as_ref()), before, "{name}");
    }
}

#[test]
fn sqlite_store_made_before_identities_gets_them_when_opened() {
    let db = temp_db("migrate");
    {
        let mut store = SqliteStore::open(&db).unwrap();
        store
            .put(&article("a", "2012-05-06", &["François Hollande"]))
            .unwrap();
        store
            .put(&article("b", "2012-06-01", &["Hollande"]))
            .unwrap();
    }
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(
            "DROP TABLE identities; DROP TABLE identity_suffixes; DROP TABLE identity_decisions;
             DROP INDEX entities_identity; DROP INDEX entities_form;
             ALTER TABLE entities DROP COLUMN identity; ALTER TABLE entities DROP COLUMN form;
             ALTER TABLE entities DROP COLUMN full_name;",
        )
        .unwrap();
    }
    let store = SqliteStore::open(&db).unwrap();
    let (_, arts) = identity(&store, "francois-hollande").unwrap();
    assert_eq!(arts, vec![1, 2]);
}
