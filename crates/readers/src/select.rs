//! Which files found in a folder are articles.
//!
//! A folder of news often holds other things: scripts, notes, spreadsheets, images. Read as
//! plain text, a Python script would become an "article" with quotations and entities. So a
//! file met while walking a folder is read only when its name says it is an article format
//! ([`ARTICLE_EXTENSIONS`], optionally compressed), or when it has no extension and its first
//! bytes are one ([`content_format`], or prose for plain text). A file the user names
//! explicitly is not judged here: it is always read.

use crate::source::content_format;
use std::io::Read;
use std::path::Path;

/// Extensions of the formats Dépêche reads, each optionally followed by `.gz` or `.zst`.
pub const ARTICLE_EXTENSIONS: &[&str] =
    &["txt", "html", "htm", "xml", "rss", "atom", "jsonl", "warc"];

/// Bytes looked at to judge a file without an extension.
const HEAD: u64 = 8192;

/// Whether a file found in a folder holds articles (see the module doc). A file that cannot
/// be opened is kept, so that reading it reports the error with its name.
pub fn is_article_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let base = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".zst"))
        .unwrap_or(&name);
    match base.rsplit_once('.') {
        Some((_, ext)) => ARTICLE_EXTENSIONS.contains(&ext),
        None => match head(path) {
            Ok(h) => content_format(&h).is_some() || looks_like_prose(&h),
            Err(_) => true,
        },
    }
}

/// The first [`HEAD`] bytes of a file, decompressed when gzip or zstd.
fn head(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut raw = Vec::new();
    std::fs::File::open(path)?
        .take(HEAD)
        .read_to_end(&mut raw)?;
    let mut out = Vec::new();
    if raw.starts_with(&[0x1f, 0x8b]) {
        let f = std::fs::File::open(path)?;
        // a truncated stream still gives what it decoded before the error
        let _ = flate2::read::MultiGzDecoder::new(f)
            .take(HEAD)
            .read_to_end(&mut out);
    } else if raw.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        let f = std::fs::File::open(path)?;
        if let Ok(d) = zstd::stream::read::Decoder::new(f) {
            let _ = d.take(HEAD).read_to_end(&mut out);
        }
    } else {
        out = raw;
    }
    Ok(out)
}

/// Whether the first bytes of a file read as prose: UTF-8 text without control characters,
/// not a script (`#!`), mostly letters, and almost none of the symbols that fill source code
/// and configuration (`{ } [ ] ( ) ; = < > $ # * | \ _`), which news text rarely uses.
pub fn looks_like_prose(head: &[u8]) -> bool {
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        // the head may cut a character in two: the valid part is what counts
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default()
        }
        Err(_) => return false,
    };
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() || text.starts_with("#!") {
        return false;
    }
    let (mut visible, mut letters, mut symbols) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            return false;
        }
        if c.is_whitespace() {
            continue;
        }
        visible += 1;
        if c.is_alphabetic() {
            letters += 1;
        } else if "{}[]();=<>$#*|\\_".contains(c) {
            symbols += 1;
        }
    }
    // prose: at least three letters in four visible characters, under one symbol in twenty
    // (news has a few parentheses; code has brackets, `=` and `;` on every line)
    letters * 4 >= visible * 3 && symbols * 20 < visible
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_and_not_prose() {
        let table: &[(&str, bool)] = &[
            (
                "Titre\n\nLe maire a annoncé lundi la fermeture de l'école.",
                true,
            ),
            (
                "« Nous partirons demain », a déclaré la ministre (Paris).",
                true,
            ),
            ("#!/bin/sh\necho bonjour\n", false),
            (
                "def main():\n    print(\"bonjour\")\n    return {}\n",
                false,
            ),
            ("CC=gcc\nall: main.o\n\t$(CC) -o main main.o\n", false),
            ("a,b,c\n1,2,3\n4,5,6\n", false),
            ("   \n\n", false),
            ("texte\u{0}binaire", false),
        ];
        for (text, want) in table {
            assert_eq!(looks_like_prose(text.as_bytes()), *want, "{text:?}");
        }
        // invalid UTF-8 is not prose; a character cut at the end of the head is
        assert!(!looks_like_prose(b"caf\xe9 au lait"));
        assert!(looks_like_prose(
            "Le café est servi à é".as_bytes().split_last().unwrap().1
        ));
    }
}
