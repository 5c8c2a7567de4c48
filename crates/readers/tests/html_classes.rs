//! Main-text extraction, one minimal page per class of page that extraction once got wrong
//! (`tests/fixtures/html-classes/`): what the text must hold and what it must not.

use depeche_readers::html;
use std::path::Path;

fn text_of(file: &str) -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html-classes")
        .join(file);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    html::extract(&html::decode(&bytes)).map(|e| e.text())
}

#[test]
fn each_class_of_page_gives_its_main_text() {
    // (page, text that must be extracted, text that must not)
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "layout-named-sidebar.html",
            &["standen die Besucher", "mit Leihgaben aus drei Ländern"],
            &[],
        ),
        (
            "header-left-open.html",
            &[
                "Work on the old harbour wall",
                "parts of it will be fenced off",
            ],
            &[],
        ),
        (
            "button-left-open.html",
            &["alle zwanzig Minuten", "Besucher der Klinik"],
            &[],
        ),
        (
            "description-only.html",
            &["tres noches de conciertos gratuitos"],
            &["render("],
        ),
        (
            "comments-in-other-languages.html",
            &["comenzarán en marzo", "una compensación por las pérdidas"],
            &["Un lector", "Otro lector", "Kup teraz", "Ein Leser"],
        ),
    ];
    // every class is checked, and every failure listed
    let mut failures = Vec::new();
    for (file, wanted, unwanted) in cases {
        let Some(text) = text_of(file) else {
            failures.push(format!("{file}: no article text"));
            continue;
        };
        for w in *wanted {
            if !text.contains(w) {
                failures.push(format!("{file}: {w:?} missing from {text:?}"));
            }
        }
        for u in *unwanted {
            if text.contains(u) {
                failures.push(format!("{file}: {u:?} leaked into {text:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
