//! CSV output: a header line with the column names, then one line per row (RFC 4180 quoting
//! by the `csv` crate). NULL is an empty field, as DuckDB, BigQuery and Spark read it.

use crate::schema::{Cell, Table};
use crate::ExportError;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

pub(crate) struct CsvTable {
    table: Table,
    path: PathBuf,
    writer: csv::Writer<BufWriter<File>>,
    field: Vec<String>,
}

impl CsvTable {
    pub(crate) fn create(table: Table, path: &Path) -> Result<Self, ExportError> {
        let file = File::create(path).map_err(|source| ExportError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let mut writer = csv::Writer::from_writer(BufWriter::with_capacity(1 << 20, file));
        writer
            .write_record(table.columns.iter().map(|c| c.name))
            .map_err(|source| ExportError::Csv {
                path: path.to_path_buf(),
                source,
            })?;
        Ok(CsvTable {
            table,
            path: path.to_path_buf(),
            writer,
            field: Vec::new(),
        })
    }

    pub(crate) fn push(&mut self, row: Vec<Cell>) -> Result<(), ExportError> {
        if row.len() != self.table.columns.len() {
            return Err(ExportError::Row {
                table: self.table.name,
                message: format!(
                    "a row of {} values for {} columns",
                    row.len(),
                    self.table.columns.len()
                ),
            });
        }
        self.field.clear();
        for cell in row {
            self.field.push(match cell {
                Cell::Null => String::new(),
                Cell::Str(s) => s,
                Cell::Int(n) => n.to_string(),
                // Rust prints the shortest text that reads back to the same f64
                Cell::Float(f) => f.to_string(),
                Cell::Bool(b) => b.to_string(),
                Cell::Date(d) => d.format("%Y-%m-%d").to_string(),
            });
        }
        self.writer
            .write_record(&self.field)
            .map_err(|source| ExportError::Csv {
                path: self.path.clone(),
                source,
            })
    }

    pub(crate) fn finish(self) -> Result<(), ExportError> {
        let path = self.path;
        let inner = self.writer.into_inner().map_err(|e| ExportError::Io {
            path: path.clone(),
            source: std::io::Error::other(e.to_string()),
        })?;
        let file = inner.into_inner().map_err(|e| ExportError::Io {
            path: path.clone(),
            source: e.into_error(),
        })?;
        file.sync_all()
            .map_err(|source| ExportError::Io { path, source })
    }
}
