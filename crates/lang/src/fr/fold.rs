//! Folding a word for lookup. Its own file because the build script lays out the first-name
//! table with it (`build.rs`): keys folded at build time must be the keys folded at run time.

/// Normalise a word for lookup: lower case, typographic apostrophe as `'`.
pub fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    fold_into(&mut s, word);
    s
}

/// [`fold`] appending to a buffer, for hot loops that reuse one allocation.
pub fn fold_into(out: &mut String, word: &str) {
    let bytes = word.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // a run of ASCII (but the backquote) is copied at once and lowered in place: the same
        // as one char at a time, without a capacity check per char
        let run = i;
        i += bytes[i..]
            .iter()
            .position(|&b| !b.is_ascii() || b == b'`')
            .unwrap_or(bytes.len() - i);
        if i > run {
            let at = out.len();
            out.push_str(&word[run..i]);
            out[at..].make_ascii_lowercase();
        }
        // `i` is on a char boundary: only whole ASCII bytes and whole chars are stepped over
        let Some(c) = word[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        match c {
            '’' | 'ʼ' | '`' | '´' => out.push('\''),
            // French capitals are Latin-1 (É, À, Ç): their lower case is 0x20 above, which
            // the general case finds by a search of the Unicode tables
            'À'..='Þ' if c != '×' => out.push(char::from(c as u8 + 0x20)),
            'ß'..='ÿ' => out.push(c),
            _ => out.extend(c.to_lowercase()),
        }
    }
}
