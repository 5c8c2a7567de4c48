//! Giving a store made by an earlier version the tables a later one added, once.
//!
//! Each table family checks whether it is there and, if not, creates and fills it: in SQLite
//! in one immediate transaction (a failed fill leaves the store as it was); in PostgreSQL
//! under the schema lock, checking again once the lock is held, so that of several workers
//! opening the database together one does it and the others find it done.

/// What shows that a migration ran in SQLite: a column of a table, or a table.
pub enum Mark<'a> {
    Column(&'a str, &'a str),
    Table(&'a str),
}

fn sqlite_done(conn: &rusqlite::Connection, mark: &Mark) -> rusqlite::Result<bool> {
    let n: i64 = match mark {
        Mark::Column(table, column) => conn.query_row(
            "SELECT COUNT(*) FROM pragma_table_info(?1) WHERE name = ?2",
            [table, column],
            |r| r.get(0),
        )?,
        Mark::Table(name) => conn.query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = ?1",
            [name],
            |r| r.get(0),
        )?,
    };
    Ok(n > 0)
}

/// Run `fill` unless `mark` shows it ran, in one immediate transaction: committed when it
/// succeeds, rolled back when not. The mark is looked at again once the write lock is held:
/// two processes opening a new store together would otherwise both migrate it.
pub fn sqlite_once(
    conn: &rusqlite::Connection,
    mark: Mark,
    fill: impl FnOnce() -> rusqlite::Result<()>,
) -> rusqlite::Result<()> {
    if sqlite_done(conn, &mark)? {
        return Ok(());
    }
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let run = sqlite_done(conn, &mark).and_then(|done| if done { Ok(()) } else { fill() });
    match run {
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
