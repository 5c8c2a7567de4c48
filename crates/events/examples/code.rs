//! Code one text file and print its events as a JSON object `{"events": [...]}`, without the
//! CLI (quick iteration on the lexicon):
//!
//! ```sh
//! cargo run -p depeche-events --example code -- [--published YYYY-MM-DD] FILE
//! ```

use depeche_article::{Article, Stage};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (published, file) = match args.as_slice() {
        [flag, date, file] if flag == "--published" => (Some(date.clone()), file.clone()),
        [file] => (None, file.clone()),
        _ => {
            eprintln!("usage: code [--published YYYY-MM-DD] FILE");
            std::process::exit(2);
        }
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{file}: {e}");
            std::process::exit(1);
        }
    };
    let mut a = Article::new(text);
    if let Some(d) = published {
        match chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d") {
            Ok(d) => a.published = Some(d),
            Err(e) => {
                eprintln!("--published {d}: {e}");
                std::process::exit(2);
            }
        }
    }
    depeche_segment::Segmenter::french().annotate(&mut a);
    depeche_times::TimeTagger::french().annotate(&mut a);
    depeche_entities::EntityTagger::french().annotate(&mut a);
    depeche_places::PlaceResolver::french().annotate(&mut a);
    depeche_quotes::QuoteExtractor::french().annotate(&mut a);
    depeche_events::EventCoder::french().annotate(&mut a);
    let v = serde_json::json!({ "events": a.events });
    println!("{v}");
}
