//! `depeche ingest`: inputs → pipeline → article store.
//!
//! Articles are committed in small batches, each one transaction: a run killed in the middle
//! loses at most the batch in flight, and running it again stores the rest without
//! duplicating what was committed (the store matches articles by URL or text).

use anyhow::{bail, Context, Result};
use depeche_pipeline::{Pipeline, TextInput};
use depeche_store::{PutOutcome, Store};
use serde_json::Value;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// The store: a SQLite file (created on first use) or a postgres:// URL.
    #[arg(long)]
    db: String,
    /// Inputs are JSON Lines of `depeche/1` records (`depeche analyze --format jsonl`), stored
    /// as they are without analysing again.
    #[arg(long)]
    records: bool,
    /// Articles per transaction.
    #[arg(long, default_value_t = 32)]
    batch: usize,
    /// Largest input accepted as one article, in bytes.
    #[arg(long, default_value_t = 10_000_000)]
    max_bytes: u64,
    /// Files or directories to ingest (directories are read recursively, hidden files skipped).
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
}

fn expand(inputs: &[PathBuf], out: &mut Vec<PathBuf>) -> Result<()> {
    for p in inputs {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("{}: cannot list directory", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    !p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            entries.sort();
            expand(&entries, out)?;
        } else if p.is_file() {
            out.push(p.clone());
        } else {
            bail!("{}: no such file or directory", p.display());
        }
    }
    Ok(())
}

/// Counts for the summary line.
#[derive(Default)]
struct Tally {
    inserted: usize,
    updated: usize,
    unchanged: usize,
    failed: usize,
}

impl Tally {
    fn done(&self) -> usize {
        self.inserted + self.updated + self.unchanged
    }
}

struct Progress {
    tty: bool,
    start: Instant,
    last: Instant,
    total: Option<usize>,
}

impl Progress {
    fn show(&mut self, t: &Tally, force: bool) {
        if !self.tty || (!force && self.last.elapsed().as_millis() < 200) {
            return;
        }
        self.last = Instant::now();
        let n = t.done() + t.failed;
        let rate = t.done() as f64 / self.start.elapsed().as_secs_f64().max(1e-3);
        let bar = match self.total {
            Some(total) if total > 0 => {
                let filled = n * 30 / total;
                format!(
                    "[{}{}] {n}/{total}",
                    "#".repeat(filled),
                    " ".repeat(30 - filled.min(30))
                )
            }
            _ => format!("{n}"),
        };
        eprint!("\r{bar} articles, {rate:.0}/s ");
        let _ = std::io::stderr().flush();
    }
}

fn flush(store: &mut dyn Store, batch: &mut Vec<Value>, tally: &mut Tally) -> Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    for put in store.put_batch(batch)? {
        match put.outcome {
            PutOutcome::Inserted => tally.inserted += 1,
            PutOutcome::Updated => tally.updated += 1,
            PutOutcome::Unchanged => tally.unchanged += 1,
        }
    }
    batch.clear();
    Ok(())
}

fn records_from(path: &Path, mut each: impl FnMut(Result<Value>) -> Result<()>) -> Result<()> {
    let f =
        std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    for (n, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}: cannot read", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        each(
            serde_json::from_str(&line)
                .with_context(|| format!("{}:{}: not a JSON record", path.display(), n + 1)),
        )?;
    }
    Ok(())
}

pub fn run(args: Args) -> Result<ExitCode> {
    let mut files = Vec::new();
    expand(&args.inputs, &mut files)?;
    let mut store = depeche_store::open(&args.db)?;
    let pipeline = Pipeline::new();
    let batch_size = args.batch.max(1);
    let mut tally = Tally::default();
    let mut progress = Progress {
        tty: std::io::stderr().is_terminal(),
        start: Instant::now(),
        last: Instant::now(),
        total: (!args.records).then_some(files.len()),
    };
    let mut batch: Vec<Value> = Vec::with_capacity(batch_size);
    for path in &files {
        if args.records {
            records_from(path, |r| {
                match r {
                    Ok(v) => batch.push(v),
                    Err(e) => {
                        eprintln!("depeche: {e:#}");
                        tally.failed += 1;
                    }
                }
                if batch.len() >= batch_size {
                    flush(store.as_mut(), &mut batch, &mut tally)?;
                    progress.show(&tally, false);
                }
                Ok(())
            })?;
            continue;
        }
        match TextInput::from_path(path, args.max_bytes) {
            Ok(input) => batch.push(pipeline.analyze(input).to_record()),
            Err(e) => {
                eprintln!("depeche: {e}");
                tally.failed += 1;
            }
        }
        if batch.len() >= batch_size {
            flush(store.as_mut(), &mut batch, &mut tally)?;
        }
        progress.show(&tally, false);
    }
    flush(store.as_mut(), &mut batch, &mut tally)?;
    progress.show(&tally, true);
    if progress.tty {
        eprintln!();
    }
    let secs = progress.start.elapsed().as_secs_f64();
    eprintln!(
        "depeche: {}: {} new, {} updated, {} unchanged, {} failed in {secs:.1}s ({:.0} articles/s)",
        store.name(),
        tally.inserted,
        tally.updated,
        tally.unchanged,
        tally.failed,
        tally.done() as f64 / secs.max(1e-3)
    );
    Ok(if tally.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
