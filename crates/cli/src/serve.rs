//! `depeche serve`: the HTTP API and web page over a store (see `depeche-server`).

use anyhow::Result;
use std::net::SocketAddr;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The store: a SQLite file (created on first use) or a postgres:// URL.
    #[arg(long)]
    db: String,
    /// Address to listen on (loopback by default: only this machine can connect).
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
}

pub fn run(args: Args) -> Result<ExitCode> {
    depeche_server::run(&args.db, args.addr)?;
    Ok(ExitCode::SUCCESS)
}
