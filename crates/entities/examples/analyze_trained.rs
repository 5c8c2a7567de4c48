//! Print the record of one article analysed with the trained entity model alone
//! (`DEPECHE_MODE=rules`: the rules alone) instead of the shipped combination (segmentation,
//! entities, places only), for scoring beside the shipped stage:
//! `python3 ../shared/eval/score.py --gold-dir ../shared/data/dev-articles \
//!   --run 'target/release/examples/analyze_trained {file}'`

use depeche_article::{Article, Stage};

fn main() {
    let Some(path) = std::env::args().next_back() else {
        return;
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("analyze_trained: {path}: {e}");
            std::process::exit(2);
        }
    };
    let mut a = Article::new(text);
    depeche_segment::Segmenter::french().annotate(&mut a);
    let tagger = match std::env::var("DEPECHE_MODE").as_deref() {
        Ok("rules") => depeche_entities::EntityTagger::rules(),
        _ => depeche_entities::EntityTagger::trained(),
    };
    tagger.annotate(&mut a);
    depeche_places::PlaceResolver::french().annotate(&mut a);
    println!("{}", a.to_record());
}
