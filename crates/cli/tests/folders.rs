//! Folders are read with judgement: `depeche analyze DIR` and `depeche ingest DIR` take the
//! article formats (by extension, optionally compressed; or, without an extension, by
//! content) and skip scripts, notes and data files, counting them in the summary line and
//! naming them with `--verbose`; a file named on the command line is always read.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A short article, different for each `n` (the store takes the same text as one article).
fn article(n: u32) -> String {
    format!("Titre de l'article {n}\n\n« Nous partirons demain », a déclaré Marie Curie, lundi {n} septembre 2023.\n")
}

fn depeche() -> Command {
    Command::new(env!("CARGO_BIN_EXE_depeche"))
}

/// A folder of news with other things in it. Returns the folder, the names that hold
/// articles and the names that do not.
fn mixed_folder(tag: &str) -> (PathBuf, Vec<&'static str>, Vec<&'static str>) {
    let d = std::env::temp_dir().join(format!("depeche-folders-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(d.join("sub")).unwrap();
    let w = |name: &str, bytes: &[u8]| std::fs::write(d.join(name), bytes).unwrap();
    // articles: by extension (any case, compressed or not), and by content without one
    w("a.txt", article(1).as_bytes());
    w(
        "b.HTML",
        format!(
            "<html><body><h1>Titre</h1><p>{}</p></body></html>",
            article(2)
        )
        .as_bytes(),
    );
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(article(3).as_bytes()).unwrap();
    w("sub/c.txt.gz", &gz.finish().unwrap());
    w(
        "d.jsonl",
        br#"{"id": "d", "text": "Titre\n\nIl viendra demain, a dit Paul Durand."}"#,
    );
    w("depeche-du-jour", article(4).as_bytes());
    w(
        "page",
        b"<!DOCTYPE html><html><body><p>Le maire a dit bonjour.</p></body></html>",
    );
    // not articles: scripts, code, notes in other formats, data, a binary, a script without
    // an extension, a compressed script
    w("run.sh", b"#!/bin/sh\necho bonjour\n");
    w("analyse.py", b"def main():\n    print('bonjour')\n");
    w("notes.md", b"# Notes\n\nLe maire a dit bonjour.\n");
    w("sub/table.csv", b"a,b\n1,2\n");
    w(
        "photo.jpg",
        &[0xff, 0xd8, 0xff, 0xe0, 0, 0x10, b'J', b'F', b'I', b'F'],
    );
    w("Makefile", b"all:\n\t$(CC) -o main main.c\n");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(b"#!/usr/bin/env python3\nprint(1)\n").unwrap();
    w("tool", &gz.finish().unwrap());
    (
        d,
        vec![
            "a.txt",
            "b.HTML",
            "sub/c.txt.gz",
            "d.jsonl",
            "depeche-du-jour",
            "page",
        ],
        vec![
            "Makefile",
            "analyse.py",
            "notes.md",
            "photo.jpg",
            "run.sh",
            "sub/table.csv",
            "tool",
        ],
    )
}

fn sources(stdout: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            v["source"].as_str().unwrap().to_string()
        })
        .collect()
}

fn check(out: &Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{err}");
    err
}

#[test]
fn analyze_reads_the_articles_of_a_folder_and_counts_the_rest() {
    let (d, articles, others) = mixed_folder("analyze");
    let out = depeche()
        .args(["analyze", "--format", "jsonl"])
        .arg(&d)
        .output()
        .unwrap();
    let err = check(&out);
    let got = sources(&out.stdout);
    let base = |s: &str| Path::new(s).strip_prefix(&d).unwrap().display().to_string();
    // a JSON Lines article's source is `FILE:LINE`
    let mut read: Vec<String> = got.iter().map(|s| base(s.trim_end_matches(":1"))).collect();
    read.sort();
    read.dedup();
    let mut want: Vec<String> = articles.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(read, want, "{err}");
    assert!(
        err.contains(&format!(
            ", {} files skipped: not an article format",
            others.len()
        )),
        "{err}"
    );
    // without --verbose the skipped files are counted, not named
    assert!(!err.contains("run.sh"), "{err}");
}

#[test]
fn verbose_names_each_skipped_file() {
    let (d, articles, others) = mixed_folder("verbose");
    let out = depeche()
        .args(["analyze", "--verbose", "--format", "jsonl"])
        .arg(&d)
        .output()
        .unwrap();
    let err = check(&out);
    for o in &others {
        let line = format!("{}: skipped: not an article format", d.join(o).display());
        assert!(err.contains(&line), "{line} missing in:\n{err}");
    }
    for a in &articles {
        assert!(
            !err.contains(&format!("{}: skipped", d.join(a).display())),
            "{a}: {err}"
        );
    }
}

#[test]
fn a_file_named_explicitly_is_always_read() {
    let (d, _, _) = mixed_folder("named");
    let notes = d.join("notes.md");
    let out = depeche()
        .args(["analyze", "--format", "jsonl"])
        .arg(&notes)
        .output()
        .unwrap();
    let err = check(&out);
    assert_eq!(sources(&out.stdout), [notes.display().to_string()]);
    assert!(!err.contains("skipped"), "{err}");
}

#[test]
fn ingest_stores_the_articles_of_a_folder_and_counts_the_rest() {
    let (d, articles, others) = mixed_folder("ingest");
    let db = d.with_extension("db");
    let _ = std::fs::remove_file(&db);
    let out = depeche()
        .args(["ingest", "--db", db.to_str().unwrap()])
        .arg(&d)
        .output()
        .unwrap();
    let err = check(&out);
    // d.jsonl holds one article, like the other files
    assert!(
        err.contains(&format!("{} new, 0 updated", articles.len())),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{} files skipped: not an article format",
            others.len()
        )),
        "{err}"
    );
    let _ = std::fs::remove_file(&db);
}
