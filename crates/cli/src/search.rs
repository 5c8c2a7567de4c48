//! `depeche search`: articles or quotations from the store, as JSON or a table.

use anyhow::Result;
use clap::ValueEnum;
use depeche_store::{EventActor, EventQuery, QuoteQuery, SearchQuery};
use std::io::Write;
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The page of results as JSON (`items`, `next_cursor`).
    Json,
    /// A readable table.
    Table,
}

#[derive(clap::Args)]
pub struct Args {
    /// The store: a SQLite file or a postgres:// URL.
    #[arg(long)]
    db: String,
    /// Words to find (accents and case do not matter; every word must occur).
    q: Option<String>,
    /// Find quotations rather than articles.
    #[arg(long)]
    quotes: bool,
    /// Find coded events (CAMEO: who did what to whom) rather than articles; filter them with
    /// --actor, --code, --country, --from and --to.
    #[arg(long, conflicts_with_all = ["quotes", "q", "speaker", "entity", "place", "source"])]
    events: bool,
    /// Events: an actor on either side, entity id or part of a name (`Poutine`).
    #[arg(long, requires = "events")]
    actor: Option<String>,
    /// Events: a CAMEO code or root (`04` every consultation, `042` visits).
    #[arg(long, requires = "events")]
    code: Option<String>,
    /// Events: ISO country code of either actor (`RU`).
    #[arg(long, requires = "events")]
    country: Option<String>,
    /// Speaker name or part of it (`Sullivan`, `Elysee`).
    #[arg(long)]
    speaker: Option<String>,
    /// Entity id or name (quotations by or about it; articles mentioning it).
    #[arg(long)]
    entity: Option<String>,
    /// Place name or ISO country code mentioned in the article.
    #[arg(long)]
    place: Option<String>,
    /// From this date (YYYY-MM-DD, YYYY-MM or YYYY): publication, or a date mentioned (articles).
    #[arg(long)]
    from: Option<String>,
    /// Up to this date, inclusive.
    #[arg(long)]
    to: Option<String>,
    /// Part of the article's source path or URL (articles only).
    #[arg(long)]
    source: Option<String>,
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// List every quotation: by default each statement (a quotation with its reprints and
    /// fragments) is listed once, with how many times it was quoted (and, once wire copies
    /// are recognised, each set of copies of an article once).
    #[arg(long)]
    all_copies: bool,
    /// Cursor from a previous page's `next_cursor`.
    #[arg(long)]
    cursor: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

fn cell(s: &str, width: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let n = s.chars().count();
    if n > width {
        let mut t: String = s.chars().take(width - 1).collect();
        t.push('…');
        t
    } else {
        format!("{s}{}", " ".repeat(width - n))
    }
}

/// An actor as `name (COUNTRY ROLE)`, `-` when there is none.
fn actor_cell(a: &Option<EventActor>) -> String {
    let Some(a) = a else { return "-".into() };
    let tags: Vec<&str> = [a.country.as_deref(), a.role.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if tags.is_empty() {
        a.name.clone()
    } else {
        format!("{} ({})", a.name, tags.join(" "))
    }
}

pub fn run(args: Args) -> Result<ExitCode> {
    let store = depeche_store::open(&args.db)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (json, count, next) = if args.events {
        let page = store.events(&EventQuery {
            actor: args.actor,
            code: args.code,
            country: args.country,
            from: args.from,
            to: args.to,
            limit: args.limit,
            cursor: args.cursor,
        })?;
        if args.format == Format::Table {
            writeln!(
                out,
                "{}  {}  {}  {}  {}  {}  TRIGGER",
                cell("ARTICLE", 7),
                cell("DATE", 10),
                cell("CODE", 4),
                cell("ACTOR1", 28),
                cell("ACTOR2", 28),
                cell("STATUS", 8),
            )?;
            for h in &page.items {
                writeln!(
                    out,
                    "{}  {}  {}  {}  {}  {}  {}",
                    cell(&h.article.to_string(), 7),
                    cell(h.published.as_deref().unwrap_or("-"), 10),
                    cell(&h.code, 4),
                    cell(&actor_cell(&h.actor1), 28),
                    cell(&actor_cell(&h.actor2), 28),
                    cell(&h.status, 8),
                    cell(&h.trigger, 30).trim_end()
                )?;
            }
        }
        (
            serde_json::to_value(&page)?,
            page.items.len(),
            page.next_cursor,
        )
    } else if args.quotes {
        let page = store.quotes(&QuoteQuery {
            q: args.q,
            speaker: args.speaker,
            entity: args.entity,
            place: args.place,
            from: args.from,
            to: args.to,
            limit: args.limit,
            cursor: args.cursor,
            all_copies: args.all_copies,
        })?;
        if args.format == Format::Table {
            writeln!(
                out,
                "{}  {}  {}  {}  QUOTATION",
                cell("ARTICLE", 7),
                cell("DATE", 10),
                cell("TIMES", 5),
                cell("SPEAKER", 24)
            )?;
            for h in &page.items {
                writeln!(
                    out,
                    "{}  {}  {}  {}  {}",
                    cell(&h.article.to_string(), 7),
                    cell(h.published.as_deref().unwrap_or("-"), 10),
                    cell(&h.occurrences.unwrap_or(1).to_string(), 5),
                    cell(h.speaker.as_deref().unwrap_or("?"), 24),
                    cell(&h.text, 90).trim_end()
                )?;
            }
        }
        (
            serde_json::to_value(&page)?,
            page.items.len(),
            page.next_cursor,
        )
    } else {
        let page = store.search(&SearchQuery {
            q: args.q,
            speaker: args.speaker,
            entity: args.entity,
            place: args.place,
            from: args.from,
            to: args.to,
            source: args.source,
            limit: args.limit,
            cursor: args.cursor,
            all_copies: args.all_copies,
        })?;
        if args.format == Format::Table {
            writeln!(
                out,
                "{}  {}  {}  {}  TITLE",
                cell("ID", 7),
                cell("DATE", 10),
                cell("QUOTES", 6),
                cell("COPIES", 6)
            )?;
            for h in &page.items {
                writeln!(
                    out,
                    "{}  {}  {}  {}  {}",
                    cell(&h.id.to_string(), 7),
                    cell(h.published.as_deref().unwrap_or("-"), 10),
                    cell(&h.quotes.to_string(), 6),
                    cell(&h.copies.unwrap_or(1).to_string(), 6),
                    cell(h.title.as_deref().unwrap_or("(untitled)"), 90).trim_end()
                )?;
            }
        }
        (
            serde_json::to_value(&page)?,
            page.items.len(),
            page.next_cursor,
        )
    };
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?,
        Format::Table => {
            if let Some(c) = next {
                writeln!(out, "({count} shown; more with --cursor {c})")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
