//! `depeche analyze`: inputs → records on stdout.
//!
//! Inputs are read in order by one thread (files, directories, standard input; every format
//! of `depeche-readers`), articles are extracted and analysed on every core, and records are
//! written in input order. Reading, analysis and writing overlap through a bounded channel,
//! so memory stays bounded on a huge input, and a record is flushed as soon as it is ready
//! (the binary can sit in a pipe reading JSON Lines on standard input).
//!
//! Besides JSON, records can be written as flat tables (`--format parquet|csv --out DIR`,
//! through `depeche-export`) or streamed as table rows (`--format rows`).

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::ValueEnum;
use depeche_pipeline::{Pipeline, PublishedSource};
use depeche_readers::{Format as InputFormat, Options, Pending, ReadError};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Instant;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Pretty-printed JSON (the default for a single article file).
    Json,
    /// One record per line (the default for several inputs and for multi-article files).
    Jsonl,
    /// Flat tables as Apache Parquet files in `--out DIR` (see docs/export.md).
    Parquet,
    /// Flat tables as CSV files in `--out DIR`.
    Csv,
    /// The flat tables' rows on stdout as JSON Lines, `{"table": …}` first, one flush per
    /// article (for engines that pipe data through the binary, such as Spark).
    Rows,
}

/// Input formats, to override detection.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Input {
    Text,
    Html,
    Feed,
    Jsonl,
    Warc,
}

#[derive(clap::Args)]
pub struct Args {
    /// Publication date the article is written against (YYYY-MM-DD); relative dates resolve
    /// against it. Without it, the date is read from the input's metadata or inferred from
    /// the text when it can be.
    #[arg(long, value_parser = parse_date)]
    published: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Input format (detected from the content and the extension when not given).
    #[arg(long, value_enum)]
    input_format: Option<Input>,
    /// Largest article accepted, in bytes: a text or HTML file, a JSON line, a WARC record
    /// (news articles are kilobytes; a larger one is almost always the wrong input).
    #[arg(long, default_value_t = 10_000_000)]
    max_bytes: u64,
    /// Worker threads (default: all cores).
    #[arg(long)]
    jobs: Option<usize>,
    /// Output directory of `--format parquet` or `--format csv` (created if missing; existing
    /// table files are not overwritten).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Files or directories to analyse (`-` reads standard input): plain text, HTML, RSS/Atom,
    /// JSON Lines, WARC; gzip or zstd compressed or not.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|e| format!("{s:?} is not a date YYYY-MM-DD: {e}"))
}

/// Expand directories into their files (sorted, so output order is stable).
fn expand(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for p in inputs {
        if p.as_os_str() == "-" {
            files.push(p.clone());
        } else if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("{}: cannot list directory", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.is_file()
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            entries.sort();
            files.extend(entries);
        } else if p.exists() {
            files.push(p.clone());
        } else {
            bail!("{}: no such file or directory", p.display());
        }
    }
    Ok(files)
}

/// What the reader thread sends: an input to analyse, or the end of a file.
enum Msg {
    Item(Result<Pending, ReadError>),
    FileDone,
}

/// The outcome of one input, computed on a worker.
enum Outcome {
    Record { out: Output, words: usize },
    Failed(String),
}

/// One article's output: text for stdout (one or more whole lines) or rows for the tables.
enum Output {
    Text(String),
    Rows(depeche_export::Rows),
}

/// Inputs taken at once for the workers: enough to keep every core busy, small enough that
/// a slow stream (stdin) is not held back (a batch never waits for more than what arrived).
const BATCH: usize = 64;

pub fn run(args: Args) -> Result<ExitCode> {
    let files = expand(&args.inputs)?;
    let multi = |p: &Path| {
        matches!(
            depeche_readers::sniff(p, b""),
            InputFormat::Jsonl | InputFormat::Warc | InputFormat::Feed
        ) || p.as_os_str() == "-"
            && args
                .input_format
                .is_some_and(|f| f != Input::Text && f != Input::Html)
    };
    let format = args
        .format
        .unwrap_or(if files.len() == 1 && !multi(&files[0]) {
            Format::Json
        } else {
            Format::Jsonl
        });
    let mut exporter = match (format, &args.out) {
        (Format::Parquet | Format::Csv, Some(dir)) => Some(depeche_export::Exporter::create(
            dir,
            if format == Format::Parquet {
                depeche_export::Format::Parquet
            } else {
                depeche_export::Format::Csv
            },
        )?),
        (Format::Parquet | Format::Csv, None) => {
            bail!(
                "--format parquet and --format csv write files: give the directory with --out DIR"
            )
        }
        (_, Some(_)) => bail!("--out is only for --format parquet or --format csv"),
        (_, None) => None,
    };
    let opts = Options {
        max_bytes: args.max_bytes,
        format: args.input_format.map(|f| match f {
            Input::Text => InputFormat::Text,
            Input::Html => InputFormat::Html,
            Input::Feed => InputFormat::Feed,
            Input::Jsonl => InputFormat::Jsonl,
            Input::Warc => InputFormat::Warc,
        }),
    };
    let mut pool = rayon::ThreadPoolBuilder::new()
        // deep HTML (10,000 nested elements) must not overflow a worker's stack
        .stack_size(256 * 1024 * 1024);
    if let Some(j) = args.jobs {
        pool = pool.num_threads(j.max(1));
    }
    let pool = pool.build().context("cannot start worker threads")?;
    let pipeline = Pipeline::new();
    let published = args.published;

    let (tx, rx) = mpsc::sync_channel::<Msg>(BATCH * 4);
    let reader_files = files.clone();
    let reader = std::thread::spawn(move || {
        for path in &reader_files {
            for item in depeche_readers::read(path, &opts) {
                if tx.send(Msg::Item(item)).is_err() {
                    return;
                }
            }
            if tx.send(Msg::FileDone).is_err() {
                return;
            }
        }
    });

    let progress = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:30} {pos}/{len} files  {msg}  [{elapsed_precise} < {eta}]",
            )
            .expect("valid template"),
        );
        bar
    });

    let started = Instant::now();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut articles, mut failures, mut words) = (0usize, 0usize, 0usize);
    let mut errors: Vec<String> = Vec::new();
    let mut batch: Vec<Result<Pending, ReadError>> = Vec::with_capacity(BATCH);
    let mut open = true;
    while open {
        batch.clear();
        let mut files_done = 0u64;
        // block for the first message only, then take what is already there
        match rx.recv() {
            Ok(Msg::Item(i)) => batch.push(i),
            Ok(Msg::FileDone) => files_done += 1,
            Err(_) => open = false,
        }
        while batch.len() < BATCH {
            match rx.try_recv() {
                Ok(Msg::Item(i)) => batch.push(i),
                Ok(Msg::FileDone) => files_done += 1,
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => {
                    open = false;
                    break;
                }
            }
        }
        let outcomes: Vec<Outcome> = pool.install(|| {
            std::mem::take(&mut batch)
                .into_par_iter()
                .map(|item| analyze_one(&pipeline, item, published, format))
                .collect()
        });
        for o in outcomes {
            match o {
                Outcome::Record { out: o, words: w } => {
                    articles += 1;
                    words += w;
                    match o {
                        Output::Text(text) => {
                            out.write_all(text.as_bytes())?;
                            // flush per record so that a consumer piping through us sees each
                            // record at once
                            out.flush()?;
                        }
                        Output::Rows(rows) => exporter
                            .as_mut()
                            .expect("rows only with an exporter")
                            .write(rows)?,
                    }
                }
                Outcome::Failed(e) => {
                    failures += 1;
                    match &progress {
                        Some(bar) => bar.suspend(|| eprintln!("depeche: {e}")),
                        None => eprintln!("depeche: {e}"),
                    }
                    errors.push(e);
                }
            }
        }
        if let Some(bar) = &progress {
            bar.inc(files_done);
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            bar.set_message(format!(
                "{articles} articles, {failures} failed, {:.0} articles/s",
                articles as f64 / secs
            ));
        }
    }
    let _ = reader.join();
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if let Some(exporter) = exporter {
        let summary = exporter.finish()?;
        let counts: Vec<String> = depeche_export::TABLES
            .iter()
            .zip(summary.rows)
            .map(|(t, n)| format!("{} {n}", t.name))
            .collect();
        eprintln!(
            "depeche: tables in {}: {}",
            args.out.as_deref().unwrap_or(Path::new("")).display(),
            counts.join(", ")
        );
    }
    let secs = started.elapsed().as_secs_f64();
    // A batch ends with a summary; one article analysed cleanly prints only its record, so
    // `depeche analyze FILE 2>&1` stays one JSON document.
    let batch = articles + failures > 1 || failures > 0 || std::io::stderr().is_terminal();
    if batch {
        eprintln!(
        "depeche: {articles} articles, {failures} failures, {words} words, {secs:.2} s ({:.1} articles/s)",
        articles as f64 / secs.max(1e-9)
        );
    }
    if failures > 0 {
        eprintln!(
            "depeche: {failures} of {} inputs failed",
            articles + failures
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn analyze_one(
    pipeline: &Pipeline,
    item: Result<Pending, ReadError>,
    published: Option<NaiveDate>,
    format: Format,
) -> Outcome {
    let input = match item.and_then(Pending::resolve) {
        Ok(i) => i,
        Err(e) => return Outcome::Failed(e.to_string()),
    };
    let (mut article, meta) = input.into_article();
    if let Some(d) = published {
        article.published = Some(d);
        article.published_source = Some(PublishedSource::Given);
    }
    pipeline.run(&mut article);
    let words = article.text.split_whitespace().count();
    let mut record = article.to_record();
    meta.add_to_record(&mut record);
    let out = match format {
        Format::Json => serde_json::to_string_pretty(&record).map(|j| Output::Text(j + "\n")),
        Format::Jsonl => serde_json::to_string(&record).map(|j| Output::Text(j + "\n")),
        // flattened here, on the worker, so that the writer thread only writes
        Format::Parquet | Format::Csv | Format::Rows => {
            let rows = match depeche_export::flatten(&record) {
                Ok(rows) => rows,
                Err(e) => return Outcome::Failed(format!("cannot flatten record: {e}")),
            };
            Ok(if format == Format::Rows {
                let mut text = String::new();
                depeche_export::json_lines(&rows, &mut text);
                Output::Text(text)
            } else {
                Output::Rows(rows)
            })
        }
    };
    match out {
        Ok(out) => Outcome::Record { out, words },
        Err(e) => Outcome::Failed(format!("cannot serialise record: {e}")),
    }
}
