//! `depeche ingest` and `depeche search` end to end on the shared Wikinews pages (HTML, read
//! by the same readers as `depeche analyze`) and the development articles: known answers,
//! re-ingest, every input format, bad inputs and store files, a SIGKILL mid-run, and two
//! processes on one file.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn depeche() -> Command {
    Command::new(env!("CARGO_BIN_EXE_depeche"))
}

/// The shared data directory (`../shared/data` beside the repository), or `None` with the
/// reason printed when it is absent or `DEPECHE_NO_SHARED=1` hides it: the repository must
/// pass its tests alone, and CI proves it by running them a second time with the variable set.
fn shared() -> Option<PathBuf> {
    if std::env::var("DEPECHE_NO_SHARED").is_ok_and(|v| v == "1") {
        eprintln!("skipped: DEPECHE_NO_SHARED=1 hides ../shared/data");
        return None;
    }
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if p.join("wikinews-fr/html").is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared/data/wikinews-fr/html not found beside the repository");
        None
    }
}

fn temp_db(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("depeche-cli-store-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("news.db")
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{:?}: {}",
        cmd,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn search(db: &Path, args: &[&str]) -> Value {
    let out = run(depeche()
        .args(["search", "--db", db.to_str().unwrap(), "--format", "json"])
        .args(args));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn titles(v: &Value) -> Vec<String> {
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["title"].as_str().unwrap_or("").to_string())
        .collect()
}

fn ingest_all(db: &Path, data: &Path) -> String {
    let dev: Vec<PathBuf> = std::fs::read_dir(data.join("dev-articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    let out = run(depeche()
        .args(["ingest", "--db", db.to_str().unwrap()])
        .arg(data.join("wikinews-fr/html"))
        .args(&dev));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn known_answers_and_reingest() {
    let Some(data) = shared() else {
        return;
    };
    let db = temp_db("known");
    let first = ingest_all(&db, &data);
    assert!(first.contains(" new, 0 updated"), "{first}");
    let all = search(&db, &["--limit", "1000"]);
    let n = all["items"].as_array().unwrap().len();
    assert!(n >= 100, "{n} articles stored");

    // (query arguments, a title the first hit must contain)
    let table: &[(&[&str], &str)] = &[
        (&["SpaceX"], "Space X Dragon"),
        (&["Thierry Roland"], "disparition de Thierry Roland"),
        (&["nucleaire", "--speaker", "Hollande"], "Montebourg"),
        (&["elysee"], "fonds commun"),
        (&["ÉLYSÉE"], "fonds commun"),
        (
            &["Roland", "--from", "2012-06-16", "--to", "2012-06-16"],
            "Thierry Roland",
        ),
        (&["--source", "44231"], "Thierry Roland"),
    ];
    for (args, expected) in table {
        let t = titles(&search(&db, args));
        assert!(
            t.first().is_some_and(|t| t.contains(expected)),
            "{args:?}: {t:?}"
        );
    }
    // no match, and SQL or FTS syntax as plain words
    for q in ["zzzqqq", "'; DROP TABLE articles; --", "NEAR(\"a\" b) OR *"] {
        assert!(titles(&search(&db, &[q])).is_empty(), "{q}");
    }
    let hollande = search(&db, &["--quotes", "--speaker", "hollande"]);
    let items = hollande["items"].as_array().unwrap();
    assert!(!items.is_empty());
    for h in items {
        assert!(h["speaker"].as_str().unwrap().contains("Hollande"), "{h}");
    }
    // the table format reads as a table
    let out = run(depeche().args(["search", "--db", db.to_str().unwrap(), "SpaceX"]));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.starts_with("ID "), "{table}");
    assert!(table.contains("Space X Dragon"), "{table}");

    // the same inputs again change nothing
    let again = ingest_all(&db, &data);
    assert!(again.contains(": 0 new, 0 updated"), "{again}");
    let all2 = search(&db, &["--limit", "1000"]);
    assert_eq!(all2["items"].as_array().unwrap().len(), n);
}

#[test]
fn bad_store_files_are_named() {
    let db = temp_db("bad");
    std::fs::write(&db, vec![b'x'; 4096]).unwrap();
    let input = db.with_file_name("a.txt");
    std::fs::write(&input, "Titre\n\nBonjour, a dit Jean.\n").unwrap();
    for args in [
        vec![
            "ingest",
            "--db",
            db.to_str().unwrap(),
            input.to_str().unwrap(),
        ],
        vec!["search", "--db", db.to_str().unwrap(), "x"],
    ] {
        let out = depeche().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(db.to_str().unwrap()), "{err}");
        assert!(err.contains("not a database"), "{err}");
    }
    let ok = db.with_file_name("ok.db");
    let out = depeche()
        .args([
            "search",
            "--db",
            ok.to_str().unwrap(),
            "--from",
            "2012-99-01",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a date"));
}

#[cfg(unix)]
#[test]
fn sigkill_mid_ingest_then_resume() {
    let Some(data) = shared() else {
        return;
    };
    let db = temp_db("kill");
    // six copies of each Wikinews article (a first line tells them apart; the searches list
    // copies too), analysed on one thread: enough work that the kill lands mid-run however
    // fast the analysis gets
    let inputs = db.with_file_name("in");
    std::fs::create_dir_all(&inputs).unwrap();
    for entry in std::fs::read_dir(data.join("wikinews-fr/txt")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        for copy in 1..=6 {
            let name = format!("{stem}-{copy}.txt");
            std::fs::write(inputs.join(name), format!("Copie {copy}.\n\n{text}")).unwrap();
        }
    }
    let total = std::fs::read_dir(&inputs).unwrap().count();
    assert!(
        total <= 1000,
        "the searches below list at most 1000 articles"
    );
    let mut child = depeche()
        .args([
            "ingest",
            "--jobs",
            "1",
            "--batch",
            "4",
            "--db",
            db.to_str().unwrap(),
        ])
        .arg(&inputs)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // wait until some batches are committed, then kill without warning
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let stored_before = loop {
        std::thread::sleep(std::time::Duration::from_millis(50));
        if db.exists() {
            let out = depeche()
                .args([
                    "search",
                    "--db",
                    db.to_str().unwrap(),
                    "--format",
                    "json",
                    "--limit",
                    "1000",
                    "--all-copies",
                ])
                .output()
                .unwrap();
            if out.status.success() {
                let v: Value = serde_json::from_slice(&out.stdout).unwrap();
                let ids: Vec<i64> = v["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|h| h["id"].as_i64().unwrap())
                    .collect();
                if ids.len() >= 8 {
                    break ids;
                }
            }
        }
        assert!(
            std::time::Instant::now() < deadline,
            "ingest made no progress"
        );
    };
    child.kill().unwrap(); // SIGKILL on unix
    let status = child.wait().unwrap();
    // the kill must land mid-run (the process died of it), or the test proves nothing
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(
        status.signal(),
        Some(9),
        "ingest ended before the kill: {status}"
    );
    assert!(stored_before.len() < total);
    // every article seen before the kill is intact (its record reads back)
    let before: Vec<Value> = stored_before
        .iter()
        .map(|id| {
            search(&db, &["--limit", "1000", "--all-copies"])["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|h| h["id"].as_i64() == Some(*id))
                .cloned()
                .expect("committed article kept")
        })
        .collect();
    // resume: completes, nothing twice
    let out = run(depeche()
        .args(["ingest", "--db", db.to_str().unwrap()])
        .arg(&inputs));
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(summary.contains("0 failed"), "{summary}");
    let after = search(&db, &["--limit", "1000", "--all-copies"]);
    let items = after["items"].as_array().unwrap();
    assert_eq!(items.len(), total, "{summary}");
    let mut sources: Vec<&str> = items
        .iter()
        .map(|h| h["source"].as_str().unwrap())
        .collect();
    sources.sort();
    sources.dedup();
    assert_eq!(sources.len(), total, "duplicates after resume");
    // a hit's own fields stay as they were; its wire-copy cluster may have grown since
    let own = |h: &Value| {
        let mut h = h.clone();
        if let Some(o) = h.as_object_mut() {
            o.remove("copies");
            o.remove("cluster");
        }
        h
    };
    let items: Vec<Value> = items.iter().map(own).collect();
    for b in &before {
        assert!(items.contains(&own(b)), "changed after resume: {b}");
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../readers/tests/fixtures")
        .join(name)
}

/// `ingest` reads what `analyze` reads: HTML, JSON Lines, WARC (gzip), plain text; a bad file,
/// a bad line and a bad record are each reported with their place, the rest is stored, and
/// the exit code says something failed.
#[test]
fn ingest_reads_every_format_and_names_bad_inputs() {
    let db = temp_db("formats");
    let d = db.parent().unwrap().join("in");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(
        d.join("page.html"),
        "<html lang=\"fr\"><head><title>Grève à Lyon</title>\
         <link rel=\"canonical\" href=\"https://exemple.fr/greve-lyon\">\
         <meta property=\"article:published_time\" content=\"2023-09-11T08:00:00Z\"></head><body>\
         <nav>Accueil | Sports | Météo</nav><article><h1>Grève à Lyon</h1>\
         <p>« Nous ne céderons pas », a déclaré Marie Martin, secrétaire du syndicat, lundi à Lyon. \
         Les salariés réclament une hausse des salaires depuis plusieurs semaines déjà.</p>\
         <p>La direction a proposé une nouvelle réunion mardi, selon un communiqué publié dans la soirée.</p>\
         </article><footer>© Exemple</footer></body></html>",
    )
    .unwrap();
    std::fs::write(
        d.join("feed.jsonl"),
        "{\"url\": \"https://exemple.fr/1\", \"text\": \"Titre un\\n\\n« Tout va bien », a dit Paul Durand.\"}\n\
         {\"url\": \"https://exemple.fr/2\", \"text\": \n\
         {\"url\": \"https://exemple.fr/3\", \"text\": \"Titre trois\\n\\n« Rien ne va », a dit Anne Petit.\"}\n",
    )
    .unwrap();
    std::fs::write(
        d.join("note.txt"),
        "Titre\n\n« Bonjour », a dit Jean Dupont.\n",
    )
    .unwrap();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("bad-utf8.txt"), b"Titre\n\n\xff\xfe caf\xe9\n").unwrap();
    std::fs::copy(fixture("sample.warc.gz"), d.join("crawl.warc.gz")).unwrap();
    let out = depeche()
        .args(["ingest", "--db", db.to_str().unwrap()])
        .arg(&d)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for needle in [
        "empty.txt: empty file",
        "bad-utf8.txt: invalid UTF-8",
        "feed.jsonl:2:",
        " 3 failed",
    ] {
        assert!(err.contains(needle), "{needle:?} not in {err}");
    }
    let all = search(&db, &["--limit", "100"]);
    let stored = titles(&all);
    // html 1 + jsonl 2 + txt 1 + the WARC's 2 pages
    assert_eq!(stored.len(), 6, "{stored:?}\n{err}");
    assert!(
        stored.iter().any(|t| t.contains("Grève à la SNCF")),
        "{stored:?}"
    );
    assert!(
        stored.iter().any(|t| t.contains("Grève à Lyon")),
        "{stored:?}"
    );
    let html = search(&db, &["--quotes", "--speaker", "Marie Martin"]);
    assert_eq!(html["items"].as_array().unwrap().len(), 1, "{html}");
    // the same inputs again change nothing
    let again = depeche()
        .args(["ingest", "--db", db.to_str().unwrap()])
        .arg(&d)
        .output()
        .unwrap();
    let again_err = String::from_utf8_lossy(&again.stderr);
    assert!(again_err.contains(": 0 new, 0 updated"), "{again_err}");
    assert_eq!(
        titles(&search(&db, &["--limit", "100"])).len(),
        stored.len()
    );
}

/// Two `depeche ingest` processes on one SQLite file at once: they take turns on the write
/// lock; both succeed, and every article is there once.
#[test]
fn two_ingest_processes_on_one_sqlite_file() {
    let db = temp_db("two-procs");
    let d = db.parent().unwrap().join("in");
    std::fs::create_dir_all(&d).unwrap();
    let n = 30;
    for i in 0..n {
        std::fs::write(
            d.join(format!("a{i:02}.txt")),
            format!("Séance {i}\n\n« Nous voterons le texte {i} », a déclaré Jean Dupont{i}.\n"),
        )
        .unwrap();
    }
    let children: Vec<_> = (0..2)
        .map(|_| {
            depeche()
                .args(["ingest", "--batch", "1", "--jobs", "1", "--db"])
                .arg(&db)
                .arg(&d)
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut new = 0;
    for c in children {
        let out = c.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        let words: Vec<&str> = err.split_whitespace().collect();
        new += words
            .windows(2)
            .find(|w| w[1] == "new,")
            .and_then(|w| w[0].parse::<usize>().ok())
            .unwrap_or_else(|| panic!("{err}"));
    }
    assert_eq!(new, n, "each article inserted by one process");
    let all = search(&db, &["--limit", "100"]);
    let mut sources: Vec<&str> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources.len(), n);
    sources.sort();
    sources.dedup();
    assert_eq!(sources.len(), n, "an article stored twice");
}

/// A dispatch and an outlet's reprint of it (new headline, a paragraph cut, an agency line):
/// the searches list the cluster and the statement once, `--all-copies` lists both.
#[test]
fn searches_collapse_wire_copies_and_reprinted_quotations() {
    let dir = temp_db("copies");
    let inputs = dir.parent().unwrap();
    let paragraphs = [
        "Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine, qui prévoit une hausse des dépenses de défense et une baisse des crédits consacrés au logement.",
        "« Ce budget protège les Français et prépare l'avenir du pays », a déclaré le ministre de l'Économie, Bruno Le Maire, devant la presse à Paris.",
        "Les députés examineront le projet en commission à partir du 15 octobre, avant un vote solennel prévu à la fin du mois.",
        "Plusieurs syndicats ont déjà appelé à manifester devant l'Assemblée nationale le jour du vote.",
    ];
    let original = format!(
        "Budget 2024 : la défense en hausse\n\n{}\n",
        paragraphs.join("\n\n")
    );
    let reprint = format!(
        "Le logement, grand perdant du budget\n\n{}\n\n(avec AFP)\n",
        paragraphs[..3].join("\n\n")
    );
    std::fs::write(inputs.join("a.txt"), original).unwrap();
    std::fs::write(inputs.join("b.txt"), reprint).unwrap();
    run(depeche()
        .args(["ingest", "--db"])
        .arg(&dir)
        .arg(inputs.join("a.txt"))
        .arg(inputs.join("b.txt")));
    let db = dir.as_path();
    let articles = search(db, &["budget"]);
    assert_eq!(articles["items"].as_array().unwrap().len(), 1, "{articles}");
    assert_eq!(articles["items"][0]["copies"], 2, "{articles}");
    let all = search(db, &["budget", "--all-copies"]);
    assert_eq!(all["items"].as_array().unwrap().len(), 2, "{all}");
    let quotes = search(db, &["--quotes", "budget"]);
    assert_eq!(quotes["items"].as_array().unwrap().len(), 1, "{quotes}");
    assert_eq!(quotes["items"][0]["occurrences"], 2, "{quotes}");
    let all = search(db, &["--quotes", "budget", "--all-copies"]);
    assert_eq!(all["items"].as_array().unwrap().len(), 2, "{all}");
}

/// `search --events` on the reference article (a repository fixture): its visit and meetings
/// between North Korea and Russia come out by actor, code and country, as JSON and as a table;
/// a code that is not one is refused with the reason.
#[test]
fn search_events_of_the_reference_article() {
    let db = temp_db("events");
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/seed-kim-poutine.txt");
    run(depeche()
        .args([
            "ingest",
            "--db",
            db.to_str().unwrap(),
            "--published",
            "2023-09-11",
        ])
        .arg(&seed));
    let visits = search(
        &db,
        &[
            "--events",
            "--actor",
            "Kim",
            "--code",
            "04",
            "--country",
            "RU",
        ],
    );
    let items = visits["items"].as_array().unwrap();
    assert!(!items.is_empty(), "{visits}");
    for e in items {
        assert!(e["code"].as_str().unwrap().starts_with("04"), "{e}");
        let countries = [&e["actor1"]["country"], &e["actor2"]["country"]];
        assert!(countries.iter().any(|c| c.as_str() == Some("RU")), "{e}");
    }
    assert!(
        items.iter().any(|e| e["code"] == "042"
            && e["actor1"]["id"] == "kim-jong-un"
            && e["status"] == "planned"),
        "the announced visit: {visits}"
    );
    let out = run(depeche().args([
        "search",
        "--db",
        db.to_str().unwrap(),
        "--events",
        "--code",
        "042",
    ]));
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.starts_with("ARTICLE"), "{table}");
    assert!(table.contains("Kim Jong-un (KP GOV)"), "{table}");
    let out = depeche()
        .args([
            "search",
            "--db",
            db.to_str().unwrap(),
            "--events",
            "--code",
            "visite",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("CAMEO code"));
    // event filters need --events
    let out = depeche()
        .args(["search", "--db", db.to_str().unwrap(), "--code", "04"])
        .output()
        .unwrap();
    assert!(!out.status.success());
}
