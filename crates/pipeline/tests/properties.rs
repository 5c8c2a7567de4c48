//! Property tests over random and mutated articles: the pipeline never panics, every span lies
//! on char boundaries inside `text`, and every span's `text` is the slice it points to.

use depeche_pipeline::{Pipeline, TextInput};
use proptest::prelude::*;
use serde_json::Value;

const SEED: &str = include_str!("../../../examples/seed-kim-poutine.txt");

/// Pieces that stress the French rules: marks with odd spacing, clitics, elisions, numbers.
const PIECES: &[&str] = &[
    "«",
    "»",
    "\u{a0}",
    "\u{202f}",
    "\u{ad}",
    "“",
    "”",
    "\"",
    "‹",
    "›",
    " a-t-il déclaré",
    ", selon lui,",
    " qu'",
    "l’",
    "M.",
    " Mme ",
    "3,5",
    "10 000",
    "(...)",
    "\n\n",
    "\n",
    " — ",
    "R : ",
    "Q : ",
    "é",
    "𝒳",
    "lundi 11 septembre",
    " hier",
    ". ",
    "?",
    "…",
    "-t-on",
];

fn check(article: &depeche_pipeline::Article) {
    let record = article.to_record();
    let text = record["text"].as_str().unwrap();
    let chars: Vec<char> = text.chars().collect();
    walk(&record, &chars);
}

fn walk(v: &Value, chars: &[char]) {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (
                m.get("start").and_then(Value::as_u64),
                m.get("end").and_then(Value::as_u64),
            ) {
                let (s, e) = (s as usize, e as usize);
                assert!(
                    s <= e && e <= chars.len(),
                    "span {s}..{e} outside {} chars",
                    chars.len()
                );
                if let Some(t) = m.get("text").and_then(Value::as_str) {
                    assert_eq!(chars[s..e].iter().collect::<String>(), t);
                }
            }
            m.iter()
                .filter(|(k, _)| *k != "text")
                .for_each(|(_, x)| walk(x, chars));
        }
        Value::Array(a) => a.iter().for_each(|x| walk(x, chars)),
        _ => {}
    }
}

fn analyze(text: String) -> depeche_pipeline::Article {
    Pipeline::new().analyze(TextInput {
        id: None,
        source: None,
        text,
        published: None,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_text_never_breaks_offsets(text in "\\PC{0,300}") {
        check(&analyze(text));
    }

    #[test]
    fn random_french_pieces_never_break_offsets(pieces in prop::collection::vec(0..PIECES.len(), 0..60), words in "[A-Za-zéèàç ]{0,40}") {
        let mut text = String::new();
        for (i, p) in pieces.iter().enumerate() {
            text.push_str(PIECES[*p]);
            if i % 3 == 0 {
                text.push_str(&words);
            }
        }
        check(&analyze(text));
    }

    #[test]
    fn mutated_reference_article_never_breaks_offsets(cuts in prop::collection::vec((0usize..2000, 0..PIECES.len()), 1..12)) {
        let mut text = SEED.to_string();
        for (at, p) in cuts {
            let mut at = at % (text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text.insert_str(at, PIECES[p]);
        }
        check(&analyze(text));
    }
}
