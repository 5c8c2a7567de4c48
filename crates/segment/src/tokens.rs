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

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// Split `text` into tokens (byte offsets into `text`).
pub fn tokenize(text: &str) -> Vec<RawToken> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| if i < n { Some(chars[i].1) } else { None };
    let byte = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut out = Vec::with_capacity(n / 5);
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if is_space(c) || is_invisible(c) {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let start = i;
            let numeric_start = c.is_ascii_digit();
            let mut j = i + 1;
            loop {
                match at(j) {
                    Some(d) if is_word_char(d) || is_invisible(d) => j += 1,
                    Some(h) if is_hyphen(h) && at(j + 1).is_some_and(is_word_char) => {
                        if clitic_at(&chars, j) {
                            break;
                        }
                        j += 1;
                    }
                    Some(q) if is_apostrophe(q) && at(j + 1).is_some_and(char::is_alphabetic) => {
                        let word = fr::fold(&text[byte(start)..byte(j)]);
                        // a whole word with an inner apostrophe (aujourd'hui)?
                        let mut k = j + 1;
                        while at(k).is_some_and(is_word_char) {
                            k += 1;
                        }
                        let whole = fr::fold(&text[byte(start)..byte(k)]);
                        if fr::apostrophe_words().contains(whole.as_str()) {
                            j = k;
                            continue;
                        }
                        if fr::elisions().contains(format!("{word}'").as_str()) {
                            j += 1; // the elided word keeps its apostrophe
                            break;
                        }
                        j += 1; // a name such as O'Neill
                    }
                    Some(sep) if numeric_start && (sep == ',' || sep == '.') => {
                        if at(j - 1).is_some_and(|p| p.is_ascii_digit())
                            && at(j + 1).is_some_and(|d| d.is_ascii_digit())
                        {
                            j += 1;
                        } else {
                            break;
                        }
                    }
                    Some(sp) if numeric_start && is_space(sp) && sp != '\n' => {
                        // thousands groups: "10 000", "1 200 000"
                        let three = (1..=3).all(|k| at(j + k).is_some_and(|d| d.is_ascii_digit()));
                        let fourth = at(j + 4).is_some_and(|d| d.is_ascii_digit());
                        let digits_only = chars[start..j]
                            .iter()
                            .all(|&(_, d)| d.is_ascii_digit() || is_space(d));
                        if three && !fourth && digits_only {
                            j += 4;
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            let kind = if chars[start..j]
                .iter()
                .all(|&(_, d)| d.is_ascii_digit() || matches!(d, ',' | '.') || is_space(d))
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(RawToken {
                start: byte(start),
                end: byte(j),
                kind,
            });
            i = j;
            continue;
        }
        if is_hyphen(c) && clitic_at(&chars, i) {
            let len = clitic_len(&chars, i).expect("clitic_at checked");
            out.push(RawToken {
                start: byte(i),
                end: byte(i + len),
                kind: TokenKind::Word,
            });
            i += len;
            continue;
        }
        // "..." is one token, like "…"
        if c == '.' && at(i + 1) == Some('.') && at(i + 2) == Some('.') {
            out.push(RawToken {
                start: byte(i),
                end: byte(i + 3),
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
        out.push(RawToken {
            start: byte(i),
            end: byte(i + 1),
            kind,
        });
        i += 1;
    }
    out
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

/// Length in chars of an inverted clitic (`-t-il`) starting at `i`, followed by a non-word char.
fn clitic_len(chars: &[(usize, char)], i: usize) -> Option<usize> {
    'outer: for cl in fr::inverted_clitics() {
        let mut k = i;
        for want in cl.chars() {
            match chars.get(k) {
                Some(&(_, got))
                    if got.to_lowercase().eq(std::iter::once(want))
                        || (want == '-' && is_hyphen(got)) =>
                {
                    k += 1
                }
                _ => continue 'outer,
            }
        }
        if chars
            .get(k)
            .is_none_or(|&(_, c)| !is_word_char(c) && !is_hyphen(c))
        {
            return Some(k - i);
        }
    }
    None
}

fn clitic_at(chars: &[(usize, char)], i: usize) -> bool {
    clitic_len(chars, i).is_some()
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
        ("Kim Jong-un", &["Kim", "Jong-un"]),
        ("nord-coréenne", &["nord-coréenne"]),
        ("a-t-il déclaré", &["a", "-t-il", "déclaré"]),
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
    ];

    #[test]
    fn tokens_follow_french_typography() {
        for (input, want) in CASES {
            assert_eq!(words(input), *want, "input {input:?}");
        }
    }

    #[test]
    fn kinds() {
        let t = tokenize("Le 3,5 «");
        let k: Vec<TokenKind> = t.iter().map(|x| x.kind).collect();
        assert_eq!(k, [TokenKind::Word, TokenKind::Number, TokenKind::Punct]);
    }
}
