//! `depeche entities`: look at the collection-wide identities of a store and correct them by
//! hand (`split`, `merge`). The store decides and keeps the decisions
//! (`depeche_store::identities`); this only parses arguments and prints JSON.

use anyhow::Result;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Print an entity's page as JSON: its identity (name variants, decisions), articles,
    /// quotations and statements. ID is an identity id (digits) or an entity id
    /// (`francois-hollande`).
    Show {
        #[arg(long)]
        db: String,
        id: String,
    },
    /// Keep a name variant apart from an identity (in every article, or in one with
    /// `--article`); articles stored later keep the decision.
    Split {
        #[arg(long)]
        db: String,
        /// The identity id.
        identity: i64,
        /// The variant, as the articles give it ("Hollande") or as its entity id.
        variant: String,
        /// Only in this article (store id).
        #[arg(long)]
        article: Option<i64>,
    },
    /// Merge identity FROM into identity INTO; mentions of FROM in articles stored later go
    /// to INTO too.
    Merge {
        #[arg(long)]
        db: String,
        into: i64,
        from: i64,
    },
}

pub fn run(args: Args) -> Result<ExitCode> {
    let out = match args.command {
        Command::Show { db, id } => {
            let store = depeche_store::open(&db)?;
            match store.entity(&id)? {
                Some(page) => serde_json::to_string_pretty(&page)?,
                None => {
                    eprintln!("depeche: {}: no entity or identity {id:?}", store.name());
                    return Ok(ExitCode::from(1));
                }
            }
        }
        Command::Split {
            db,
            identity,
            variant,
            article,
        } => {
            let mut store = depeche_store::open(&db)?;
            serde_json::to_string_pretty(&store.split_identity(identity, &variant, article)?)?
        }
        Command::Merge { db, into, from } => {
            let mut store = depeche_store::open(&db)?;
            serde_json::to_string_pretty(&store.merge_identities(into, from)?)?
        }
    };
    println!("{out}");
    Ok(ExitCode::SUCCESS)
}
