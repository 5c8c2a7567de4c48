//! `depeche analyze`: inputs → records on stdout.

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::ValueEnum;
use depeche_pipeline::{Pipeline, PublishedSource, TextInput};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Pretty-printed JSON (the default for a single input).
    Json,
    /// One record per line (the default for several inputs).
    Jsonl,
}

#[derive(clap::Args)]
pub struct Args {
    /// Publication date the article is written against (YYYY-MM-DD); relative dates resolve
    /// against it. Without it, the date is inferred from the text when it can be.
    #[arg(long, value_parser = parse_date)]
    published: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Largest input accepted as one article, in bytes (news articles are kilobytes; a larger
    /// file is almost always the wrong file).
    #[arg(long, default_value_t = 10_000_000)]
    max_bytes: u64,
    /// Files or directories to analyse (`-` reads standard input).
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

fn read_input(path: &Path, limit: u64) -> Result<TextInput> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(limit + 1)
            .read_to_end(&mut buf)
            .context("<stdin>: cannot read")?;
        if buf.len() as u64 > limit {
            bail!("<stdin>: too large for one article (over {limit} bytes; raise it with --max-bytes)");
        }
        return Ok(TextInput::from_bytes(Path::new("<stdin>"), buf)?);
    }
    Ok(TextInput::from_path(path, limit)?)
}

pub fn run(args: Args) -> Result<ExitCode> {
    let files = expand(&args.inputs)?;
    let format = args.format.unwrap_or(if files.len() == 1 {
        Format::Json
    } else {
        Format::Jsonl
    });
    let pipeline = Pipeline::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failures = 0usize;
    for path in &files {
        let mut input = match read_input(path, args.max_bytes) {
            Ok(i) => i,
            Err(e) => {
                eprintln!("depeche: {e:#}");
                failures += 1;
                continue;
            }
        };
        if let Some(d) = args.published {
            input.published = Some((d, PublishedSource::Given));
        }
        let article = pipeline.analyze(input);
        let record = article.to_record();
        match format {
            Format::Json => serde_json::to_writer_pretty(&mut out, &record)?,
            Format::Jsonl => serde_json::to_writer(&mut out, &record)?,
        }
        out.write_all(b"\n")?;
        // flush per record so that a consumer piping through us sees each record at once
        out.flush()?;
    }
    if failures > 0 {
        eprintln!("depeche: {failures} of {} inputs failed", files.len());
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
