//! Folds the lexicon of known names at build time.
//!
//! `data/names.tsv` holds some twenty-four thousand names; folding each of them (the key the
//! rules look names up by, `depeche_places::fold`) at the start of every process was most of
//! a one-article run's start-up. This script folds them once, with the same folding code
//! (`../places/src/fold.rs`, std only), and writes `known_names.txt` into `OUT_DIR`: one line
//! per name, a class letter, a tab and the folded name. Classes: `P` a person, `C` an
//! organisation of the hand-read sources (the media lists and the project's own, the only
//! ones the trained model knows as a feature), `O` any other organisation.

#[allow(dead_code)]
#[path = "../places/src/fold.rs"]
mod fold;

use std::path::PathBuf;

/// Capitalised particles that open a surname (`Le Pen`, `De Santis`, `Van Persie`).
/// (`La` and `Des` left out: `La Rosa`, `La Riva`, `La Marca` name restaurants, districts and
/// regions as often as persons.)
const PARTICLES: &[&str] = &["Le", "De", "Du", "Di", "Da", "Del", "Van", "Von"];

fn main() {
    println!("cargo:rerun-if-changed=data/names.tsv");
    println!("cargo:rerun-if-changed=../places/src/fold.rs");
    println!("cargo:rerun-if-changed=build.rs");
    let tsv = std::fs::read_to_string("data/names.tsv").expect("data/names.tsv");
    let mut out = String::with_capacity(tsv.len());
    for line in tsv.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(name), Some(kind), Some(source)) = (cols.next(), cols.next(), cols.nth(1)) else {
            continue;
        };
        let class = match kind {
            // the sources read name by name: the feature of the shipped model means what it
            // meant when the model learnt its weight; the long lists of general knowledge
            // (parliaments, parties, clubs) inform the rules only
            "ORG" if matches!(source, "mdiplo" | "project") => 'C',
            "ORG" => 'O',
            "PER" => 'P',
            _ => continue,
        };
        out.push(class);
        out.push('\t');
        out.push_str(&fold::fold(name));
        out.push('\n');
        // a surname with its capitalised particle is how the news names the person alone
        // (Marine Le Pen → Le Pen, Ursula Von der Leyen → Von der Leyen): a known person too,
        // whose particle, opening a sentence, is no article
        if class == 'P' {
            let words: Vec<&str> = name.split(' ').collect();
            // (a French particle in lower case stays with the given name: the news writes
            // Villepin alone; a foreign one goes with the surname: von der Leyen)
            if let Some(p) = (1..words.len().saturating_sub(1)).find(|&k| {
                PARTICLES.contains(&words[k])
                    || matches!(words[k], "van" | "von" | "di" | "da" | "del" | "dos")
            }) {
                out.push_str("P\t");
                out.push_str(&fold::fold(&words[p..].join(" ")));
                out.push('\n');
            }
        }
    }
    let dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(dir.join("known_names.txt"), out).expect("write known_names.txt");
}
