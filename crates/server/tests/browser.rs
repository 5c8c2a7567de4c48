//! The web page in a real headless Chromium (Debian's `chromium`, driven by npm
//! `playwright-core` in `tests/browser/`). Skipped when Chromium, Node or the npm package is
//! missing, unless `DEPECHE_BROWSER_TESTS=1` (set by `.ci/run`, which installs them), where a
//! missing piece fails the test.

mod common;
use common::*;
use std::path::Path;
use std::process::Command;

#[test]
fn web_page_in_headless_chromium() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let required = std::env::var("DEPECHE_BROWSER_TESTS").is_ok_and(|v| v == "1");
    let node_ok = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let ready = Path::new(&chromium).exists()
        && node_ok
        && dir.join("node_modules/playwright-core").is_dir();
    if !ready {
        assert!(!required, "DEPECHE_BROWSER_TESTS=1 but chromium ({chromium}), node or tests/browser/node_modules is missing");
        eprintln!(
            "skipped: no chromium/node/playwright-core (run `npm ci` in {})",
            dir.display()
        );
        return;
    }
    let db = temp_db("browser");
    let ids = fill(&db);
    // the reference article: the example the repository ships, stored first
    let reference = ids[0];
    let script_article = *ids.last().unwrap();
    let server = start(&db);
    let shot = std::env::var("DEPECHE_SCREENSHOT").unwrap_or_else(|_| {
        db.with_file_name("article.png")
            .to_string_lossy()
            .into_owned()
    });
    let out = Command::new("node")
        .current_dir(&dir)
        .arg("check.mjs")
        .arg(format!("http://{}", server.addr))
        .arg(reference.to_string())
        .arg(script_article.to_string())
        .arg(&shot)
        .env("CHROMIUM", &chromium)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    eprintln!("{stdout}screenshot: {shot}");
    drop(server);
}
