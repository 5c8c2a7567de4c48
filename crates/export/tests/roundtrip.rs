//! Records analysed by the real pipeline, exported, then read back with the parquet crate's
//! own reader and the csv crate: row counts and values must match the JSON records.

use chrono::NaiveDate;
use depeche_article::Article;
use depeche_export::{flatten, Cell, ExportError, Exporter, Format, Kind, TABLES};
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("depeche-export-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

/// Real records: the reference article and two short dispatches, one with no date.
fn records() -> Vec<Value> {
    let seed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/seed-kim-poutine.txt"),
    )
    .unwrap();
    let texts = [
        seed.as_str(),
        "Grève à la SNCF\n\nPARIS, 3 mars 2024 (AFP) - « Nous ne lâcherons rien », a déclaré \
         mardi Sophie Binet, secrétaire générale de la CGT, à Lyon.",
        "Sans date\n\nSelon la préfecture, la route de Marseille est coupée.",
    ];
    let pipeline = depeche_pipeline::Pipeline::new();
    texts
        .iter()
        .map(|t| {
            let mut a = Article::new(t.to_string());
            pipeline.run(&mut a);
            let mut r = a.to_record();
            r["url"] = json!("https://exemple.fr/a");
            r
        })
        .collect()
}

fn field_cell(f: &Field) -> Cell {
    match f {
        Field::Null => Cell::Null,
        Field::Bool(b) => Cell::Bool(*b),
        Field::Long(n) => Cell::Int(*n),
        Field::Double(x) => Cell::Float(*x),
        Field::Str(s) => Cell::Str(s.clone()),
        Field::Date(d) => {
            Cell::Date(NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::Days::new(*d as u64))
        }
        other => panic!("unexpected Parquet field {other:?}"),
    }
}

/// Every row of a Parquet file, with the column names it declares.
fn read_parquet(path: &Path) -> (Vec<String>, Vec<Vec<Cell>>) {
    let reader = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
    let names = reader
        .metadata()
        .file_metadata()
        .schema_descr()
        .columns()
        .iter()
        .map(|c| c.name().to_string())
        .collect();
    let rows = reader
        .get_row_iter(None)
        .unwrap()
        .map(|r| {
            r.unwrap()
                .get_column_iter()
                .map(|(_, f)| field_cell(f))
                .collect()
        })
        .collect();
    (names, rows)
}

fn expected() -> (Vec<Value>, Vec<Vec<Vec<Cell>>>) {
    let recs = records();
    let mut tables: Vec<Vec<Vec<Cell>>> = vec![Vec::new(); TABLES.len()];
    for r in &recs {
        for (t, rows) in flatten(r).unwrap().tables.into_iter().enumerate() {
            tables[t].extend(rows);
        }
    }
    (recs, tables)
}

#[test]
fn parquet_reads_back_with_the_records_values() {
    let (recs, tables) = expected();
    let dir = tmpdir("pq");
    let mut out = Exporter::create(&dir, Format::Parquet).unwrap();
    for r in &recs {
        out.write_record(r).unwrap();
    }
    let summary = out.finish().unwrap();
    for (t, table) in TABLES.iter().enumerate() {
        let (names, rows) = read_parquet(&dir.join(format!("{}.parquet", table.name)));
        let want: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
        assert_eq!(names, want, "{}", table.name);
        assert_eq!(rows, tables[t], "{}", table.name);
        assert_eq!(summary.rows[t], rows.len() as u64, "{}", table.name);
    }
    // counts and values against the JSON records themselves, not only against flatten()
    let count = |k: &str| -> usize { recs.iter().map(|r| r[k].as_array().unwrap().len()).sum() };
    let (_, quotes) = read_parquet(&dir.join("quotes.parquet"));
    let (_, articles) = read_parquet(&dir.join("articles.parquet"));
    let (_, mentions) = read_parquet(&dir.join("mentions.parquet"));
    let (_, places) = read_parquet(&dir.join("places.parquet"));
    let (_, times) = read_parquet(&dir.join("times.parquet"));
    assert_eq!(articles.len(), 3);
    assert_eq!(quotes.len(), count("quotes"));
    assert!(quotes.len() >= 4, "the fixtures have quotations");
    assert_eq!(places.len(), count("places"));
    assert_eq!(times.len(), count("times"));
    let n_mentions: usize = recs
        .iter()
        .flat_map(|r| r["entities"].as_array().unwrap())
        .map(|e| e["mentions"].as_array().unwrap().len())
        .sum();
    assert_eq!(mentions.len(), n_mentions);
    let mut q = 0;
    for r in &recs {
        for (i, jq) in r["quotes"].as_array().unwrap().iter().enumerate() {
            let row = &quotes[q];
            q += 1;
            assert_eq!(row[0], Cell::Str(r["id"].as_str().unwrap().into()));
            assert_eq!(row[1], Cell::Int(i as i64));
            assert_eq!(row[3], Cell::Int(jq["start"].as_i64().unwrap()));
            assert_eq!(row[4], Cell::Int(jq["end"].as_i64().unwrap()));
            assert_eq!(row[5], Cell::Str(jq["text"].as_str().unwrap().into()));
            assert_eq!(row[6], Cell::Str(jq["kind"].as_str().unwrap().into()));
            match jq["speaker"]["name"].as_str() {
                Some(n) => assert_eq!(row[13], Cell::Str(n.into())),
                None => assert_eq!(row[13], Cell::Null),
            }
            match r["published"].as_str() {
                Some(d) => assert_eq!(
                    row[2],
                    Cell::Date(NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap())
                ),
                None => assert_eq!(row[2], Cell::Null),
            }
        }
    }
    // the reference article: Jake Sullivan's quotation, with role and entity
    let sullivan = quotes
        .iter()
        .find(|r| r[13] == Cell::Str("Jake Sullivan".into()))
        .expect("Sullivan is quoted");
    assert_eq!(
        sullivan[15],
        Cell::Str("conseiller à la sécurité nationale".into())
    );
    assert!(matches!(&sullivan[16], Cell::Str(e) if e.starts_with('e')));
    // the undated article has NULL dates, the others real ones
    assert_eq!(articles[2][1], Cell::Null);
    assert_eq!(
        articles[0][1],
        Cell::Date(NaiveDate::from_ymd_opt(2023, 9, 11).unwrap())
    );
    assert_eq!(articles[0][4], Cell::Str("https://exemple.fr/a".into()));
    assert_eq!(
        articles[0][5],
        Cell::Str(
            records()[0]["text"]
                .as_str()
                .unwrap()
                .lines()
                .next()
                .unwrap()
                .into()
        )
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn csv_reads_back_with_the_records_values() {
    let (recs, tables) = expected();
    let dir = tmpdir("csv");
    let mut out = Exporter::create(&dir, Format::Csv).unwrap();
    for r in &recs {
        out.write_record(r).unwrap();
    }
    out.finish().unwrap();
    for (t, table) in TABLES.iter().enumerate() {
        let mut rd = csv::Reader::from_path(dir.join(format!("{}.csv", table.name))).unwrap();
        let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
        let want: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
        assert_eq!(header, want);
        let rows: Vec<Vec<String>> = rd
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        assert_eq!(rows.len(), tables[t].len(), "{}", table.name);
        for (row, cells) in rows.iter().zip(&tables[t]) {
            for ((s, c), col) in row.iter().zip(cells).zip(table.columns) {
                let back = match (c, col.kind) {
                    (Cell::Null, _) => s.is_empty(),
                    (Cell::Str(v), Kind::String) => s == v,
                    (Cell::Int(v), Kind::Int64) => s.parse::<i64>().unwrap() == *v,
                    (Cell::Float(v), Kind::Float64) => s.parse::<f64>().unwrap() == *v,
                    (Cell::Bool(v), Kind::Bool) => s.parse::<bool>().unwrap() == *v,
                    (Cell::Date(v), Kind::Date) => *s == v.format("%Y-%m-%d").to_string(),
                    _ => false,
                };
                assert!(back, "{}.{}: {s:?} vs {c:?}", table.name, col.name);
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_row_fits_its_table() {
    for r in records() {
        let rows = flatten(&r).unwrap();
        for (table, rows) in TABLES.iter().zip(&rows.tables) {
            for row in rows {
                assert_eq!(row.len(), table.columns.len(), "{}", table.name);
                for (cell, col) in row.iter().zip(table.columns) {
                    let ok = matches!(
                        (cell, col.kind),
                        (Cell::Null, _)
                            | (Cell::Str(_), Kind::String)
                            | (Cell::Int(_), Kind::Int64)
                            | (Cell::Float(_), Kind::Float64)
                            | (Cell::Bool(_), Kind::Bool)
                            | (Cell::Date(_), Kind::Date)
                    ) && (col.nullable || *cell != Cell::Null);
                    assert!(ok, "{}.{}: {cell:?}", table.name, col.name);
                }
            }
        }
    }
}

#[test]
fn records_that_are_not_depeche_1_are_refused_with_their_id() {
    let good = records().remove(2);
    let mut no_schema = good.clone();
    no_schema.as_object_mut().unwrap().remove("schema");
    let mut v2 = good.clone();
    v2["schema"] = json!("depeche/2");
    let mut bad_quote = records().remove(1);
    bad_quote["quotes"][0]["start"] = json!("douze");
    let mut bad_url = good.clone();
    bad_url["url"] = json!(3);
    for (rec, needle) in [
        (no_schema, "no \"schema\""),
        (v2, "depeche/2"),
        (bad_quote, "invalid type"),
        (bad_url, "\"url\" must be a string"),
        (json!([1, 2]), "no \"schema\""),
    ] {
        let e = flatten(&rec).unwrap_err().to_string();
        assert!(e.contains(needle), "{e}");
        let id = rec.get("id").and_then(Value::as_str).unwrap_or("(no id)");
        assert!(e.starts_with(&format!("record {id}:")), "{e}");
    }
}

#[test]
fn existing_files_are_never_overwritten_and_a_file_is_not_a_directory() {
    let dir = tmpdir("exists");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("quotes.parquet"), b"precious").unwrap();
    let e = Exporter::create(&dir, Format::Parquet).err().unwrap();
    assert!(matches!(e, ExportError::Exists { .. }), "{e}");
    assert!(e.to_string().contains("quotes.parquet"), "{e}");
    assert_eq!(
        std::fs::read(dir.join("quotes.parquet")).unwrap(),
        b"precious"
    );
    // CSV into the same directory is fine: other file names
    Exporter::create(&dir, Format::Csv)
        .unwrap()
        .finish()
        .unwrap();
    let file = dir.join("quotes.parquet");
    let e = Exporter::create(&file, Format::Csv).err().unwrap();
    assert!(e.to_string().contains("not a directory"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unfinished_export_leaves_no_file() {
    let dir = tmpdir("drop");
    let mut out = Exporter::create(&dir, Format::Parquet).unwrap();
    out.write_record(&records()[0]).unwrap();
    drop(out);
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_empty_export_has_every_table_with_no_rows() {
    let dir = tmpdir("empty");
    let s = Exporter::create(&dir, Format::Parquet)
        .unwrap()
        .finish()
        .unwrap();
    assert_eq!(s.rows, [0; TABLES.len()]);
    for t in &TABLES {
        let (names, rows) = read_parquet(&dir.join(format!("{}.parquet", t.name)));
        assert_eq!(names.len(), t.columns.len());
        assert!(rows.is_empty());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn docs_export_md_lists_every_column_with_its_type() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/export.md"))
            .unwrap();
    for t in &TABLES {
        let head = format!("### `{}`", t.name);
        let start = doc
            .find(&head)
            .unwrap_or_else(|| panic!("no section {head}"));
        let section = &doc[start + head.len()..];
        let section = &section[..section.find("\n### ").unwrap_or(section.len())];
        let documented: Vec<(String, String)> = section
            .lines()
            .filter(|l| l.starts_with("| `"))
            .map(|l| {
                let cells: Vec<&str> = l.split('|').map(str::trim).collect();
                (cells[1].trim_matches('`').to_string(), cells[2].to_string())
            })
            .collect();
        let want: Vec<(String, String)> = t
            .columns
            .iter()
            .map(|c| {
                let ty = c.kind.sql().to_string();
                (
                    c.name.to_string(),
                    if c.nullable {
                        ty
                    } else {
                        format!("{ty} NOT NULL")
                    },
                )
            })
            .collect();
        assert_eq!(documented, want, "docs/export.md, table {}", t.name);
    }
}
