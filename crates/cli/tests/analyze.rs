//! End-to-end tests of `depeche analyze`: the reference article, the record's schema and
//! offsets, and every class of bad input (each must give a clear error naming the file).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn depeche(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args(args)
        .output()
        .expect("run depeche")
}

fn repo(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
        .display()
        .to_string()
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("depeche-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every span's `text` equals the code-point slice of the record's text it points to.
fn check_spans(v: &Value, chars: &[char], path: &str) {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (
                m.get("start").and_then(Value::as_u64),
                m.get("end").and_then(Value::as_u64),
            ) {
                let (s, e) = (s as usize, e as usize);
                assert!(
                    s <= e && e <= chars.len(),
                    "{path}: span {s}..{e} outside text of {} chars",
                    chars.len()
                );
                if let Some(t) = m.get("text").and_then(Value::as_str) {
                    let slice: String = chars[s..e].iter().collect();
                    assert_eq!(
                        slice, t,
                        "{path}: span text differs from the slice it points to"
                    );
                }
            }
            for (k, x) in m {
                if k != "text" {
                    check_spans(x, chars, &format!("{path}.{k}"));
                }
            }
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| check_spans(x, chars, &format!("{path}[{i}]"))),
        _ => {}
    }
}

fn reference() -> Value {
    let o = depeche(&["analyze", &repo("examples/seed-kim-poutine.txt")]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("one JSON record")
}

#[test]
fn reference_article_record_is_valid_against_the_json_schema() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo("schema/depeche-1.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let rec = reference();
    let errors: Vec<String> = validator
        .iter_errors(&rec)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "schema errors: {errors:#?}");
    assert_eq!(rec["schema"], "depeche/1");
}

#[test]
fn reference_article_offsets_are_code_points() {
    let rec = reference();
    let chars: Vec<char> = rec["text"].as_str().unwrap().chars().collect();
    check_spans(&rec, &chars, "$");
}

#[test]
fn reference_article_quotes_and_speakers() {
    let rec = reference();
    let quotes = rec["quotes"].as_array().unwrap();
    let find = |needle: &str| {
        quotes
            .iter()
            .find(|q| q["text"].as_str().unwrap().contains(needle))
            .unwrap_or_else(|| panic!("no quote with {needle:?}"))
    };
    // inverted cue with a role in apposition
    let q = find("ils en paieront le prix");
    assert_eq!(q["kind"], "direct");
    assert_eq!(q["speaker"]["name"], "Jake Sullivan");
    assert_eq!(q["speaker"]["role"], "conseiller à la sécurité nationale");
    // partial quote attributed by a sentence-final inverted cue
    assert_eq!(find("l'image")["speaker"]["name"], "Jake Sullivan");
    // institution after an inverted cue
    assert!(find("Le respecté camarade").get("speaker").unwrap()["name"]
        .as_str()
        .unwrap()
        .contains("communiqué"));
    // metonymy: a capital speaks for its government
    assert_eq!(find("visite officielle")["speaker"]["name"], "Moscou");
    // a source cited with "selon" gives an indirect quotation
    let nyt = find("Moscou cherche à obtenir");
    assert_eq!(nyt["kind"], "indirect");
    assert!(nyt["speaker"]["name"]
        .as_str()
        .unwrap()
        .contains("New York Times"));
    // indirect speech with que
    assert_eq!(
        find("Kim Jong-un souhaitait rencontrer")["speaker"]["name"],
        "Washington"
    );
}

#[test]
fn invalid_utf8_names_the_file_and_byte_offset() {
    let d = tmpdir("utf8");
    let f = d.join("bad.txt");
    std::fs::write(&f, b"Titre\n\nCaf\xe9 cr\xe8me").unwrap();
    let o = depeche(&["analyze", f.to_str().unwrap()]);
    assert!(!o.status.success());
    let e = stderr(&o);
    assert!(
        e.contains("bad.txt") && e.contains("invalid UTF-8 at byte offset 10"),
        "{e}"
    );
}

#[test]
fn empty_file_is_an_error() {
    let d = tmpdir("empty");
    let f = d.join("empty.txt");
    std::fs::write(&f, "  \n\n").unwrap();
    let o = depeche(&["analyze", f.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("empty.txt: empty file"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn binary_file_is_an_error() {
    let d = tmpdir("binary");
    let f = d.join("image.png");
    std::fs::write(&f, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    let o = depeche(&["analyze", f.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("image.png: looks like a binary file"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_100_mb_file_is_refused_without_being_read() {
    let d = tmpdir("huge");
    let f = d.join("huge.txt");
    // a sparse file: 100 MB on paper, nothing on disk, so the test is fast
    std::fs::File::create(&f)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let o = depeche(&["analyze", f.to_str().unwrap()]);
    assert!(!o.status.success());
    let e = stderr(&o);
    assert!(
        e.contains("huge.txt: too large for one article (104857600 bytes"),
        "{e}"
    );
}

#[test]
fn a_large_article_within_the_limit_is_analysed() {
    let d = tmpdir("large");
    let f = d.join("large.txt");
    let para = "Le ministre a déclaré : « Nous irons jusqu'au bout. » Puis il est parti.\n\n";
    std::fs::write(&f, format!("Titre\n\n{}", para.repeat(20_000))).unwrap();
    let o = depeche(&["analyze", "--format", "jsonl", f.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rec: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(rec["quotes"].as_array().unwrap().len(), 20_000);
}

#[test]
fn directory_with_good_and_bad_files_processes_the_good_ones_and_fails() {
    let d = tmpdir("mixed");
    std::fs::write(
        d.join("a.txt"),
        "Titre A\n\nLe maire a déclaré : « Tout va bien. »",
    )
    .unwrap();
    std::fs::write(d.join("b.txt"), b"Titre B\n\n\xff\xfe").unwrap();
    std::fs::write(
        d.join("c.txt"),
        "Titre C\n\nSelon la préfecture, la route est coupée.",
    )
    .unwrap();
    let o = depeche(&["analyze", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8(o.stdout.clone()).unwrap();
    let recs: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), 2, "the two good files give JSON Lines records");
    assert!(recs[0]["source"].as_str().unwrap().ends_with("a.txt"));
    assert!(recs[1]["source"].as_str().unwrap().ends_with("c.txt"));
    let e = stderr(&o);
    assert!(
        e.contains("b.txt: invalid UTF-8") && e.contains("1 of 3 inputs failed"),
        "{e}"
    );
}

#[test]
fn missing_file_and_bad_date_are_clear_errors() {
    let o = depeche(&["analyze", "/nonexistent/article.txt"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("/nonexistent/article.txt: no such file or directory"));
    let o = depeche(&[
        "analyze",
        "--published",
        "2023-13-45",
        &repo("examples/seed-kim-poutine.txt"),
    ]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("not a date"), "{}", stderr(&o));
}

#[test]
fn published_date_given_is_reported_as_given() {
    let o = depeche(&[
        "analyze",
        "--published",
        "2023-09-11",
        &repo("examples/seed-kim-poutine.txt"),
    ]);
    let rec: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(rec["published"], "2023-09-11");
    assert_eq!(rec["published_source"], "given");
}

#[test]
fn both_entity_taggers_find_the_reference_article_people_and_a_wrong_one_is_refused() {
    let path = repo("examples/seed-kim-poutine.txt");
    for mode in ["rules", "combined"] {
        let o = depeche(&["analyze", "--entities", mode, &path]);
        assert!(o.status.success(), "{mode}: {}", stderr(&o));
        let v: Value = serde_json::from_slice(&o.stdout).expect("one JSON record");
        let people: Vec<&str> = v["entities"]
            .as_array()
            .expect("entities")
            .iter()
            .filter(|e| e["type"] == "PER")
            .filter_map(|e| e["name"].as_str())
            .collect();
        for who in ["Kim Jong-un", "Vladimir Poutine", "Jake Sullivan"] {
            assert!(people.contains(&who), "{mode}: {who} not in {people:?}");
        }
    }
    let o = depeche(&["analyze", "--entities", "crf", &path]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("crf"), "{}", stderr(&o));
}
