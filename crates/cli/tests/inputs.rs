//! `depeche analyze` over the formats of `depeche-readers`: order kept across a parallel
//! batch, bad records reported by file and line and skipped, exit code 1, stdin streaming.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("depeche-inputs-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../readers/tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn jsonl_batch_keeps_order_reports_the_bad_line_and_fails() {
    let d = tmpdir("batch");
    let mut lines = String::new();
    for i in 0..150 {
        if i == 70 {
            lines.push_str("{\"id\": \"broken\"\n");
        } else {
            lines.push_str(&format!(
                "{{\"id\": \"n{i}\", \"url\": \"https://exemple.fr/{i}\", \"text\": \"Titre {i}\\n\\nLe maire a déclaré : « Tout va bien. »\", \"rubrique\": \"x\"}}\n"
            ));
        }
    }
    let f = d.join("batch.jsonl");
    std::fs::write(&f, lines).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args([
            "analyze",
            "--jobs",
            "2",
            f.to_str().unwrap(),
            &fixture("sample.warc.gz"),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let recs: Vec<Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), 149 + 2);
    let ids: Vec<&str> = recs[..149]
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = (0..150)
        .filter(|i| *i != 70)
        .map(|i| format!("n{i}"))
        .collect();
    assert_eq!(ids, expected, "input order is kept");
    assert_eq!(recs[0]["url"], "https://exemple.fr/0");
    assert_eq!(recs[0]["meta"]["rubrique"], "x");
    assert_eq!(recs[149]["url"], "https://exemple.fr/greve-sncf");
    assert_eq!(recs[149]["published_source"], "metadata");
    // records with the new optional fields still follow the schema
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/depeche-1.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for r in [&recs[0], &recs[149]] {
        let errors: Vec<String> = validator.iter_errors(r).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("batch.jsonl:71: invalid JSON"), "{e}");
    assert!(e.contains("151 articles, 1 failures"), "{e}");
}

#[test]
fn jsonl_on_stdin_is_streamed_record_by_record() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args(["analyze", "--format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all("{\"id\": \"s1\", \"text\": \"Titre\\n\\nSelon la préfecture, la route est coupée.\"}\n".as_bytes())
        .unwrap();
    stdin.flush().unwrap();
    // the first record arrives before standard input is closed
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut out, &mut line).unwrap();
    let rec: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(rec["id"], "s1");
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn a_closed_stdout_stops_the_run_with_an_error() {
    // `depeche analyze BIG | head -1`: once the reader of our output is gone, the workers
    // and the input reader must stop too, rather than analyse the rest for nobody
    let d = tmpdir("closed");
    let mut lines = String::new();
    for i in 0..20_000 {
        lines.push_str(&format!(
            "{{\"id\": \"n{i}\", \"text\": \"Titre {i}\\n\\nLe maire a déclaré : « Tout va bien. »\"}}\n"
        ));
    }
    let f = d.join("many.jsonl");
    std::fs::write(&f, lines).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args(["analyze", "--format", "jsonl", "--jobs", "2"])
        .arg(&f)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut out, &mut line).unwrap();
    assert!(line.contains("\"n0\""), "{line}");
    drop(out);
    let o = child.wait_with_output().unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("Broken pipe"), "{err}");
    // the summary is not printed: the run stopped at the error
    assert!(!err.contains("20000 articles"), "{err}");
}
