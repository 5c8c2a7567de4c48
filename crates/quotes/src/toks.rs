//! A flat view of the article's tokens, with what the quotation rules ask of each one.

use depeche_article::{Article, TokenKind};
use depeche_lang::fr;

/// One token with its lower-case form and position.
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    pub text: &'a str,
    /// Lower case, typographic apostrophes straightened.
    pub low: String,
    /// Byte offsets into the article text.
    pub s: usize,
    pub e: usize,
    pub sent: usize,
    pub para: usize,
    pub kind: TokenKind,
}

impl Tok<'_> {
    /// Starts with a capital letter.
    pub fn is_cap(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// The tokens of an article plus sentence and paragraph boundaries as token ranges.
pub struct Toks<'a> {
    pub t: Vec<Tok<'a>>,
    /// For each sentence, its token range.
    pub sents: Vec<(usize, usize)>,
    pub text: &'a str,
}

impl<'a> Toks<'a> {
    pub fn new(a: &'a Article) -> Self {
        let mut t = Vec::with_capacity(a.tokens.len());
        let mut sents = vec![(0, 0); a.sentences.len()];
        for (i, tk) in a.tokens.iter().enumerate() {
            let text = &a.text[tk.span.bytes()];
            let para = a.sentences[tk.sentence].paragraph;
            if sents[tk.sentence].1 == 0 {
                sents[tk.sentence].0 = i;
            }
            sents[tk.sentence].1 = i + 1;
            t.push(Tok {
                text,
                low: fr::fold(text),
                s: tk.span.byte_start,
                e: tk.span.byte_end,
                sent: tk.sentence,
                para,
                kind: tk.kind,
            });
        }
        Toks {
            t,
            sents,
            text: &a.text,
        }
    }

    pub fn len(&self) -> usize {
        self.t.len()
    }

    /// Text between the start of token `i` and the end of token `j - 1`.
    pub fn slice(&self, i: usize, j: usize) -> &'a str {
        if i >= j {
            return "";
        }
        &self.text[self.t[i].s..self.t[j - 1].e]
    }

    /// Index of the first token starting at or after byte `b`.
    pub fn at_byte(&self, b: usize) -> usize {
        self.t.partition_point(|t| t.s < b)
    }

    /// Sentence token range holding token `i`.
    pub fn sentence_of(&self, i: usize) -> (usize, usize) {
        self.sents[self.t[i].sent]
    }
}
