//! The article's tokens as the coder reads them: lower-case words in one buffer, a space after each, with their
//! sentence and byte offsets, so every rule compares `&str`s without allocating.

use depeche_article::{Article, TokenKind};
use depeche_lang::fr::fold_into;

pub(crate) struct Words<'a> {
    text: &'a str,
    /// Lower-case words, one after the other; `ends[i]` is where word i ends.
    buf: String,
    ends: Vec<u32>,
    starts: Vec<u32>,
    bytes: Vec<(usize, usize)>,
    sentences: Vec<usize>,
    kinds: Vec<TokenKind>,
}

impl<'a> Words<'a> {
    pub fn new(a: &'a Article) -> Self {
        let n = a.tokens.len();
        let mut w = Words {
            text: &a.text,
            buf: String::with_capacity(a.text.len()),
            ends: Vec::with_capacity(n),
            starts: Vec::with_capacity(n),
            bytes: Vec::with_capacity(n),
            sentences: Vec::with_capacity(n),
            kinds: Vec::with_capacity(n),
        };
        for t in &a.tokens {
            w.starts.push(w.buf.len() as u32);
            fold_into(&mut w.buf, &a.text[t.span.bytes()]);
            w.ends.push(w.buf.len() as u32);
            // one space after each word, so that a run of words is one slice of the buffer
            w.buf.push(' ');
            w.bytes.push((t.span.byte_start, t.span.byte_end));
            w.sentences.push(t.sentence);
            w.kinds.push(t.kind);
        }
        w
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// The lower-case word of token `i` (typographic apostrophes straightened).
    pub fn word(&self, i: usize) -> &str {
        if i >= self.len() {
            return "";
        }
        &self.buf[self.starts[i] as usize..self.ends[i] as usize]
    }

    /// The token as written.
    pub fn raw(&self, i: usize) -> &'a str {
        if i >= self.len() {
            return "";
        }
        let (s, e) = self.bytes[i];
        &self.text[s..e]
    }

    pub fn sentence(&self, i: usize) -> usize {
        self.sentences.get(i).copied().unwrap_or(usize::MAX)
    }

    pub fn byte_start(&self, i: usize) -> usize {
        self.bytes[i].0
    }

    pub fn byte_end(&self, i: usize) -> usize {
        self.bytes[i].1
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kinds.get(i) == Some(&TokenKind::Word)
    }

    /// A word written in lower case (`régionale`, not `Régionale` or `,`).
    pub fn is_lower_word(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// A punctuation token that is a quote mark (`«`, `"`, `“`).
    pub fn is_quote_mark(&self, i: usize) -> bool {
        matches!(
            self.raw(i),
            "«" | "»" | "\"" | "“" | "”" | "„" | "‹" | "›" | "'"
        )
    }

    /// Lower-case words `i..j` joined by single spaces (a slice of the buffer, no copy: the
    /// rules look up every run of words after every token).
    pub fn joined(&self, i: usize, j: usize) -> &str {
        let j = j.min(self.len());
        if i >= j {
            return "";
        }
        &self.buf[self.starts[i] as usize..self.ends[j - 1] as usize]
    }

    /// The tokens `start..end` a byte range covers exactly or overlaps, if any.
    pub fn token_range(&self, byte_start: usize, byte_end: usize) -> Option<(usize, usize)> {
        let start = self.bytes.partition_point(|&(_, e)| e <= byte_start);
        let end = self.bytes.partition_point(|&(s, _)| s < byte_end);
        (start < end).then_some((start, end))
    }

    /// The token starting at a byte offset or holding it.
    pub fn token_at(&self, byte: usize) -> Option<usize> {
        let i = self.bytes.partition_point(|&(_, e)| e <= byte);
        (i < self.len()).then_some(i)
    }
}
