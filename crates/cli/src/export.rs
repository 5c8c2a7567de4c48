//! `depeche export`: the records of a store as flat tables (Parquet or CSV).

use anyhow::{bail, Context, Result};
use clap::ValueEnum;
use depeche_export::{Exporter, Format as FileFormat, TABLES};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Apache Parquet (zstd), one file per table.
    Parquet,
    /// CSV with a header line, one file per table.
    Csv,
}

impl From<Format> for FileFormat {
    fn from(f: Format) -> Self {
        match f {
            Format::Parquet => FileFormat::Parquet,
            Format::Csv => FileFormat::Csv,
        }
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// The store: a SQLite file or a postgres:// URL.
    #[arg(long, required_unless_present = "print_schema")]
    db: Option<String>,
    /// File format of the tables.
    #[arg(long, value_enum, default_value = "parquet")]
    format: Format,
    /// Directory that receives articles, quotes, entities, mentions, times, places and events
    /// (created if missing; existing table files are not overwritten).
    #[arg(long, required_unless_present = "print_schema")]
    out: Option<PathBuf>,
    /// Print the tables and their column types as JSON, and export nothing.
    #[arg(long, conflicts_with_all = ["db", "out"])]
    print_schema: bool,
}

/// Records read from the store at a time: memory stays flat whatever the store's size.
const PAGE: usize = 256;

pub fn run(args: Args) -> Result<ExitCode> {
    if args.print_schema {
        println!(
            "{}",
            serde_json::to_string_pretty(&depeche_export::schema_json())?
        );
        return Ok(ExitCode::SUCCESS);
    }
    let (Some(db), Some(out)) = (args.db, args.out) else {
        bail!("--db and --out are required");
    };
    let started = Instant::now();
    let store = depeche_store::open(&db)?;
    let mut exporter = Exporter::create(&out, args.format.into())?;
    let (mut articles, mut failures, mut after) = (0u64, 0u64, 0i64);
    loop {
        let page = store
            .articles_after(after, PAGE)
            .with_context(|| format!("{}: cannot read articles", store.name()))?;
        let Some(last) = page.last() else { break };
        after = last.id;
        for a in page {
            match depeche_export::flatten(&a.record) {
                Ok(rows) => {
                    exporter.write(rows)?;
                    articles += 1;
                }
                Err(e) => {
                    failures += 1;
                    eprintln!("depeche: {}: article {}: {e}", store.name(), a.id);
                }
            }
        }
    }
    let summary = exporter.finish()?;
    let counts: Vec<String> = TABLES
        .iter()
        .zip(summary.rows)
        .map(|(t, n)| format!("{} {n}", t.name))
        .collect();
    eprintln!(
        "depeche: exported {articles} articles from {} to {} in {:.2} s ({})",
        store.name(),
        out.display(),
        started.elapsed().as_secs_f64(),
        counts.join(", ")
    );
    if failures > 0 {
        eprintln!("depeche: {failures} stored records could not be exported");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
