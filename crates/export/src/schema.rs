//! The tables and their columns: one description that the writers, `depeche export
//! --print-schema` (which the Spark job reads) and the documentation test all use.

use chrono::NaiveDate;
use serde::Serialize;

/// Column types, chosen so that DuckDB, BigQuery and Spark map each to one native type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// UTF-8 text (Parquet BYTE_ARRAY with the STRING logical type).
    String,
    /// 64-bit signed integer (Parquet INT64): offsets, indexes, counts.
    Int64,
    /// 64-bit float (Parquet DOUBLE): coordinates.
    Float64,
    /// Parquet BOOLEAN.
    Bool,
    /// A calendar date (Parquet INT32 with the DATE logical type: days since 1970-01-01).
    Date,
}

impl Kind {
    /// The type as DuckDB names it (BigQuery: STRING, INT64, FLOAT64, BOOL, DATE).
    pub fn sql(self) -> &'static str {
        match self {
            Kind::String => "VARCHAR",
            Kind::Int64 => "BIGINT",
            Kind::Float64 => "DOUBLE",
            Kind::Bool => "BOOLEAN",
            Kind::Date => "DATE",
        }
    }
}

/// One column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Column {
    pub name: &'static str,
    #[serde(rename = "type")]
    pub kind: Kind,
    /// False when every row has a value.
    pub nullable: bool,
}

/// One table: its name (also the file name) and its columns, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [Column],
}

/// A value in a row; `Null` only in a nullable column.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Date(NaiveDate),
}

impl From<Option<String>> for Cell {
    fn from(v: Option<String>) -> Self {
        v.map_or(Cell::Null, Cell::Str)
    }
}

const fn col(name: &'static str, kind: Kind, nullable: bool) -> Column {
    Column {
        name,
        kind,
        nullable,
    }
}

use Kind::{Bool, Date, Float64, Int64, String as Str};

/// Index of each table in [`TABLES`] and in [`crate::Rows`].
pub const ARTICLES: usize = 0;
pub const QUOTES: usize = 1;
pub const ENTITIES: usize = 2;
pub const MENTIONS: usize = 3;
pub const TIMES: usize = 4;
pub const PLACES: usize = 5;
pub const EVENTS: usize = 6;

/// Every table, in the order of the index constants. Each child table repeats `article_id`
/// and `published`, so that a count by day or by speaker needs no join (as in GDELT).
pub const TABLES: [Table; 7] = [
    Table {
        name: "articles",
        columns: &[
            col("article_id", Str, false),
            col("published", Date, true),
            col("published_source", Str, true),
            col("source", Str, true),
            col("url", Str, true),
            col("title", Str, true),
            col("author", Str, true),
            col("lang", Str, true),
            col("chars", Int64, false),
            col("words", Int64, false),
            col("paragraphs", Int64, false),
            col("sentences", Int64, false),
            col("quotes", Int64, false),
            col("entities", Int64, false),
            col("times", Int64, false),
            col("places", Int64, false),
            col("meta", Str, true),
            col("text", Str, false),
        ],
    },
    Table {
        name: "quotes",
        columns: &[
            col("article_id", Str, false),
            col("quote_index", Int64, false),
            col("published", Date, true),
            col("start", Int64, false),
            col("end", Int64, false),
            col("text", Str, false),
            col("kind", Str, false),
            col("partial", Bool, false),
            col("cue", Str, true),
            col("cue_lemma", Str, true),
            col("speaker", Str, true),
            col("speaker_start", Int64, true),
            col("speaker_end", Int64, true),
            col("speaker_name", Str, true),
            col("speaker_kind", Str, true),
            col("speaker_role", Str, true),
            col("speaker_entity_id", Str, true),
            col("speaker_resolved", Bool, true),
            col("speaker_gender", Str, true),
        ],
    },
    Table {
        name: "entities",
        columns: &[
            col("article_id", Str, false),
            col("entity_id", Str, false),
            col("published", Date, true),
            col("name", Str, false),
            col("type", Str, false),
            col("mentions", Int64, false),
            col("gender", Str, true),
            col("gender_evidence", Str, true),
        ],
    },
    Table {
        name: "mentions",
        columns: &[
            col("article_id", Str, false),
            col("entity_id", Str, false),
            col("mention_index", Int64, false),
            col("published", Date, true),
            col("start", Int64, false),
            col("end", Int64, false),
            col("text", Str, false),
        ],
    },
    Table {
        name: "times",
        columns: &[
            col("article_id", Str, false),
            col("time_index", Int64, false),
            col("published", Date, true),
            col("start", Int64, false),
            col("end", Int64, false),
            col("text", Str, false),
            col("type", Str, false),
            col("value", Str, false),
            col("date", Date, true),
        ],
    },
    Table {
        name: "places",
        columns: &[
            col("article_id", Str, false),
            col("place_index", Int64, false),
            col("published", Date, true),
            col("start", Int64, false),
            col("end", Int64, false),
            col("text", Str, false),
            col("name", Str, false),
            col("country", Str, false),
            col("feature", Str, false),
            col("lat", Float64, false),
            col("lon", Float64, false),
            col("geonames_id", Int64, true),
            col("entity_id", Str, true),
        ],
    },
    // GDELT's event table: one row per coded event, actor names, countries and roles as
    // columns (GDELT's Actor1Code packs country and role together; here they are apart)
    Table {
        name: "events",
        columns: &[
            col("article_id", Str, false),
            col("event_index", Int64, false),
            col("published", Date, true),
            col("start", Int64, false),
            col("end", Int64, false),
            col("trigger", Str, false),
            col("root", Str, false),
            col("code", Str, false),
            col("status", Str, false),
            col("actor1_name", Str, true),
            col("actor1_entity_id", Str, true),
            col("actor1_country", Str, true),
            col("actor1_role", Str, true),
            col("actor2_name", Str, true),
            col("actor2_entity_id", Str, true),
            col("actor2_country", Str, true),
            col("actor2_role", Str, true),
            col("place", Str, true),
            col("date", Str, true),
            col("event_date", Date, true),
            col("quote_index", Int64, true),
        ],
    },
];
