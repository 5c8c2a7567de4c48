//! Parquet output through the low-level column writer: rows are buffered per column and
//! written as one row group when the buffer is full, so memory is bounded by the row group
//! size, not by the export.

use crate::schema::{Cell, Kind, Table};
use crate::ExportError;
use parquet::basic::{Compression, LogicalType, Repetition, Type as Physical, ZstdLevel};
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A row group is written when it holds this many rows or this many bytes of values,
/// whichever comes first: large enough for good compression and fast scans (engines read
/// row groups in parallel), small enough that article texts do not pile up in memory.
const GROUP_ROWS: usize = 64 * 1024;
const GROUP_BYTES: usize = 64 * 1024 * 1024;

enum Values {
    Str(Vec<ByteArray>),
    I64(Vec<i64>),
    F64(Vec<f64>),
    Bool(Vec<bool>),
    Date(Vec<i32>),
}

struct ColumnBuf {
    nullable: bool,
    /// Definition levels (1 = value, 0 = null) of a nullable column.
    defs: Vec<i16>,
    values: Values,
}

pub(crate) struct ParquetTable {
    table: Table,
    path: PathBuf,
    writer: Option<SerializedFileWriter<BufWriter<File>>>,
    columns: Vec<ColumnBuf>,
    rows: usize,
    bytes: usize,
}

fn epoch() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date")
}

/// The Parquet schema of a table.
pub(crate) fn schema(table: &Table) -> Result<Type, parquet::errors::ParquetError> {
    let fields = table
        .columns
        .iter()
        .map(|c| {
            let (physical, logical) = match c.kind {
                Kind::String => (Physical::BYTE_ARRAY, Some(LogicalType::String)),
                Kind::Int64 => (Physical::INT64, None),
                Kind::Float64 => (Physical::DOUBLE, None),
                Kind::Bool => (Physical::BOOLEAN, None),
                Kind::Date => (Physical::INT32, Some(LogicalType::Date)),
            };
            Type::primitive_type_builder(c.name, physical)
                .with_repetition(if c.nullable {
                    Repetition::OPTIONAL
                } else {
                    Repetition::REQUIRED
                })
                .with_logical_type(logical)
                .build()
                .map(Arc::new)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Type::group_type_builder("schema")
        .with_fields(fields)
        .build()
}

impl ParquetTable {
    pub(crate) fn create(table: Table, path: &Path) -> Result<Self, ExportError> {
        let pq = |source| ExportError::Parquet {
            path: path.to_path_buf(),
            source,
        };
        let file = File::create(path).map_err(|source| ExportError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(ZstdLevel::try_new(3).map_err(pq)?))
            .set_created_by(format!("depeche {}", env!("CARGO_PKG_VERSION")))
            .build();
        let writer = SerializedFileWriter::new(
            BufWriter::with_capacity(1 << 20, file),
            Arc::new(schema(&table).map_err(pq)?),
            Arc::new(props),
        )
        .map_err(pq)?;
        let columns = table
            .columns
            .iter()
            .map(|c| ColumnBuf {
                nullable: c.nullable,
                defs: Vec::new(),
                values: match c.kind {
                    Kind::String => Values::Str(Vec::new()),
                    Kind::Int64 => Values::I64(Vec::new()),
                    Kind::Float64 => Values::F64(Vec::new()),
                    Kind::Bool => Values::Bool(Vec::new()),
                    Kind::Date => Values::Date(Vec::new()),
                },
            })
            .collect();
        Ok(ParquetTable {
            table,
            path: path.to_path_buf(),
            writer: Some(writer),
            columns,
            rows: 0,
            bytes: 0,
        })
    }

    pub(crate) fn push(&mut self, row: Vec<Cell>) -> Result<(), ExportError> {
        if row.len() != self.columns.len() {
            return Err(self.bug(format!(
                "a row of {} values for {} columns",
                row.len(),
                self.columns.len()
            )));
        }
        for (i, cell) in row.into_iter().enumerate() {
            let col = &mut self.columns[i];
            let name = self.table.columns[i].name;
            let mismatch = |cell: &Cell| format!("column {name}: unexpected value {cell:?}");
            if matches!(cell, Cell::Null) {
                if !col.nullable {
                    return Err(self.bug(format!("column {name} is not nullable")));
                }
                col.defs.push(0);
                continue;
            }
            if col.nullable {
                col.defs.push(1);
            }
            match (&mut col.values, cell) {
                (Values::Str(v), Cell::Str(s)) => {
                    self.bytes += s.len();
                    v.push(ByteArray::from(s.into_bytes()));
                }
                (Values::I64(v), Cell::Int(n)) => v.push(n),
                (Values::F64(v), Cell::Float(f)) => v.push(f),
                (Values::Bool(v), Cell::Bool(b)) => v.push(b),
                (Values::Date(v), Cell::Date(d)) => v.push(
                    (d - epoch())
                        .num_days()
                        .clamp(i32::MIN.into(), i32::MAX.into()) as i32,
                ),
                (_, cell) => {
                    let m = mismatch(&cell);
                    return Err(self.bug(m));
                }
            }
            self.bytes += 8;
        }
        self.rows += 1;
        if self.rows >= GROUP_ROWS || self.bytes >= GROUP_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    fn bug(&self, message: String) -> ExportError {
        ExportError::Row {
            table: self.table.name,
            message,
        }
    }

    /// Write the buffered rows as one row group.
    fn flush(&mut self) -> Result<(), ExportError> {
        if self.rows == 0 {
            return Ok(());
        }
        let path = self.path.clone();
        let pq = |source| ExportError::Parquet {
            path: path.clone(),
            source,
        };
        let writer = self.writer.as_mut().expect("open until finish");
        let mut group = writer.next_row_group().map_err(pq)?;
        for col in &mut self.columns {
            let Some(mut w) = group.next_column().map_err(pq)? else {
                break;
            };
            let defs = col.nullable.then_some(col.defs.as_slice());
            let written = match &mut col.values {
                Values::Str(v) => w.typed::<ByteArrayType>().write_batch(v, defs, None),
                Values::I64(v) => w.typed::<Int64Type>().write_batch(v, defs, None),
                Values::F64(v) => w.typed::<DoubleType>().write_batch(v, defs, None),
                Values::Bool(v) => w.typed::<BoolType>().write_batch(v, defs, None),
                Values::Date(v) => w.typed::<Int32Type>().write_batch(v, defs, None),
            };
            written.map_err(pq)?;
            w.close().map_err(pq)?;
            col.defs.clear();
            match &mut col.values {
                Values::Str(v) => v.clear(),
                Values::I64(v) => v.clear(),
                Values::F64(v) => v.clear(),
                Values::Bool(v) => v.clear(),
                Values::Date(v) => v.clear(),
            }
        }
        group.close().map_err(pq)?;
        self.rows = 0;
        self.bytes = 0;
        Ok(())
    }

    pub(crate) fn finish(mut self) -> Result<(), ExportError> {
        self.flush()?;
        let path = self.path.clone();
        let writer = self.writer.take().expect("open until finish");
        let inner = writer.into_inner().map_err(|source| ExportError::Parquet {
            path: path.clone(),
            source,
        })?;
        let file = inner.into_inner().map_err(|e| ExportError::Io {
            path: path.clone(),
            source: e.into_error(),
        })?;
        file.sync_all()
            .map_err(|source| ExportError::Io { path, source })
    }
}
