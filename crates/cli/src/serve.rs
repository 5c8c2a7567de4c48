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

#[cfg(test)]
mod tests {
    use super::Args;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: Args,
    }

    /// Without `--addr` the server is reachable from this machine only.
    #[test]
    fn binds_to_loopback_by_default() {
        let cli = Cli::try_parse_from(["serve", "--db", "x.db"]).unwrap();
        assert!(cli.args.addr.ip().is_loopback(), "{}", cli.args.addr);
        // other interfaces only when asked for
        let cli = Cli::try_parse_from(["serve", "--db", "x.db", "--addr", "0.0.0.0:9"]).unwrap();
        assert!(!cli.args.addr.ip().is_loopback());
    }
}
