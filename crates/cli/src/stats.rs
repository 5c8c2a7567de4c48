//! `depeche stats`: parity of quoted voices in a store — quotations by women, men and persons
//! of unknown gender, per month, source, entity or place.

use anyhow::Result;
use clap::ValueEnum;
use depeche_store::{ParityBy, ParityQuery, ParityRow};
use std::io::Write;
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns.
    Table,
    /// `{"by": ..., "groups": [...]}`.
    Json,
    /// One line per group with a header.
    Csv,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    All,
    Month,
    Source,
    Entity,
    Place,
}

#[derive(clap::Args)]
pub struct Args {
    /// The store: a SQLite file or a postgres:// URL.
    #[arg(long)]
    db: String,
    /// How to group: everything, publication month, source (URL host or file folder), each
    /// entity or each place the article mentions.
    #[arg(long, value_enum, default_value_t = By::All)]
    by: By,
    /// Articles published from this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long)]
    from: Option<String>,
    /// Up to this date, inclusive.
    #[arg(long)]
    to: Option<String>,
    /// At most this many groups (source, entity, place; most quotations first).
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn share(r: &ParityRow) -> String {
    r.women_share.map(|s| format!("{s:.3}")).unwrap_or_default()
}

pub fn run(args: Args) -> Result<ExitCode> {
    let by = match args.by {
        By::All => ParityBy::All,
        By::Month => ParityBy::Month,
        By::Source => ParityBy::Source,
        By::Entity => ParityBy::Entity,
        By::Place => ParityBy::Place,
    };
    let store = depeche_store::open(&args.db)?;
    let rows = store.parity(&ParityQuery {
        by,
        from: args.from,
        to: args.to,
        limit: args.limit,
    })?;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &serde_json::json!({"by": by, "groups": rows}))?;
            writeln!(out)?;
        }
        Format::Csv => {
            writeln!(
                out,
                "group,women,men,unknown,women_share,distinct_women,distinct_men"
            )?;
            for r in &rows {
                writeln!(
                    out,
                    "{},{},{},{},{},{},{}",
                    csv_field(&r.group),
                    r.women,
                    r.men,
                    r.unknown,
                    share(r),
                    r.distinct_women,
                    r.distinct_men
                )?;
            }
        }
        Format::Table => {
            let w = rows
                .iter()
                .map(|r| r.group.chars().count())
                .max()
                .unwrap_or(5)
                .clamp(5, 40);
            writeln!(
                out,
                "{:w$}  {:>7} {:>7} {:>7}  {:>11}  {:>9} {:>9}",
                "group", "women", "men", "unknown", "women_share", "dist_wom", "dist_men"
            )?;
            for r in &rows {
                let g: String = r.group.chars().take(40).collect();
                writeln!(
                    out,
                    "{:w$}  {:>7} {:>7} {:>7}  {:>11}  {:>9} {:>9}",
                    g,
                    r.women,
                    r.men,
                    r.unknown,
                    share(r),
                    r.distinct_women,
                    r.distinct_men
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
