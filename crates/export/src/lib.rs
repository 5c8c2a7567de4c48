//! `depeche/1` records as flat tables — `articles`, `quotes`, `entities`, `mentions`,
//! `times`, `places`, `events` — written as Apache Parquet or CSV, so that DuckDB, BigQuery, Spark or
//! pandas users query them at once (`SELECT speaker_name, count(*) FROM 'out/quotes.parquet'
//! GROUP BY 1`).
//!
//! The layout follows GDELT's habit: one row per thing found, with the article's id and
//! publication date repeated on every row, so that most questions need no join. Columns and
//! types are in [`TABLES`] and documented in `docs/export.md`.
//!
//! This crate does no analysis and reads no store: it takes records (from `depeche analyze`
//! or a store) and writes files. [`flatten`] is the one place where a record becomes rows;
//! `depeche export`, `depeche analyze --format parquet|csv|rows` and the Spark example all go
//! through it.
//!
//! ```no_run
//! use depeche_export::{Exporter, Format};
//! let mut out = Exporter::create("out".as_ref(), Format::Parquet).unwrap();
//! let record = serde_json::json!({"schema": "depeche/1", "id": "1", "text": "Bonjour."});
//! out.write_record(&record).unwrap();
//! let summary = out.finish().unwrap();
//! println!("{} quotation rows", summary.rows[depeche_export::QUOTES]);
//! ```

mod csv_out;
mod flatten;
mod parquet_out;
mod schema;

pub use flatten::{calendar_date, flatten, FlattenError, Rows};
pub use schema::{
    Cell, Column, Kind, Table, ARTICLES, ENTITIES, EVENTS, MENTIONS, PLACES, QUOTES, TABLES, TIMES,
};

use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// File formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Apache Parquet, zstd-compressed, one file per table.
    Parquet,
    /// CSV with a header line, one file per table.
    Csv,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Parquet => "parquet",
            Format::Csv => "csv",
        }
    }
}

/// Why an export failed. Every variant names the file or the record.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: cannot write Parquet: {source}")]
    Parquet {
        path: PathBuf,
        source: parquet::errors::ParquetError,
    },
    #[error("{path}: cannot write CSV: {source}")]
    Csv { path: PathBuf, source: csv::Error },
    #[error("{path}: already exists (remove it or choose another output directory)")]
    Exists { path: PathBuf },
    #[error("{path}: not a directory")]
    NotADirectory { path: PathBuf },
    #[error(transparent)]
    Record(#[from] FlattenError),
    /// A row that does not fit its table: a bug of this crate, reported rather than written.
    #[error("table {table}: {message}")]
    Row {
        table: &'static str,
        message: String,
    },
}

enum Sink {
    Parquet(parquet_out::ParquetTable),
    Csv(csv_out::CsvTable),
}

/// Writes the seven tables into a directory. Files are written under a temporary name and
/// renamed by [`Exporter::finish`], so an interrupted export never leaves a file that looks
/// complete; existing files are never overwritten.
pub struct Exporter {
    sinks: Vec<Sink>,
    /// (temporary, final) path of each table.
    paths: Vec<(PathBuf, PathBuf)>,
    rows: [u64; TABLES.len()],
    finished: bool,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The file of each table, in [`TABLES`] order.
    pub files: Vec<PathBuf>,
    /// Rows written per table, in [`TABLES`] order.
    pub rows: [u64; TABLES.len()],
}

impl Exporter {
    /// Start an export into `dir` (created if missing).
    pub fn create(dir: &Path, format: Format) -> Result<Exporter, ExportError> {
        if dir.exists() && !dir.is_dir() {
            return Err(ExportError::NotADirectory { path: dir.into() });
        }
        std::fs::create_dir_all(dir).map_err(|source| ExportError::Io {
            path: dir.into(),
            source,
        })?;
        let mut paths = Vec::new();
        for t in &TABLES {
            let name = format!("{}.{}", t.name, format.extension());
            let path = dir.join(&name);
            if path.exists() {
                return Err(ExportError::Exists { path });
            }
            paths.push((dir.join(format!(".{name}.partial")), path));
        }
        let mut exporter = Exporter {
            sinks: Vec::new(),
            paths,
            rows: [0; TABLES.len()],
            finished: false,
        };
        for (t, (tmp, _)) in TABLES.iter().zip(&exporter.paths) {
            exporter.sinks.push(match format {
                Format::Parquet => Sink::Parquet(parquet_out::ParquetTable::create(*t, tmp)?),
                Format::Csv => Sink::Csv(csv_out::CsvTable::create(*t, tmp)?),
            });
        }
        Ok(exporter)
    }

    /// Write the rows of one record.
    pub fn write(&mut self, rows: Rows) -> Result<(), ExportError> {
        for (i, (sink, table)) in self.sinks.iter_mut().zip(rows.tables).enumerate() {
            for row in table {
                match sink {
                    Sink::Parquet(s) => s.push(row)?,
                    Sink::Csv(s) => s.push(row)?,
                }
                self.rows[i] += 1;
            }
        }
        Ok(())
    }

    /// Flatten and write one record.
    pub fn write_record(&mut self, record: &Value) -> Result<(), ExportError> {
        self.write(flatten(record)?)
    }

    /// Close every file and give them their final names.
    pub fn finish(mut self) -> Result<Summary, ExportError> {
        for sink in std::mem::take(&mut self.sinks) {
            match sink {
                Sink::Parquet(s) => s.finish()?,
                Sink::Csv(s) => s.finish()?,
            }
        }
        for (tmp, path) in &self.paths {
            std::fs::rename(tmp, path).map_err(|source| ExportError::Io {
                path: path.clone(),
                source,
            })?;
        }
        self.finished = true;
        Ok(Summary {
            files: self.paths.iter().map(|(_, p)| p.clone()).collect(),
            rows: self.rows,
        })
    }
}

impl Drop for Exporter {
    /// An export that did not finish leaves no partial files behind.
    fn drop(&mut self) {
        if !self.finished {
            self.sinks.clear();
            for (tmp, _) in &self.paths {
                let _ = std::fs::remove_file(tmp);
            }
        }
    }
}

/// The rows of one record as JSON Lines, one object per row with its table's name first
/// (`{"table":"quotes","article_id":…}`): the stream form that a pipe consumer (the Spark
/// example) splits by table. Dates are `YYYY-MM-DD` strings, NULL is `null`.
pub fn json_lines(rows: &Rows, out: &mut String) {
    for (table, rows) in TABLES.iter().zip(&rows.tables) {
        for row in rows {
            let mut obj = Map::with_capacity(row.len() + 1);
            obj.insert("table".into(), table.name.into());
            for (col, cell) in table.columns.iter().zip(row) {
                obj.insert(col.name.into(), cell_json(cell));
            }
            out.push_str(&Value::Object(obj).to_string());
            out.push('\n');
        }
    }
}

fn cell_json(cell: &Cell) -> Value {
    match cell {
        Cell::Null => Value::Null,
        Cell::Str(s) => s.clone().into(),
        Cell::Int(n) => (*n).into(),
        Cell::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
        Cell::Bool(b) => (*b).into(),
        Cell::Date(d) => d.format("%Y-%m-%d").to_string().into(),
    }
}

/// The tables and their columns as JSON (`depeche export --print-schema`), for engines that
/// want the types before reading (the Spark example builds its schema from it).
pub fn schema_json() -> Value {
    serde_json::json!({ "schema": depeche_article::SCHEMA, "tables": TABLES })
}
