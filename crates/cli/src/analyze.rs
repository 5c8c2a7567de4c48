//! `depeche analyze`: inputs → records on stdout.
//!
//! Reading and analysis are [`crate::analysis`] (shared with `depeche ingest`); this command
//! serialises each record on the workers and writes it in input order, flushed at once so
//! that a consumer piping through the binary sees each record as soon as it is ready.
//!
//! Besides JSON, records can be written as flat tables (`--format parquet|csv --out DIR`,
//! through `depeche-export`) or streamed as table rows (`--format rows`).

use crate::analysis::{self, InputArgs};
use anyhow::{bail, Result};
use clap::ValueEnum;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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

#[derive(clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Output directory of `--format parquet` or `--format csv` (created if missing; existing
    /// table files are not overwritten).
    #[arg(long)]
    out: Option<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
}

/// One article's output: text for stdout (one or more whole lines) or rows for the tables.
enum Output {
    Text(String),
    Rows(depeche_export::Rows),
}

pub fn run(args: Args) -> Result<ExitCode> {
    let selected = args.input.files()?;
    let files = &selected.files;
    let format = args
        .format
        .unwrap_or(if files.len() == 1 && !args.input.multi(&files[0]) {
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
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let summary = analysis::run(
        &args.input,
        files,
        None,
        // serialised or flattened here, on the worker, so that the writer thread only writes
        |article| match format {
            Format::Json => Ok(Output::Text(article.to_record_pretty() + "\n")),
            Format::Jsonl => Ok(Output::Text(article.to_record_line() + "\n")),
            Format::Parquet | Format::Csv | Format::Rows => {
                let rows = depeche_export::flatten(&article.to_record())
                    .map_err(|e| format!("cannot flatten record: {e}"))?;
                Ok(if format == Format::Rows {
                    let mut text = String::new();
                    depeche_export::json_lines(&rows, &mut text);
                    Output::Text(text)
                } else {
                    Output::Rows(rows)
                })
            }
        },
        |o: Output| {
            match o {
                Output::Text(text) => {
                    out.write_all(text.as_bytes())?;
                    // flush per record so that a consumer piping through us sees each record
                    // at once
                    out.flush()?;
                }
                Output::Rows(rows) => exporter
                    .as_mut()
                    .expect("rows only with an exporter")
                    .write(rows)?,
            }
            Ok(())
        },
    )?;
    let (articles, failures) = (summary.articles, summary.failures);
    // A batch ends with a summary; one article analysed cleanly prints only its record, so
    // `depeche analyze FILE 2>&1` stays one JSON document.
    let batch = articles + failures > 1
        || failures > 0
        || !selected.skipped.is_empty()
        || std::io::stderr().is_terminal();
    if batch {
        eprintln!(
            "depeche: {articles} articles, {failures} failures, {} words, {:.2} s ({:.1} articles/s){}",
            summary.words,
            summary.secs,
            summary.rate(),
            selected.summary()
        );
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
    if failures > 0 {
        eprintln!(
            "depeche: {failures} of {} inputs failed",
            articles + failures
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
