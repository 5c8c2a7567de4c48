//! Re-ingesting costs reading and hashing only: an article stored before with the same text,
//! address and source is not analysed again (so options that would change its analysis leave
//! it as it is), `--reanalyze` analyses it again, and a changed text is analysed.

use std::path::{Path, PathBuf};
use std::process::Command;

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/seed-kim-poutine.txt")
}

/// `depeche ingest` with `args`; its summary line.
fn ingest(db: &Path, args: &[&str], inputs: &[&Path]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args(["ingest", "--db", db.to_str().unwrap()])
        .args(args)
        .args(inputs)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{err}");
    err
}

#[test]
fn unchanged_articles_are_not_analysed_again() {
    let dir = std::env::temp_dir().join(format!("depeche-reingest-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("news.db");
    let other = dir.join("autre.txt");
    std::fs::write(
        &other,
        "Titre\n\n« Nous partirons demain », a déclaré Marie Curie, lundi 11 septembre 2023.\n",
    )
    .unwrap();
    let (a, b) = (example(), other.clone());

    let first = ingest(&db, &[], &[&a, &b]);
    assert!(first.contains("2 new, 0 updated, 0 unchanged"), "{first}");
    // a publication date given now would change the records' analysis: as they are not
    // analysed again, they stay as they are
    let again = ingest(&db, &["--published", "2020-01-01"], &[&a, &b]);
    assert!(again.contains("0 new, 0 updated, 2 unchanged"), "{again}");
    // unless asked
    let re = ingest(
        &db,
        &["--published", "2020-01-01", "--reanalyze"],
        &[&a, &b],
    );
    assert!(re.contains("0 new, 2 updated, 0 unchanged"), "{re}");
    // and with --reanalyze, the same analysis again changes nothing
    let same = ingest(
        &db,
        &["--published", "2020-01-01", "--reanalyze"],
        &[&a, &b],
    );
    assert!(same.contains("0 new, 0 updated, 2 unchanged"), "{same}");

    // a changed text is analysed (without an address, an article is its text: a new one)
    std::fs::write(
        &other,
        "Titre\n\n« Nous partirons après-demain », a déclaré Marie Curie, lundi 11 septembre 2023.\n",
    )
    .unwrap();
    let changed = ingest(&db, &[], &[&a, &b]);
    assert!(
        changed.contains("1 new, 0 updated, 1 unchanged"),
        "{changed}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
