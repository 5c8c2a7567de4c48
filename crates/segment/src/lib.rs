//! Segmentation: paragraphs, tokens and sentences, the first layers of every article.
//!
//! - **Paragraphs** are separated by blank lines; the first line is always a paragraph of its
//!   own (the title or lead of a plain-text article).
//! - **Tokens** ([`tokenize`]) follow French typography: elisions are split after the
//!   apostrophe (`l'`, `qu'`, `jusqu'`), `aujourd'hui` is kept whole, hyphenated names stay
//!   one token (`Kim Jong-un`) but inverted clitics are split (`a` `-t-il`), numbers keep their
//!   decimal comma and thousands spaces (`3,5`, `10 000`), soft hyphens never split a word.
//! - **Sentences** ([`sentences`]) end at `.`, `!`, `?` or `…` followed by a capital, an
//!   opening mark or the paragraph's end, but not after abbreviations (`M.`, `Mme.`, `etc.`),
//!   initials (`J. Smith`) or inside `(...)`; closing quote marks and brackets stay with the
//!   sentence they close.
//!
//! Language data (abbreviations, elisions, clitics) comes from `depeche-lang`.

mod sentences;
mod tokens;

pub use sentences::sentence_bounds;
pub use tokens::{tokenize, tokenize_into, RawToken};

use depeche_article::{Article, Paragraph, Sentence, Span, Stage, Token};

/// The segmentation stage.
#[derive(Debug, Default, Clone)]
pub struct Segmenter;

impl Segmenter {
    /// Segmentation with French rules.
    pub fn french() -> Self {
        Segmenter
    }
}

impl Stage for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn annotate(&self, a: &mut Article) {
        let paras = paragraph_bounds(&a.text);
        let mut paragraphs = Vec::with_capacity(paras.len());
        let mut sentences = Vec::new();
        // about one token per five bytes of French text, more in some: reserve once for all
        let mut tokens = Vec::with_capacity(a.text.len() / 4);
        // One cursor for all three layers, visited in text order (paragraph start, its
        // tokens, paragraph end): every byte is counted once. Sentences take the offsets of
        // their first and last tokens.
        let mut cur = a.cursor();
        let mut raw = Vec::new();
        for (pi, &(ps, pe)) in paras.iter().enumerate() {
            let p_start = cur.char_of(ps);
            tokenize_into(&a.text[ps..pe], &mut raw);
            for (ss, se) in sentence_bounds(&a.text[ps..pe], &raw) {
                let si = sentences.len();
                let first = tokens.len();
                for t in &raw[ss..se] {
                    tokens.push(Token {
                        span: cur.span(ps + t.start, ps + t.end),
                        kind: t.kind,
                        sentence: si,
                    });
                }
                let (s0, s1): (&Token, &Token) = (&tokens[first], &tokens[tokens.len() - 1]);
                sentences.push(Sentence {
                    span: Span {
                        start: s0.span.start,
                        end: s1.span.end,
                        byte_start: s0.span.byte_start,
                        byte_end: s1.span.byte_end,
                    },
                    paragraph: pi,
                });
            }
            let p_end = cur.char_of(pe);
            paragraphs.push(Paragraph {
                span: Span {
                    start: p_start,
                    end: p_end,
                    byte_start: ps,
                    byte_end: pe,
                },
            });
        }
        a.title = paragraphs.first().map(|p| p.span);
        a.lead = paragraphs.get(1).map(|p| p.span);
        a.paragraphs = paragraphs;
        a.sentences = sentences;
        a.tokens = tokens;
    }
}

/// Byte ranges of paragraphs, trimmed of surrounding white space. The first line is a
/// paragraph of its own even without a blank line after it.
pub fn paragraph_bounds(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut first_line = true;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push((s, end));
            }
        } else {
            let lead = content.len() - content.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            end = pos + content.trim_end().len();
            if first_line {
                out.push((start.take().expect("set above"), end));
            }
            first_line = false;
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push((s, end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_blank_lines_and_the_first_line_stands_alone() {
        let t = "Titre\nChapô qui suit.\n\n  Corps un.\nsuite\n \nFin.\n";
        let p: Vec<&str> = paragraph_bounds(t).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(p, ["Titre", "Chapô qui suit.", "Corps un.\nsuite", "Fin."]);
    }

    #[test]
    fn stage_fills_layers_with_code_point_offsets() {
        let mut a = Article::new(
            "Été «\u{a0}chaud\u{a0}».\n\nM. Dupont l'a dit. Puis il est parti.".to_string(),
        );
        Segmenter::french().annotate(&mut a);
        assert_eq!(a.paragraphs.len(), 2);
        let s: Vec<&str> = a.sentences.iter().map(|s| a.slice(&s.span)).collect();
        assert_eq!(
            s,
            [
                "Été «\u{a0}chaud\u{a0}».",
                "M. Dupont l'a dit.",
                "Puis il est parti."
            ]
        );
        let chars: Vec<char> = a.text.chars().collect();
        for t in &a.tokens {
            let by_chars: String = chars[t.span.start..t.span.end].iter().collect();
            assert_eq!(by_chars, a.slice(&t.span));
        }
    }
}
