//! `depeche ingest`: inputs → pipeline → article store.
//!
//! Reading and analysis are [`crate::analysis`], the same path as `depeche analyze`, so every
//! input `analyze` reads (text, HTML, feeds, JSON Lines, WARC, compressed or not) can be
//! stored. Articles are committed in small batches, each one transaction: a run killed in the
//! middle loses at most the batch in flight, and running it again stores the rest without
//! duplicating what was committed (the store matches articles by URL or text).

use crate::analysis::{self, InputArgs};
use anyhow::{Context, Result};
use depeche_store::{ArticleKey, PutOutcome, Store};
use serde_json::Value;
use std::io::BufRead;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Mutex;
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
    /// Analyse every article again, even one stored before with the same text, address and
    /// source (by default such an article is read, hashed and left as it is): after an
    /// upgrade of Dépêche, or with other `--published` or `--entities` than before.
    #[arg(long)]
    reanalyze: bool,
    #[command(flatten)]
    input: InputArgs,
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

/// Records waiting for their transaction.
struct Batcher {
    store: Box<dyn Store>,
    pending: Vec<Value>,
    size: usize,
    tally: Tally,
}

impl Batcher {
    fn push(&mut self, record: Value) -> Result<()> {
        self.pending.push(record);
        if self.pending.len() >= self.size {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let n = self.pending.len();
        let puts = self
            .store
            .put_batch(&self.pending)
            .with_context(|| format!("a batch of {n} articles was not stored"))?;
        for put in puts {
            match put.outcome {
                PutOutcome::Inserted => self.tally.inserted += 1,
                PutOutcome::Updated => self.tally.updated += 1,
                PutOutcome::Unchanged => self.tally.unchanged += 1,
            }
        }
        self.pending.clear();
        Ok(())
    }
}

/// `depeche/1` records from a JSON Lines file; a line that is not a record the store takes
/// is reported with its file and line, and the others are stored.
fn records_from(path: &Path, b: &mut Batcher) -> Result<()> {
    let f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("depeche: {}: cannot open: {e}", path.display());
            b.tally.failed += 1;
            return Ok(());
        }
    };
    for (n, line) in std::io::BufReader::new(f).split(b'\n').enumerate() {
        let at = format!("{}:{}", path.display(), n + 1);
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                // the rest of the file cannot be read either
                eprintln!("depeche: {at}: cannot read: {e}");
                b.tally.failed += 1;
                return Ok(());
            }
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let record = serde_json::from_slice::<Value>(&line)
            .map_err(|e| format!("not a JSON record: {e}"))
            .and_then(|v| {
                depeche_store::check_record(&v)
                    .map(|()| v)
                    .map_err(|e| e.to_string())
            });
        match record {
            Ok(v) => b.push(v)?,
            Err(e) => {
                eprintln!("depeche: {at}: {e}");
                b.tally.failed += 1;
            }
        }
    }
    Ok(())
}

pub fn run(args: Args) -> Result<ExitCode> {
    let selected = args.input.files()?;
    let files = &selected.files;
    let store = depeche_store::open(&args.db)?;
    let started = Instant::now();
    let mut b = Batcher {
        store,
        pending: Vec::with_capacity(args.batch.max(1)),
        size: args.batch.max(1),
        tally: Tally::default(),
    };
    let result = if args.records {
        files
            .iter()
            .try_for_each(|path| records_from(path, &mut b))
            .and_then(|()| b.flush())
    } else {
        // a second connection answers the workers' "stored before?" while the first writes
        let checker = if args.reanalyze {
            None
        } else {
            Some(Mutex::new(depeche_store::open(&args.db)?))
        };
        let known = |input: &depeche_readers::Input| {
            let key = ArticleKey::new(
                &input.text.text,
                input.meta.url.as_deref(),
                input.text.source.as_deref(),
            );
            checker.as_ref().is_some_and(|c| {
                let store = c.lock().unwrap_or_else(|p| p.into_inner());
                // an error here only means "not sure": the article is analysed and `put`
                // decides (and reports a store that fails)
                matches!(store.find_unchanged(&key), Ok(Some(_)))
            })
        };
        let known: Option<&(dyn Fn(&depeche_readers::Input) -> bool + Sync)> =
            checker.is_some().then_some(&known);
        analysis::run(
            &args.input,
            files,
            known,
            |a| Ok(a.to_record()),
            |record| b.push(record),
        )
        .and_then(|summary| {
            b.tally.failed += summary.failures;
            b.tally.unchanged += summary.known;
            b.flush()
        })
    };
    let t = &b.tally;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "depeche: {}: {} new, {} updated, {} unchanged, {} failed in {secs:.1}s ({:.1} articles/s){}",
        b.store.name(),
        t.inserted,
        t.updated,
        t.unchanged,
        t.failed,
        t.done() as f64 / secs.max(1e-3),
        selected.summary()
    );
    if let Err(e) = result {
        // what was committed before the error stays; say so, then fail
        return Err(e.context(format!(
            "{}: stopped; the {} articles committed before are kept, run again to store the rest",
            b.store.name(),
            t.done()
        )));
    }
    Ok(if t.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
