//! Giving a store made by an earlier version the tables a later one added, once.
//!
//! Each table family checks whether it is there and, if not, creates and fills it: in SQLite
//! in one immediate transaction (a failed fill leaves the store as it was); in PostgreSQL
//! under the schema lock, checking again once the lock is held, so that of several workers
//! opening the database together one does it and the others find it done.

/// Whether an SQLite table has a column (the sign that a later version's migration ran).
pub fn sqlite_has_column(
    conn: &rusqlite::Connection,
    table: &str,
    column: &str,
) -> rusqlite::Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM pragma_table_info(?1) WHERE name = ?2",
        [table, column],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// Run `fill` in one immediate transaction: committed when it succeeds, rolled back when not.
pub fn sqlite_in_tx(
    conn: &rusqlite::Connection,
    fill: impl FnOnce() -> rusqlite::Result<()>,
) -> rusqlite::Result<()> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    match fill() {
        Ok(()) => conn.execute_batch("COMMIT"),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

/// Run `create` unless the relation `ready` (a table or index it makes) exists, under the
/// advisory lock `lock`, in one transaction.
#[cfg(feature = "postgres")]
pub fn pg_once(
    client: &mut postgres::Client,
    lock: i64,
    ready: &str,
    create: impl FnOnce(&mut postgres::Transaction) -> Result<(), postgres::Error>,
) -> Result<(), postgres::Error> {
    let probe = format!("SELECT to_regclass('{ready}') IS NOT NULL");
    if client.query_one(probe.as_str(), &[])?.get::<_, bool>(0) {
        return Ok(());
    }
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&lock])?;
    if !tx.query_one(probe.as_str(), &[])?.get::<_, bool>(0) {
        create(&mut tx)?;
    }
    tx.commit()
}
