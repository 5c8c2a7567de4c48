//! French tokenizer.

use depeche_article::TokenKind;
use depeche_lang::fr;

/// A token as byte offsets into the tokenized string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawToken {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

/// Spaces, including the no-break spaces of French typography (U+00A0, U+202F).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_whitespace();
    }
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

/// Characters that are invisible and never split a word: soft hyphen, zero-width spaces and
/// joiners, word joiner.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

/// An apostrophe, or a character typed for one: the acute accent and the backtick of
/// keyboards without the right key (`Le Cléac´h`, `l´avion`); [`fr::fold`] reads them all
/// as `'`.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '´' | '`')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_word_char(c: char) -> bool {
    // ASCII first: most of a French text is ASCII, and the Unicode tables cost a lookup
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Latin-1 Supplement and Latin Extended-A/B (é, ç, œ, ł, ș...) are all letters but two
    // signs: answered here, the Unicode table look-up is only for other scripts
    if ('\u{c0}'..='\u{24f}').contains(&c) {
        return c != '×' && c != '÷';
    }
    // General Punctuation (typographic apostrophes and quotes, dashes, narrow spaces) holds
    // no letter nor digit, and these chars are frequent in French text
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return false;
    }
    c.is_alphanumeric() || is_combining(c)
}

/// [`char::is_alphabetic`], answered for ASCII and Latin-1 letters (é after `l'`, `d'`) by
/// their ranges, without the Unicode tables.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if ('\u{c0}'..='\u{ff}').contains(&c) {
        return c != '×' && c != '÷';
    }
    c.is_alphabetic()
}

/// ASCII letters and digits, by byte: the loop over a word's bytes asks it of every one, and
/// a table answers with one load where the range tests took several compares.
static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// Split `text` into tokens (byte offsets into `text`).
///
/// Positions are byte offsets, and a char is decoded only where the rules look at it: this
/// loop sees every byte of every article, so it builds no per-char table.
pub fn tokenize(text: &str) -> Vec<RawToken> {
    let mut out = Vec::new();
    tokenize_into(text, &mut out);
    out
}

/// [`tokenize`] into a buffer (cleared first), for a caller that tokenizes paragraph after
/// paragraph with one allocation.
pub fn tokenize_into(text: &str, out: &mut Vec<RawToken>) {
    out.clear();
    let n = text.len();
    let bytes = text.as_bytes();
    // ASCII bytes are chars of their own: decode UTF-8 only past them
    let at = |b: usize| match bytes.get(b) {
        None => None,
        Some(&x) if x < 0x80 => Some(char::from(x)),
        Some(_) => text[b..].chars().next(),
    };
    let adv = |b: usize| b + at(b).map_or(1, char::len_utf8);
    out.reserve(n / 4);
    // reused for every elision lookup
    let mut key = String::new();
    let mut i = 0;
    while i < n {
        // a plain space, the most frequent byte between tokens
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let c = at(i).expect("i is a char boundary inside text");
        if is_space(c) || !c.is_ascii() && is_invisible(c) {
            i += c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            let start = i;
            let numeric_start = c.is_ascii_digit();
            let mut j = i + c.len_utf8();
            loop {
                // ASCII letters and digits make most of a word: no decoding, no class tests
                while j < n && ASCII_WORD[usize::from(bytes[j])] {
                    j += 1;
                }
                // a space after letters ends the word (a number may go on: "10 000")
                if !numeric_start && bytes.get(j) == Some(&b' ') {
                    break;
                }
                let Some(d) = at(j) else { break };
                let after = j + d.len_utf8();
                match d {
                    d if is_word_char(d) || is_invisible(d) => j = after,
                    h if is_hyphen(h) && at(after).is_some_and(is_word_char) => {
                        if clitic_len(text, j).is_some() {
                            break;
                        }
                        j = after;
                    }
                    q if is_apostrophe(q) && at(after).is_some_and(is_letter) => {
                        key.clear();
                        fr::fold_into(&mut key, &text[start..j]);
                        key.push('\'');
                        // a whole word with an inner apostrophe (aujourd'hui)?
                        if fr::apostrophe_word_prefixes().contains(key.as_str()) {
                            let mut k = after;
                            while at(k).is_some_and(is_word_char) {
                                k = adv(k);
                            }
                            let whole = fr::fold(&text[start..k]);
                            if fr::apostrophe_words().contains(whole.as_str()) {
                                j = k;
                                continue;
                            }
                        }
                        j = after;
                        if fr::elisions().contains(key.as_str()) {
                            break; // the elided word keeps its apostrophe
                        }
                        // else a name such as O'Neill
                    }
                    ',' | '.' if numeric_start => {
                        let prev_digit = text[..j].ends_with(|p: char| p.is_ascii_digit());
                        if prev_digit && at(after).is_some_and(|x| x.is_ascii_digit()) {
                            j = after;
                        } else {
                            break;
                        }
                    }
                    sp if numeric_start && is_space(sp) && sp != '\n' => {
                        // thousands groups: "10 000", "1 200 000"
                        let g = &text.as_bytes()[after.min(n)..(after + 4).min(n)];
                        let three = g.len() >= 3 && g[..3].iter().all(u8::is_ascii_digit);
                        let fourth = g.get(3).is_some_and(u8::is_ascii_digit);
                        let digits_only = text[start..j]
                            .chars()
                            .all(|x| x.is_ascii_digit() || is_space(x));
                        if three && !fourth && digits_only {
                            j = after + 3;
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            // a token that starts with a letter is a word, whatever follows
            let kind = if numeric_start
                && text[start..j]
                    .chars()
                    .all(|x| x.is_ascii_digit() || matches!(x, ',' | '.') || is_space(x))
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(RawToken {
                start,
                end: j,
                kind,
            });
            i = j;
            continue;
        }
        if is_hyphen(c) {
            if let Some(len) = clitic_len(text, i) {
                out.push(RawToken {
                    start: i,
                    end: i + len,
                    kind: TokenKind::Word,
                });
                i += len;
                continue;
            }
        }
        // "..." is one token, like "…"
        if text[i..].starts_with("...") {
            out.push(RawToken {
                start: i,
                end: i + 3,
                kind: TokenKind::Punct,
            });
            i += 3;
            continue;
        }
        let kind = if c.is_ascii_punctuation() || is_general_punct(c) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        let end = i + c.len_utf8();
        out.push(RawToken {
            start: i,
            end,
            kind,
        });
        i = end;
    }
}

fn is_general_punct(c: char) -> bool {
    matches!(
        c,
        '«' | '»'
            | '“'
            | '”'
            | '„'
            | '‘'
            | '’'
            | '‹'
            | '›'
            | '…'
            | '–'
            | '—'
            | '‐'
            | '‑'
            | '·'
    )
}

/// Length in bytes of an inverted clitic (`-t-il`) starting at byte `b`, when a non-word
/// char (or the end) follows it. The word after the hyphen (and after `-t-`, the pronoun) is
/// read once and compared with the list's entries: most hyphens join a compound word, whose
/// word is too long to be a pronoun and is rejected before any comparison.
fn clitic_len(text: &str, b: usize) -> Option<usize> {
    // the length of the char at `at` when it is one `is` accepts
    let len_if = |at: usize, is: fn(char) -> bool| {
        text[at..]
            .chars()
            .next()
            .filter(|&c| is(c))
            .map(char::len_utf8)
    };
    let hyphen_len = |at: usize| len_if(at, is_hyphen);
    let word_end = |from: usize| {
        text[from..]
            .find(|c: char| !is_word_char(c))
            .map_or(text.len(), |k| from + k)
    };
    // a clitic ends the word: no hyphen may follow it (`-t-il-`)
    let ends_here = |at: usize| hyphen_len(at).is_none();
    let w1 = b + hyphen_len(b)?;
    let e1 = word_end(w1);
    // the euphonic t: `a-t-il`, `va-t-on` (and `a-t'il`, its apostrophe a common slip)
    if text[w1..e1].eq_ignore_ascii_case("t") {
        if let Some(h) = hyphen_len(e1).or_else(|| len_if(e1, is_apostrophe)) {
            let e2 = word_end(e1 + h);
            if is_clitic("-t-", &text[e1 + h..e2]) && ends_here(e2) {
                return Some(e2 - b);
            }
        }
    }
    (is_clitic("-", &text[w1..e1]) && ends_here(e1)).then_some(e1 - b)
}

/// Whether `prefix` + `word` (lower-cased) is an inverted clitic of the list.
fn is_clitic(prefix: &str, word: &str) -> bool {
    // the list's pronouns are short: a longer word is no clitic, and costs no lower-casing
    if word.is_empty() || word.len() > 12 {
        return false;
    }
    // the pronouns are ASCII: an ASCII word is compared byte by byte as it would be lowered,
    // without building the lowered string (most hyphens join the words of a compound)
    if word.is_ascii() {
        return fr::inverted_clitics().iter().any(|c| {
            c.len() == prefix.len() + word.len()
                && c.starts_with(prefix)
                && c.bytes()
                    .skip(prefix.len())
                    .zip(word.bytes())
                    .all(|(a, b)| a == b.to_ascii_lowercase())
        });
    }
    let low: String = prefix
        .chars()
        .chain(word.chars().flat_map(char::to_lowercase))
        .collect();
    fr::inverted_clitics().contains(&low.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t).iter().map(|x| &t[x.start..x.end]).collect()
    }

    /// (input, expected tokens): the tokenizer's specification.
    const CASES: &[(&str, &[&str])] = &[
        ("l'agence", &["l'", "agence"]),
        ("L’Élysée", &["L’", "Élysée"]),
        (
            "qu'il jusqu'au lorsqu'elle",
            &["qu'", "il", "jusqu'", "au", "lorsqu'", "elle"],
        ),
        ("d'après", &["d'", "après"]),
        ("aujourd'hui aujourd’hui", &["aujourd'hui", "aujourd’hui"]),
        // an acute accent or a backtick typed for an apostrophe
        ("Le Guénnec´h l´avion", &["Le", "Guénnec´h", "l´", "avion"]),
        ("Kim Jong-un", &["Kim", "Jong-un"]),
        ("nord-coréenne", &["nord-coréenne"]),
        ("a-t-il déclaré", &["a", "-t-il", "déclaré"]),
        ("a-t'il déclaré", &["a", "-t'il", "déclaré"]),
        ("dit-elle.", &["dit", "-elle", "."]),
        ("souligne-t-on", &["souligne", "-t-on"]),
        ("Est-ce", &["Est", "-ce"]),
        ("Jean-Onésime", &["Jean-Onésime"]),
        ("3,5 %", &["3,5", "%"]),
        ("10 000 euros", &["10 000", "euros"]),
        (
            "10\u{a0}000 et 1\u{202f}200\u{202f}000",
            &["10\u{a0}000", "et", "1\u{202f}200\u{202f}000"],
        ),
        ("en 2022 et 2023", &["en", "2022", "et", "2023"]),
        ("«\u{a0}oui\u{a0}»", &["«", "oui", "»"]),
        ("(...)", &["(", "...", ")"]),
        ("M. Dupont", &["M", ".", "Dupont"]),
        (
            "coo\u{ad}pé\u{ad}ra\u{ad}tion",
            &["coo\u{ad}pé\u{ad}ra\u{ad}tion"],
        ),
        ("O'Neill", &["O'Neill"]),
        ("12h30", &["12h30"]),
        // clitics in capitals, and compounds whose second word only starts like a pronoun
        ("DIT-IL", &["DIT", "-IL"]),
        ("A-T-ELLE", &["A", "-T-ELLE"]),
        ("ex-tuteur sous-ils", &["ex-tuteur", "sous", "-ils"]),
        ("après-guerre non-élus", &["après-guerre", "non-élus"]),
    ];

    #[test]
    fn tokens_follow_french_typography() {
        for (input, want) in CASES {
            assert_eq!(words(input), *want, "input {input:?}");
        }
    }

    #[test]
    fn letter_tests_answer_as_unicode_does() {
        for c in ('\0'..='\u{2fff}').chain(['Œ', 'Σ', 'ﬁ', '字', '\u{feff}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            let word = c.is_alphanumeric() || is_combining(c);
            // the ASCII test is the tokenizer's own: `_` and other signs are no word chars
            assert_eq!(is_word_char(c), word, "{c:?}");
        }
    }

    #[test]
    fn kinds() {
        let t = tokenize("Le 3,5 «");
        let k: Vec<TokenKind> = t.iter().map(|x| x.kind).collect();
        assert_eq!(k, [TokenKind::Word, TokenKind::Number, TokenKind::Punct]);
    }
}
