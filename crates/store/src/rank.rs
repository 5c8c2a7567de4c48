//! `depeche_bm25`: the FTS5 `bm25()` ranking with a bounded cost per query word.
//!
//! SQLite's own `bm25()` learns each query word's document frequency (for its IDF) by walking
//! the word's whole posting list once per query: a word found in nearly every article costs a
//! walk over every article (≈3 ms of a 4.5 ms search at 100,000 articles, and it grows with
//! the store), however few rows are then ranked. `depeche_bm25` computes the same score,
//! term for term (`fts5_aux.c`, k1 = 1.2, b = 0.75, the same column weights), but stops
//! counting a word's documents at [`COUNT_CAP`] and estimates the rest from the density of
//! those first matches along the rowids. Below the cap the score is `bm25()`'s exactly (a
//! test checks it); above it only the IDF is estimated, and an IDF only weighs the words of a
//! query against each other (one word's ranking does not depend on it at all). Every word
//! found in more than half the articles gets the same floor IDF in `bm25()`, so the estimate
//! matters only between the cap and half the store.
//!
//! Registered on each connection through the FTS5 C API (`fts5_api.xCreateFunction`), which
//! rusqlite does not wrap.

use rusqlite::ffi;
use std::ffi::{c_int, c_void};
use std::ptr;

/// Documents counted per query word before its frequency is estimated.
pub const COUNT_CAP: i64 = 2048;

const K1: f64 = 1.2;
const B: f64 = 0.75;

/// Per-query data, computed on the first row ranked and kept by FTS5 until the query ends.
struct QueryData {
    idf: Vec<f64>,
    avgdl: f64,
    freq: Vec<f64>,
    /// The columns a row's length is summed over: all of them (`None`, as `bm25()`), or,
    /// when some column is weighted 0, the others. A 0-weighted column holds tokens that are
    /// not text (filter terms), so they must not make an article look longer.
    length_cols: Option<Vec<c_int>>,
}

/// Tokens of the current row (`row`) or of the whole table in the columns counted.
unsafe fn length(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    cols: &Option<Vec<c_int>>,
) -> Result<f64, c_int> {
    let size = api.xColumnSize.ok_or(ffi::SQLITE_ERROR)?;
    let cols: &[c_int] = match cols {
        Some(c) => c,
        None => &[-1],
    };
    let mut total = 0.0;
    for &c in cols {
        let mut n: c_int = 0;
        rc(size(fts, c, &mut n))?;
        total += n as f64;
    }
    Ok(total)
}

/// The documents containing a word, from the first `count` of them met in rowid order
/// (`first` and `last` their rowids) in a table of `rows` rows whose rowids run from about
/// 1 to `rows`: exact when the walk was not cut (`count < COUNT_CAP`), else the density of
/// the matches seen, carried over the rowids not yet seen.
pub fn estimate_hits(count: i64, first: i64, last: i64, rows: i64) -> i64 {
    if count < COUNT_CAP {
        return count;
    }
    let seen = (last - first).abs() + 1;
    let unseen = (rows - last.max(first)).max(0);
    let est = count as f64 + unseen as f64 * count as f64 / seen as f64;
    (est.round() as i64).clamp(count, rows.max(count))
}

/// What the `xQueryPhrase` callback accumulates.
struct Count {
    n: i64,
    first: i64,
    last: i64,
}

unsafe extern "C" fn count_cb(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    user: *mut c_void,
) -> c_int {
    // SAFETY: `user` is the `Count` that `query_data` passed to xQueryPhrase, alive for the
    // call; `api` and `fts` are the ones FTS5 hands to the callback.
    let c = &mut *(user as *mut Count);
    let rowid = match (*api).xRowid {
        Some(f) => f(fts),
        None => return ffi::SQLITE_ERROR,
    };
    if c.n == 0 {
        c.first = rowid;
    }
    c.last = rowid;
    c.n += 1;
    if c.n >= COUNT_CAP {
        // SQLITE_DONE ends the walk; xQueryPhrase then returns SQLITE_OK
        ffi::SQLITE_DONE
    } else {
        ffi::SQLITE_OK
    }
}

unsafe extern "C" fn drop_query_data(p: *mut c_void) {
    // SAFETY: set by `query_data` from `Box::into_raw`, freed once by FTS5
    drop(Box::from_raw(p as *mut QueryData));
}

/// The query's IDFs and average row length, made on first use.
unsafe fn query_data(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    weights: &[*mut ffi::sqlite3_value],
) -> Result<*mut QueryData, c_int> {
    let get = api.xGetAuxdata.ok_or(ffi::SQLITE_ERROR)?;
    let existing = get(fts, 0) as *mut QueryData;
    if !existing.is_null() {
        return Ok(existing);
    }
    let phrases = api.xPhraseCount.ok_or(ffi::SQLITE_ERROR)?(fts).max(0) as usize;
    let mut rows: i64 = 0;
    rc(api.xRowCount.ok_or(ffi::SQLITE_ERROR)?(fts, &mut rows))?;
    let columns = api.xColumnCount.ok_or(ffi::SQLITE_ERROR)?(fts);
    let weighted: Vec<c_int> = (0..columns)
        .filter(|&c| {
            weights
                .get(c as usize)
                .is_none_or(|v| ffi::sqlite3_value_double(*v) != 0.0)
        })
        .collect();
    let length_cols = if weighted.len() == columns as usize {
        None
    } else {
        Some(weighted)
    };
    let total_size = api.xColumnTotalSize.ok_or(ffi::SQLITE_ERROR)?;
    let mut tokens: i64 = 0;
    for &c in length_cols.as_deref().unwrap_or(&[-1]) {
        let mut n: i64 = 0;
        rc(total_size(fts, c, &mut n))?;
        tokens += n;
    }
    let avgdl = tokens as f64 / (rows.max(1) as f64);
    let query_phrase = api.xQueryPhrase.ok_or(ffi::SQLITE_ERROR)?;
    let mut idf = Vec::with_capacity(phrases);
    for i in 0..phrases {
        let mut c = Count {
            n: 0,
            first: 0,
            last: 0,
        };
        rc(query_phrase(
            fts,
            i as c_int,
            &mut c as *mut Count as *mut c_void,
            Some(count_cb),
        ))?;
        let hits = estimate_hits(c.n, c.first, c.last, rows) as f64;
        // as fts5_aux.c: a word in more than half the rows gets a small positive floor
        let v = ((rows as f64 - hits + 0.5) / (hits + 0.5)).ln();
        idf.push(if v <= 0.0 { 1e-6 } else { v });
    }
    let data = Box::into_raw(Box::new(QueryData {
        idf,
        avgdl,
        freq: vec![0.0; phrases],
        length_cols,
    }));
    let set = api.xSetAuxdata.ok_or(ffi::SQLITE_ERROR)?;
    let r = set(fts, data as *mut c_void, Some(drop_query_data));
    if r != ffi::SQLITE_OK {
        // xSetAuxdata calls the destructor itself when it fails
        return Err(r);
    }
    Ok(data)
}

fn rc(code: c_int) -> Result<(), c_int> {
    if code == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(code)
    }
}

unsafe fn score(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    weights: &[*mut ffi::sqlite3_value],
) -> Result<f64, c_int> {
    let data = &mut *query_data(api, fts, weights)?;
    data.freq.iter_mut().for_each(|f| *f = 0.0);
    let mut n: c_int = 0;
    rc(api.xInstCount.ok_or(ffi::SQLITE_ERROR)?(fts, &mut n))?;
    let inst = api.xInst.ok_or(ffi::SQLITE_ERROR)?;
    for i in 0..n {
        let (mut ip, mut ic, mut io) = (0, 0, 0);
        rc(inst(fts, i, &mut ip, &mut ic, &mut io))?;
        let w = match weights.get(ic as usize) {
            Some(v) => ffi::sqlite3_value_double(*v),
            None => 1.0,
        };
        if let Some(f) = data.freq.get_mut(ip as usize) {
            *f += w;
        }
    }
    let d = length(api, fts, &data.length_cols)?;
    let mut s = 0.0;
    for (idf, f) in data.idf.iter().zip(&data.freq) {
        s += idf * (f * (K1 + 1.0)) / (f + K1 * (1.0 - B + B * d / data.avgdl));
    }
    Ok(-s)
}

unsafe extern "C" fn depeche_bm25(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    n: c_int,
    args: *mut *mut ffi::sqlite3_value,
) {
    // SAFETY: FTS5 passes a valid API table and context, and `n` argument values
    let weights: &[*mut ffi::sqlite3_value] = if n > 0 && !args.is_null() {
        std::slice::from_raw_parts(args, n as usize)
    } else {
        &[]
    };
    match score(&*api, fts, weights) {
        Ok(s) => ffi::sqlite3_result_double(ctx, s),
        Err(code) => ffi::sqlite3_result_error_code(ctx, code),
    }
}

/// Registers `depeche_bm25` on a connection.
pub fn register(conn: &rusqlite::Connection) -> Result<(), String> {
    // SAFETY: the handle is this open connection's; the statement is finalised before
    // returning; `api` is written by `fts5()` through the pointer binding and lives as long
    // as the connection.
    unsafe {
        let db = conn.handle();
        let mut stmt: *mut ffi::sqlite3_stmt = ptr::null_mut();
        let r = ffi::sqlite3_prepare_v2(
            db,
            c"SELECT fts5(?1)".as_ptr(),
            -1,
            &mut stmt,
            ptr::null_mut(),
        );
        if r != ffi::SQLITE_OK {
            return Err(format!("FTS5 is not available (code {r})"));
        }
        let mut api: *mut ffi::fts5_api = ptr::null_mut();
        ffi::sqlite3_bind_pointer(
            stmt,
            1,
            &mut api as *mut *mut ffi::fts5_api as *mut c_void,
            c"fts5_api_ptr".as_ptr(),
            None,
        );
        ffi::sqlite3_step(stmt);
        ffi::sqlite3_finalize(stmt);
        if api.is_null() {
            return Err("FTS5 API pointer not available".into());
        }
        let create = (*api)
            .xCreateFunction
            .ok_or("FTS5 API has no xCreateFunction")?;
        let r = create(
            api,
            c"depeche_bm25".as_ptr(),
            ptr::null_mut(),
            Some(depeche_bm25),
            None,
        );
        if r != ffi::SQLITE_OK {
            return Err(format!("cannot register depeche_bm25 (code {r})"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_are_exact_below_the_cap_and_estimated_above() {
        assert_eq!(estimate_hits(0, 0, 0, 1000), 0);
        assert_eq!(estimate_hits(17, 3, 900, 1000), 17);
        // every row from 1: the first COUNT_CAP rows hold the first COUNT_CAP matches
        assert_eq!(estimate_hits(COUNT_CAP, 1, COUNT_CAP, 100_000), 100_000);
        // one row in four
        let est = estimate_hits(COUNT_CAP, 4, 4 * COUNT_CAP, 100_000);
        assert!((24_900..=25_100).contains(&est), "{est}");
        // never more than the rows, never fewer than counted
        assert_eq!(estimate_hits(COUNT_CAP, 1, COUNT_CAP, 10), COUNT_CAP);
        assert_eq!(estimate_hits(COUNT_CAP, 50, 60, 100_000), 100_000);
    }

    /// Below the cap, `depeche_bm25` is `bm25()` to the last bits of a double, row for row.
    #[test]
    fn equals_fts5_bm25_below_the_cap() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        register(&conn).unwrap();
        conn.execute_batch(
            "CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');",
        )
        .unwrap();
        let words = ["paris", "accord", "sommet", "pyongyang", "élysée", "grève"];
        for i in 0..300usize {
            let title: Vec<&str> = (0..1 + i % 3).map(|k| words[(i + k) % 6]).collect();
            let text: Vec<&str> = (0..3 + i % 11)
                .map(|k| words[(i * 7 + k * k) % (2 + i % 5)])
                .collect();
            conn.execute(
                "INSERT INTO t(title, text) VALUES (?1, ?2)",
                [title.join(" "), text.join(" ")],
            )
            .unwrap();
        }
        for q in [
            "paris",
            "accord sommet",
            "elysee OR greve",
            "pyongyang paris accord",
        ] {
            let mut stmt = conn
                .prepare(
                    "SELECT rowid, bm25(t, 3.0, 1.0), depeche_bm25(t, 3.0, 1.0) FROM t \
                     WHERE t MATCH ?1 ORDER BY rowid",
                )
                .unwrap();
            let rows: Vec<(i64, f64, f64)> = stmt
                .query_map([q], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert!(rows.len() > 10, "{q}: {} rows", rows.len());
            for (id, want, got) in rows {
                assert!(
                    (want - got).abs() <= 1e-12 * want.abs().max(1.0),
                    "{q} row {id}: {want} vs {got}"
                );
            }
        }
        // a third column weighted 0 (filter tokens) changes no score: neither its matches
        // nor its tokens count in a row's length
        conn.execute_batch(
            "CREATE VIRTUAL TABLE u USING fts5(title, text, terms, tokenize = 'unicode61 remove_diacritics 2');
             INSERT INTO u(rowid, title, text, terms)
               SELECT rowid, title, text, CASE WHEN rowid % 3 = 0 THEN 'tx ty tz tw' ELSE 'tx' END FROM t;",
        )
        .unwrap();
        let mut stmt = conn
            .prepare(
                "SELECT t.rowid, bm25(t, 3.0, 1.0), \
                 (SELECT depeche_bm25(u, 3.0, 1.0, 0.0) FROM u \
                  WHERE u MATCH '{title text} : (paris accord) AND terms : tx' AND u.rowid = t.rowid) \
                 FROM t WHERE t MATCH 'paris accord'",
            )
            .unwrap();
        let rows: Vec<(i64, f64, f64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(rows.len() > 10);
        for (id, want, got) in rows {
            assert!(
                (want - got).abs() <= 1e-12 * want.abs().max(1.0),
                "row {id}: {want} vs {got}"
            );
        }
    }
}
