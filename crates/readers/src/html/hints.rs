//! What `class`, `id` and `role` say about a block: words that mark page furniture (menus,
//! share bars, comments, related links) and words that mark an article body.
//!
//! The words are data (`data/html-hints.tsv`), matched as whole tokens of the attribute
//! (split on anything not a letter or digit, and on lower→upper case changes), so that
//! `comments-list` and `commentsList` are furniture and `commentary` is not.

use depeche_lang::hash::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Page furniture: a block carrying only such words is dropped.
    Junk,
    /// Part of an article body.
    Content,
    /// A word of layout (`wrap`, `container`, `with`): a name holding one beside a body
    /// word and a furniture word names a box of both regions (`content-sidebar-wrap`,
    /// `content-with-sidebar`), not a piece of furniture.
    Layout,
}

/// The words, in the lexicons' fast hash (a SipHash map cost more than a binary search; a
/// binary search, eight comparisons of byte strings, more than this).
fn table() -> &'static HashMap<&'static [u8], Hint> {
    static T: OnceLock<HashMap<&'static [u8], Hint>> = OnceLock::new();
    T.get_or_init(|| {
        include_str!("data/html-hints.tsv")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (word, kind) = l.split_once('\t')?;
                let hint = match kind.trim() {
                    "junk" => Hint::Junk,
                    "content" => Hint::Content,
                    "layout" => Hint::Layout,
                    _ => return None,
                };
                Some((word.trim().as_bytes(), hint))
            })
            .collect()
    })
}

/// A quick filter in front of the search: which (length, first letter) pairs the table has.
fn shapes() -> &'static [u64; 25] {
    static S: OnceLock<[u64; 25]> = OnceLock::new();
    S.get_or_init(|| {
        let mut s = [0u64; 25];
        for w in table().keys() {
            if let Some(&c) = w.first() {
                s[w.len().min(24)] |= 1 << (c % 64);
            }
        }
        s
    })
}

/// How many furniture words and how many body words an attribute value holds.
pub fn count(value: &str) -> (u32, u32) {
    let t = table();
    let shapes = shapes();
    let mut total = (0, 0);
    // the class name being read (its parts joined by `-`, `_` or a case change)
    let mut name = Name::default();
    let look = |w: &[u8], name: &mut Name| {
        // a numbered copy of a word is the word (`sidebar1`, `comments2`)
        let w = match w.iter().rposition(|c| !c.is_ascii_digit()) {
            Some(k) => &w[..=k],
            None => return,
        };
        if shapes[w.len().min(24)] & (1 << (w[0] % 64)) == 0 {
            return;
        }
        match t.get(w) {
            Some(Hint::Junk) if name.modifier => name.modifier_junk += 1,
            Some(Hint::Junk) => name.junk += 1,
            Some(Hint::Content) => name.content += 1,
            Some(Hint::Layout) => name.layout = true,
            None => {}
        }
    };
    // words are lower-cased into a small buffer; longer ones are no word of the table
    let mut buf = [0u8; 24];
    let mut len = 0;
    let mut too_long = false;
    let mut prev_lower = false;
    let mut prev = 0u8;
    for &c in value.as_bytes() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && prev_lower && len > 0 {
                if !too_long {
                    look(&buf[..len], &mut name);
                }
                len = 0;
                too_long = false;
            }
            prev_lower = c.is_ascii_lowercase();
            if len < buf.len() {
                buf[len] = c.to_ascii_lowercase();
                len += 1;
            } else {
                too_long = true;
            }
        } else {
            if len > 0 && !too_long {
                look(&buf[..len], &mut name);
            }
            len = 0;
            too_long = false;
            prev_lower = false;
            if c.is_ascii_whitespace() {
                name.end(&mut total);
            } else if c == b'-' && prev == b'-' {
                name.modifier = true;
            }
        }
        prev = c;
    }
    if len > 0 && !too_long {
        look(&buf[..len], &mut name);
    }
    name.end(&mut total);
    total
}

/// The words found in one class name.
#[derive(Default)]
struct Name {
    junk: u32,
    content: u32,
    /// Past a `--`: a BEM modifier, which says what variant of the thing the element is
    /// (`row--sidebar`, a row laid out beside a sidebar), not what the thing is...
    modifier: bool,
    /// ...so that its furniture words count as before, beside the name's body words.
    modifier_junk: u32,
    /// A layout word: with body and furniture words, both count (a box holding both).
    layout: bool,
}

impl Name {
    /// The name ends: a name whose own words hold a furniture word is furniture, whatever
    /// body word it also holds (`caption-text`, `comment-body`, `post-comments`: the body
    /// word says which part of the caption, the comment, the post's footer it is). A box of
    /// both regions, named with a layout word (`content-sidebar-wrap`), counts both.
    fn end(&mut self, total: &mut (u32, u32)) {
        if self.layout && self.junk > 0 && self.content > 0 {
            total.0 += self.junk + self.modifier_junk;
            total.1 += self.content;
        } else if self.junk > 0 {
            total.0 += self.junk + self.modifier_junk;
        } else {
            total.0 += self.modifier_junk;
            total.1 += self.content;
        }
        *self = Name::default();
    }
}

/// Whether a `class` or `id` value says the element is left out when the page is printed
/// ("no-print", "hidden-print", "d-print-none", "hide-for-print", "noPrint"; the words beside
/// "print" in `data/print-hidden.txt`). A site prints its article and hides the rest: share
/// bars, teasers, menus, ads; in any language, as print stylesheets name their classes in
/// English.
pub fn print_hidden(value: &str) -> bool {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let b = value.as_bytes();
    // most values never name printing: one cheap scan first, from each `p`
    let names_print = memchr::memchr2_iter(b'p', b'P', b)
        .any(|k| b.len() >= k + 5 && b[k..k + 5].eq_ignore_ascii_case(b"print"));
    if !names_print {
        return false;
    }
    let words = WORDS.get_or_init(|| {
        include_str!("data/print-hidden.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    let negates = |w: &str| words.contains(&w);
    value.split_ascii_whitespace().any(|token| {
        // the token's parts: cut at punctuation and at a lower-to-upper case change
        let mut parts: Vec<String> = Vec::new();
        let mut cur = String::new();
        let mut prev_lower = false;
        for c in token.chars() {
            if (!c.is_ascii_alphanumeric() || (c.is_ascii_uppercase() && prev_lower))
                && !cur.is_empty()
            {
                parts.push(std::mem::take(&mut cur));
            }
            prev_lower = c.is_ascii_lowercase();
            if c.is_ascii_alphanumeric() {
                cur.push(c.to_ascii_lowercase());
            }
        }
        if !cur.is_empty() {
            parts.push(cur);
        }
        let split = parts.iter().any(|p| p == "print") && parts.iter().any(|p| negates(p.as_str()));
        // written as one word: "noprint", "dontprint", "printhide"
        let joined = parts.iter().any(|p| {
            p.strip_suffix("print")
                .or_else(|| p.strip_prefix("print"))
                .is_some_and(negates)
        });
        split || joined
    })
}

#[cfg(test)]
mod tests {
    use super::{count, print_hidden};

    #[test]
    fn print_hidden_classes() {
        for v in [
            "row hidden-print hidden-xs",
            "d-lg-none no-print",
            "copytext__clearBox dontPrint",
            "ce_headline noPrint first",
            "d-print-none",
            "hide-for-print",
            "m-metabar u-print-hide",
            "noprint",
        ] {
            assert!(print_hidden(v), "{v}");
        }
        // shown only in print, a print button, a blueprint: not hidden from print
        for v in [
            "visible-print",
            "print-only",
            "print-button",
            "blueprint",
            "footprint-none",
            "",
        ] {
            assert!(!print_hidden(v), "{v}");
        }
    }

    #[test]
    fn whole_words_only() {
        // (attribute value, furniture words, body words)
        let cases = [
            ("comments-list", (1, 0)),
            ("commentsList", (1, 0)),
            ("commentary", (0, 0)),
            ("article-body", (0, 2)),
            ("sidebar newsletter", (2, 0)),
            ("elementor-widget-container", (0, 0)),
            ("post-content share-bar", (1, 2)),
            ("jp-relatedposts", (1, 0)),
            ("post-author-bio", (1, 0)),
            // a name holding a furniture word is furniture, body words beside it aside...
            ("caption-text", (1, 0)),
            ("comment_body", (1, 0)),
            ("captionText main", (1, 1)),
            // ...but not for a furniture word in a BEM modifier, a variant of the thing
            ("item-content__row--sidebar", (1, 1)),
            // ...nor for a box of both regions, named with a layout word
            ("content-sidebar-wrap", (1, 1)),
            ("sidebar-wrap", (1, 0)),
            ("teaser--small", (0, 0)),
            ("sidebar1 comments2", (2, 0)),
            ("h1", (0, 0)),
            ("", (0, 0)),
        ];
        for (v, want) in cases {
            assert_eq!(count(v), want, "{v}");
        }
    }
}
