//! Entity F1 (exact span and type) of the rules alone, of the shipped stage (rules + trained
//! model) and of the trained model alone on the held-out NER sets (HIPE-2022 NewsEye French test, last tenth of Europeana), and a dump of
//! the sentences for other systems (`--dump DIR` writes one `NAME.tsv` per set):
//! `cargo run --release -p depeche-entities --example eval_heldout -- /work/shared/data`

use depeche_article::{Article, Stage};
use depeche_entities::ner::{span_counts, LabelledSentence};
use depeche_entities::train::{ner_data, ner_scores};
use std::path::PathBuf;

/// An entity stage over documents of 20 sentences (each sentence a paragraph, words joined by spaces),
/// mentions mapped back to token spans as BIO labels.
fn rules_labels(
    set: &[LabelledSentence],
    tagger: depeche_entities::EntityTagger,
) -> Vec<Vec<String>> {
    let mut out = Vec::with_capacity(set.len());
    for doc in set.chunks(20) {
        let mut text = String::new();
        let mut offsets: Vec<Vec<(usize, usize)>> = Vec::new();
        for s in doc {
            let mut offs = Vec::new();
            for (k, (w, _)) in s.iter().enumerate() {
                if k > 0 {
                    text.push(' ');
                }
                offs.push((text.len(), text.len() + w.len()));
                text.push_str(w);
            }
            text.push_str("\n\n");
            offsets.push(offs);
        }
        let mut a = Article::new(text);
        depeche_segment::Segmenter::french().annotate(&mut a);
        tagger.annotate(&mut a);
        let mut labels: Vec<Vec<String>> = offsets
            .iter()
            .map(|o| vec!["O".to_string(); o.len()])
            .collect();
        for e in &a.entities {
            for m in &e.mentions {
                let (b, en) = (m.span.byte_start, m.span.byte_end);
                for (si, offs) in offsets.iter().enumerate() {
                    let first = offs.iter().position(|&(s, _)| s == b);
                    let last = offs.iter().position(|&(_, t)| t == en);
                    if let (Some(i), Some(j)) = (first, last) {
                        for (k, l) in labels[si].iter_mut().enumerate().take(j + 1).skip(i) {
                            *l = format!("{}-{:?}", if k == i { "B" } else { "I" }, e.kind);
                        }
                    }
                }
            }
        }
        out.extend(labels);
    }
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let data = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data"));
    let dump = args.skip_while(|a| a != "--dump").nth(1).map(PathBuf::from);
    let (_, held) = match ner_data(&data) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("eval_heldout: {}: {e}", data.display());
            std::process::exit(2);
        }
    };
    for (name, set) in &held {
        for (tname, tagger) in [
            ("rules", depeche_entities::EntityTagger::rules()),
            ("shipped", depeche_entities::EntityTagger::french()),
        ] {
            let rules = rules_labels(set, tagger);
            let (mut tp, mut np, mut ng) = (0, 0, 0);
            for (s, pred) in set.iter().zip(&rules) {
                let gold: Vec<&str> = s.iter().map(|(_, l)| l.as_str()).collect();
                let pred: Vec<&str> = pred.iter().map(String::as_str).collect();
                let (t, p, g) = span_counts(&gold, &pred);
                tp += t;
                np += p;
                ng += g;
            }
            let (p, r) = (tp as f64 / np.max(1) as f64, tp as f64 / ng.max(1) as f64);
            println!(
                "{name}: {tname} P {p:.4} R {r:.4} F1 {:.4}",
                2.0 * p * r / (p + r).max(1e-9)
            );
        }
        let model = depeche_entities::ner::NerModel::french();
        let (p, r, f) = ner_scores(set, |w| {
            model.label(w).into_iter().map(String::from).collect()
        });
        println!("{name}: trained P {p:.4} R {r:.4} F1 {f:.4}");
        if let Some(dir) = &dump {
            let file = dir.join(format!(
                "{}.tsv",
                name.split_whitespace().next().unwrap_or("set")
            ));
            let body: String = set
                .iter()
                .map(|s| {
                    s.iter()
                        .map(|(w, l)| format!("{w}\t{l}\n"))
                        .collect::<String>()
                        + "\n"
                })
                .collect();
            if let Err(e) = std::fs::write(&file, body) {
                eprintln!("eval_heldout: {}: {e}", file.display());
            }
        }
    }
}
