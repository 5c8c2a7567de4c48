//! `depeche export` and `depeche analyze --format parquet|csv|rows` through the binary:
//! tables read back with the parquet crate match the JSON records; bad arguments and bad
//! stores are refused with a message naming the problem.

use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn depeche(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args(args)
        .output()
        .unwrap()
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("depeche-cli-export-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Three articles as JSON Lines: the reference article and two short dispatches.
fn corpus(dir: &Path) -> PathBuf {
    let seed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/seed-kim-poutine.txt"),
    )
    .unwrap();
    let lines = [
        serde_json::json!({"id": "seed", "url": "https://exemple.fr/seed", "text": seed}),
        serde_json::json!({"id": "cgt", "published": "2024-03-05", "text": "Grève\n\n« Nous ne lâcherons rien », a déclaré Sophie Binet, secrétaire générale de la CGT, à Lyon."}),
        serde_json::json!({"id": "route", "text": "Route\n\nSelon la préfecture, la route de Marseille est coupée depuis lundi."}),
    ];
    let f = dir.join("corpus.jsonl");
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&f, text).unwrap();
    f
}

fn records(input: &Path) -> Vec<Value> {
    let o = depeche(&["analyze", "--format", "jsonl", input.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Rows of a Parquet file as maps column → JSON-like text.
fn parquet_rows(path: &Path) -> Vec<Vec<(String, Field)>> {
    let reader = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
    reader
        .get_row_iter(None)
        .unwrap()
        .map(|r| {
            r.unwrap()
                .get_column_iter()
                .map(|(n, f)| (n.clone(), f.clone()))
                .collect()
        })
        .collect()
}

fn get<'a>(row: &'a [(String, Field)], col: &str) -> &'a Field {
    &row.iter().find(|(n, _)| n == col).unwrap().1
}

fn check_tables(dir: &Path, recs: &[Value]) {
    let articles = parquet_rows(&dir.join("articles.parquet"));
    let quotes = parquet_rows(&dir.join("quotes.parquet"));
    let places = parquet_rows(&dir.join("places.parquet"));
    assert_eq!(articles.len(), recs.len());
    let n = |k: &str| -> usize { recs.iter().map(|r| r[k].as_array().unwrap().len()).sum() };
    assert_eq!(quotes.len(), n("quotes"));
    assert_eq!(places.len(), n("places"));
    assert!(quotes.len() >= 4 && !places.is_empty());
    for r in recs {
        let id = r["id"].as_str().unwrap();
        let a = articles
            .iter()
            .find(|a| *get(a, "article_id") == Field::Str(id.into()))
            .unwrap_or_else(|| panic!("article {id}"));
        assert_eq!(
            *get(a, "text"),
            Field::Str(r["text"].as_str().unwrap().into())
        );
        assert_eq!(
            *get(a, "quotes"),
            Field::Long(r["quotes"].as_array().unwrap().len() as i64)
        );
        let mine: Vec<&Vec<(String, Field)>> = quotes
            .iter()
            .filter(|q| *get(q, "article_id") == Field::Str(id.into()))
            .collect();
        for (i, jq) in r["quotes"].as_array().unwrap().iter().enumerate() {
            let q = mine
                .iter()
                .find(|q| *get(q, "quote_index") == Field::Long(i as i64))
                .unwrap();
            assert_eq!(
                *get(q, "text"),
                Field::Str(jq["text"].as_str().unwrap().into())
            );
            assert_eq!(*get(q, "start"), Field::Long(jq["start"].as_i64().unwrap()));
            match jq["speaker"]["name"].as_str() {
                Some(s) => assert_eq!(*get(q, "speaker_name"), Field::Str(s.into())),
                None => assert_eq!(*get(q, "speaker_name"), Field::Null),
            }
        }
    }
    let cgt = articles
        .iter()
        .find(|a| *get(a, "article_id") == Field::Str("cgt".into()))
        .unwrap();
    // 2024-03-05 is day 19787 after 1970-01-01
    assert_eq!(*get(cgt, "published"), Field::Date(19787));
}

#[test]
fn analyze_to_parquet_matches_the_json_records() {
    let d = tmpdir("analyze");
    let input = corpus(&d);
    let recs = records(&input);
    let out = d.join("tables");
    let o = depeche(&[
        "analyze",
        "--format",
        "parquet",
        "--out",
        out.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout.is_empty(), "tables go to files, not stdout");
    check_tables(&out, &recs);
    // CSV too: one line per row plus the header
    let csv_out = d.join("csv");
    let o = depeche(&[
        "analyze",
        "--format",
        "csv",
        "--out",
        csv_out.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut rd = csv::Reader::from_path(csv_out.join("quotes.csv")).unwrap();
    let n: usize = recs
        .iter()
        .map(|r| r["quotes"].as_array().unwrap().len())
        .sum();
    assert_eq!(rd.records().count(), n);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn export_from_a_store_matches_the_json_records() {
    let d = tmpdir("store");
    let input = corpus(&d);
    let recs = records(&input);
    let db = d.join("news.db");
    let made = d.join("records.jsonl");
    let lines: String = recs.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(&made, lines).unwrap();
    let o = depeche(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        "--records",
        made.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = d.join("tables");
    let o = depeche(&[
        "export",
        "--db",
        db.to_str().unwrap(),
        "--format",
        "parquet",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("exported 3 articles"), "{}", stderr(&o));
    check_tables(&out, &recs);
    // a second export into the same directory is refused, naming the file
    let o = depeche(&[
        "export",
        "--db",
        db.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("articles.parquet: already exists"),
        "{}",
        stderr(&o)
    );
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn bad_arguments_and_bad_stores_are_clear_errors() {
    let d = tmpdir("bad");
    let input = corpus(&d);
    let input = input.to_str().unwrap();
    let o = depeche(&["analyze", "--format", "parquet", input]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--out DIR"), "{}", stderr(&o));
    let o = depeche(&["analyze", "--format", "jsonl", "--out", "x", input]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--out is only for"), "{}", stderr(&o));
    let not_a_store = d.join("notes.txt");
    std::fs::write(&not_a_store, "pas une base").unwrap();
    let o = depeche(&[
        "export",
        "--db",
        not_a_store.to_str().unwrap(),
        "--out",
        d.join("t").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("notes.txt"), "{}", stderr(&o));
    assert!(!d.join("t").join("articles.parquet").exists());
    let o = depeche(&["export", "--out", d.join("t").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "--db is required");
    let file_as_dir = d.join("file");
    std::fs::write(&file_as_dir, "").unwrap();
    let o = depeche(&[
        "analyze",
        "--format",
        "csv",
        "--out",
        file_as_dir.to_str().unwrap(),
        input,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a directory"), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn print_schema_lists_the_seven_tables() {
    let o = depeche(&["export", "--print-schema"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let names: Vec<&str> = v["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["articles", "quotes", "entities", "mentions", "times", "places", "events"]
    );
    let quotes = &v["tables"][1]["columns"];
    assert!(quotes
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["name"] == "speaker_entity_id" && c["type"] == "string"));
}

/// Lines written one at a time on a pipe; each answer is read back before the next line is
/// written, so the test fails (hangs, then times out in the harness) if the binary waits for
/// more input or for the end of standard input before answering.
fn lockstep(format: &str, mut expect: impl FnMut(&str, &[String])) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args(["analyze", "--format", format, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    for i in 0..5 {
        let id = format!("s{i}");
        let line = serde_json::json!({"id": id, "text": format!("Titre {i}\n\n« Tout va bien », a déclaré le maire de Lyon, Jean Dupont.")});
        stdin.write_all(format!("{line}\n").as_bytes()).unwrap();
        stdin.flush().unwrap();
        let mut got: Vec<String> = Vec::new();
        let mut read = || {
            let mut l = String::new();
            assert!(out.read_line(&mut l).unwrap() > 0, "stdout closed early");
            l.trim_end().to_string()
        };
        if format == "jsonl" {
            got.push(read());
        } else {
            // rows: skip what is left of the previous article, then this article's row and
            // the row of its one quotation, which come next
            let head = format!("{{\"table\":\"articles\",\"article_id\":\"{id}\"");
            loop {
                let l = read();
                if l.starts_with(&head) {
                    got.push(l);
                    break;
                }
            }
            got.push(read());
        }
        expect(&id, &got);
    }
    drop(stdin);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
    assert!(child.wait().unwrap().success());
    if format == "rows" {
        // entities, mentions and places of the last article came after its quote row
        assert!(rest.lines().all(|l| l.starts_with("{\"table\":")), "{rest}");
    }
}

#[test]
fn jsonl_on_stdin_answers_each_line_before_the_next_is_written() {
    lockstep("jsonl", |id, got| {
        let rec: Value = serde_json::from_str(&got[0]).unwrap();
        assert_eq!(rec["id"], id);
        assert_eq!(rec["quotes"][0]["speaker"]["name"], "Jean Dupont");
    });
}

#[test]
fn rows_on_stdin_are_streamed_article_by_article() {
    let mut seen = 0;
    lockstep("rows", |id, got| {
        let a: Value = serde_json::from_str(&got[0]).unwrap();
        assert_eq!(a["table"], "articles");
        assert_eq!(a["article_id"], id);
        let q: Value = serde_json::from_str(&got[1]).unwrap();
        assert_eq!(q["table"], "quotes");
        assert_eq!(q["text"], "Tout va bien");
        assert_eq!(q["speaker_name"], "Jean Dupont");
        seen += 1;
    });
    assert_eq!(seen, 5);
}
