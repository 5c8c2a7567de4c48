//! `depeche train` (through `depeche_entities::train::train`) on a tiny committed fixture with
//! the layout of `../shared/data`: the same seed gives the same bytes, and bad data files are
//! refused with their name and line.

use depeche_entities::train::train;
use std::fs;
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/train-data")
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("depeche-train-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    d
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            fs::copy(e.path(), dest).unwrap();
        }
    }
}

#[test]
fn same_data_same_seed_same_bytes() {
    let (a, b) = (scratch("a"), scratch("b"));
    let report = train(&fixture(), &a).expect("training on the fixture");
    train(&fixture(), &b).expect("training again");
    assert!(report.contains("pos accuracy"), "{report}");
    for file in ["pos.bin", "ner.bin", "lexicon.txt"] {
        let (x, y) = (
            fs::read(a.join(file)).unwrap(),
            fs::read(b.join(file)).unwrap(),
        );
        assert!(x.len() > 8, "{file} is empty");
        assert_eq!(x, y, "{file} differs between two runs");
    }
    // the model learnt something from the fixture: its lexicon holds the fixture's words
    let lex = fs::read_to_string(a.join("lexicon.txt")).unwrap();
    assert!(lex.contains("\nministre\tNOUN\n"), "{lex}");
    let _ = fs::remove_dir_all(&a);
    let _ = fs::remove_dir_all(&b);
}

#[test]
fn bad_data_is_refused_with_file_and_line() {
    let missing = scratch("missing");
    let err = train(&missing, &scratch("out-missing"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("fr_sequoia-ud-train.conllu"), "{err}");

    let cases = [
        (
            "ud-french-sequoia/fr_sequoia-ud-train.conllu",
            "1\tLa\n",
            ":1:",
        ),
        (
            "europeana-ner-fr/enp_FR.bnf.bio/enp_FR.bnf.bio",
            "Paris I-LOC\nnospace\n",
            ":2:",
        ),
        (
            "hipe2022-newseye-fr/newseye/fr/HIPE-2022-v2.1-newseye-dev-fr.tsv",
            "Paris\n",
            ":1:",
        ),
    ];
    for (k, (file, body, at)) in cases.iter().enumerate() {
        let data = scratch(&format!("bad{k}"));
        copy_dir(&fixture(), &data);
        fs::write(data.join(file), body).unwrap();
        let err = train(&data, &scratch(&format!("out{k}")))
            .unwrap_err()
            .to_string();
        let name = Path::new(file).file_name().unwrap().to_str().unwrap();
        assert!(err.contains(name) && err.contains(at), "{file}: {err}");
        let _ = fs::remove_dir_all(&data);
    }
}
