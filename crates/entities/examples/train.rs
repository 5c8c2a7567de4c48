//! Build the entity and tagging models from the shared data:
//! `cargo run --release -p depeche-entities --example train -- /work/shared/data`

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let data = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data"));
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("model");
    let t0 = std::time::Instant::now();
    match depeche_entities::train::train(&data, &out) {
        Ok(report) => {
            println!(
                "{report}\ntrained in {:.1}s -> {}",
                t0.elapsed().as_secs_f64(),
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("train: {}: {e}", data.display());
            ExitCode::from(2)
        }
    }
}
