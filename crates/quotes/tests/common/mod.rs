//! What the specification tests share: run segmentation and the quotation stage on a text,
//! and the shape of a table case.

use depeche_article::{Article, QuoteKind, Stage};
use depeche_quotes::QuoteExtractor;
use depeche_segment::Segmenter;

/// The quotations found in `text`: (quote text, kind, speaker name).
pub fn quotes(text: &str) -> Vec<(String, QuoteKind, String)> {
    let mut a = Article::new(text.to_string());
    Segmenter::french().annotate(&mut a);
    QuoteExtractor::french().annotate(&mut a);
    a.quotes
        .iter()
        .map(|q| {
            (
                q.text.clone(),
                q.kind,
                q.speaker.as_ref().map_or(String::new(), |s| s.name.clone()),
            )
        })
        .collect()
}

/// An article and the quotations expected in it: (quote text, kind, speaker name).
pub type Case = (
    &'static str,
    &'static [(&'static str, QuoteKind, &'static str)],
);
