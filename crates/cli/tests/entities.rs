//! `depeche entities show|split|merge` end to end: a wrong link undone and kept undone for
//! articles stored later, and each class of bad input refused by name with nothing lost.

use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::{Command, Output};

fn depeche() -> Command {
    Command::new(env!("CARGO_BIN_EXE_depeche"))
}

fn temp_dir(tag: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("depeche-cli-entities-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A `depeche/1` record naming one person.
fn record(url: &str, published: &str, name: &str) -> Value {
    let text = format!("{name} était à Lyon ({url}).");
    json!({"schema": "depeche/1", "id": url, "url": format!("https://ex.fr/{url}"), "text": text,
        "published": published,
        "entities": [{"id": "e1", "name": name, "type": "PER",
            "mentions": [{"start": 0, "end": name.chars().count(), "text": name}]}]})
}

fn ingest(db: &str, dir: &std::path::Path, name: &str, records: &[Value]) {
    let p = dir.join(name);
    let lines: Vec<String> = records.iter().map(Value::to_string).collect();
    std::fs::write(&p, lines.join("\n") + "\n").unwrap();
    let out = depeche()
        .args(["ingest", "--records", "--db", db])
        .arg(&p)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn entities(db: &str, args: &[&str]) -> Output {
    depeche()
        .arg("entities")
        .arg(args[0])
        .args(["--db", db])
        .args(&args[1..])
        .output()
        .unwrap()
}

fn show(db: &str, id: &str) -> Value {
    let out = entities(db, &["show", id]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn articles(page: &Value) -> Vec<i64> {
    let mut a: Vec<i64> = page["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["article"].as_i64().unwrap())
        .collect();
    a.sort_unstable();
    a
}

#[test]
fn split_and_merge_are_kept_and_bad_input_is_refused() {
    let dir = temp_dir("decide");
    let db = dir.join("news.db");
    let db = db.to_str().unwrap();
    ingest(
        db,
        &dir,
        "first.jsonl",
        &[
            record("a", "2012-05-06", "François Hollande"),
            record("b", "2012-06-01", "Hollande"),
        ],
    );
    let page = show(db, "francois-hollande");
    let id = page["identity"]["id"].as_i64().unwrap();
    assert_eq!(articles(&page), vec![1, 2]);
    let variants: Vec<&str> = page["identity"]["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    assert_eq!(variants, vec!["François Hollande", "Hollande"]);
    let ids = id.to_string();

    // each class of bad input: a clear message, exit status 2, nothing changed
    let bad: &[(&[&str], &str)] = &[
        (
            &["split", "999", "Hollande"],
            "no identity 999 in the store",
        ),
        (&["merge", &ids, "999"], "no identity 999 in the store"),
        (&["merge", "999", &ids], "no identity 999 in the store"),
        (
            &["merge", &ids, &ids],
            &format!("cannot merge identity {id} with itself"),
        ),
        (&["split", &ids, "Sarkozy"], "has no variant \"Sarkozy\""),
        (
            &["split", &ids, "François Hollande"],
            "is the name identity",
        ),
        (
            &["split", &ids, "Hollande", "--article", "77"],
            "is not mentioned in article 77",
        ),
        (&["split", "douze", "Hollande"], "invalid value 'douze'"),
    ];
    for (args, message) in bad {
        let out = entities(db, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} was accepted");
        assert!(err.contains(message), "{args:?}: {err}");
        assert_eq!(show(db, &ids), page, "{args:?} changed the store");
    }
    let out = entities(db, &["show", "nobody"]);
    assert_eq!(out.status.code(), Some(1));

    // a split, kept for an article stored later
    let out = entities(db, &["split", &ids, "Hollande"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let done: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(done["rows"], 1);
    ingest(
        db,
        &dir,
        "later.jsonl",
        &[record("c", "2012-06-02", "Hollande")],
    );
    assert_eq!(articles(&show(db, &ids)), vec![1]);
    let short = show(db, "hollande");
    assert_eq!(articles(&short), vec![2, 3]);
    // and merged back
    let sid = short["identity"]["id"].as_i64().unwrap().to_string();
    let out = entities(db, &["merge", &ids, &sid]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(articles(&show(db, &ids)), vec![1, 2, 3]);
}
