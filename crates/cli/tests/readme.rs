//! The README's commands run as written.
//!
//! Every fenced block of README.md whose info string starts with `sh` is a list of commands.
//! The words after `sh` say whether this test runs it:
//!
//! - `sh` alone: runs on what the repository ships (the example article); this test runs it.
//! - `sh external`: needs inputs the repository does not ship (your pages, crawls, feeds,
//!   `../shared`, a PostgreSQL server); not run.
//! - `sh no-run`: builds or tests the repository itself (`cargo ...`, which this test is
//!   already part of) or runs until stopped (`depeche serve`); not run.
//!
//! The runnable blocks run in README order with `bash -e -o pipefail`, in one scratch
//! directory holding a copy of `examples/` (so `news.db` and `tables/` land there, not in the
//! repository), with the `depeche` just built first on `PATH`. A block that fails fails the
//! test with its commands and output. The README also stays at most 200 lines.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A fenced `sh` block: its tag (the words after `sh`), first line number and text.
struct Block {
    tag: String,
    line: usize,
    text: String,
}

fn sh_blocks(readme: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (n, line) in readme.lines().enumerate() {
        let fence = line.trim_start().starts_with("```");
        match (&mut open, fence) {
            (Some(_), true) => out.push(open.take().unwrap()),
            (Some(b), false) => {
                b.text.push_str(line);
                b.text.push('\n');
            }
            (None, true) => {
                let info = line.trim_start().trim_start_matches('`').trim();
                let mut words = info.split_whitespace();
                if words.next() == Some("sh") {
                    open = Some(Block {
                        tag: words.collect::<Vec<_>>().join(" "),
                        line: n + 1,
                        text: String::new(),
                    });
                } else {
                    // another language: skip to its closing fence
                    open = Some(Block {
                        tag: "not-sh".into(),
                        line: n + 1,
                        text: String::new(),
                    });
                }
            }
            (None, false) => {}
        }
    }
    assert!(open.is_none(), "README.md: a fenced block is not closed");
    out.retain(|b| b.tag != "not-sh");
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn blocks_are_read_with_their_tags() {
    let blocks = sh_blocks("```sh\na\n```\n\n```json\n{}\n```\n```sh external\nb\nc\n```\n");
    let got: Vec<(&str, usize, &str)> = blocks
        .iter()
        .map(|b| (b.tag.as_str(), b.line, b.text.as_str()))
        .collect();
    assert_eq!(got, [("", 1, "a\n"), ("external", 8, "b\nc\n")]);
}

#[cfg(unix)]
#[test]
fn readme_commands_run_as_written() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let lines = readme.lines().count();
    assert!(lines <= 200, "README.md has {lines} lines (at most 200)");

    let dir = std::env::temp_dir().join(format!("depeche-readme-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&repo().join("examples"), &dir.join("examples"));
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_depeche"), bin.join("depeche")).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );

    let mut ran = 0;
    for b in sh_blocks(&readme) {
        match b.tag.as_str() {
            "" => {}
            "external" | "no-run" => continue,
            other => panic!("README.md:{}: unknown sh block tag {other:?}", b.line),
        }
        let out = Command::new("bash")
            .args(["-e", "-o", "pipefail", "-c", &b.text])
            .current_dir(&dir)
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README.md:{}: the block failed ({}):\n{}\nstdout:\n{}\nstderr:\n{}",
            b.line,
            out.status,
            b.text,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        ran += 1;
    }
    // the README shows analyze, ingest + search and export on the example: if the blocks
    // lost their tags or were all marked, this test would prove nothing
    assert!(ran >= 3, "only {ran} runnable sh blocks in README.md");
    // what they wrote is there and sound
    let records = std::fs::read_to_string(dir.join("records.jsonl")).unwrap();
    // `examples/` holds one article and the Spark example's scripts, which are not read
    assert_eq!(records.lines().count(), 1, "{records}");
    for l in records.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert_eq!(v["schema"], "depeche/1");
    }
    let quotes = std::fs::read_to_string(dir.join("tables/quotes.csv")).unwrap();
    assert!(quotes.lines().count() > 1, "{quotes}");
    let _ = std::fs::remove_dir_all(&dir);
}
