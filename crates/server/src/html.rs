//! A small HTML-to-text fallback for `POST /v1/analyze`: block elements become paragraphs,
//! scripts and styles are dropped, entities decoded. (Full page extraction lives in the
//! readers crate; this keeps the API usable for simple pages.)

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "br",
    "article",
    "section",
    "title",
    "blockquote",
    "tr",
    "header",
    "footer",
];

pub fn to_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode(&rest[..lt]));
        rest = &rest[lt..];
        let Some(gt) = rest.find('>') else {
            rest = "";
            break;
        };
        let closing = rest[1..gt].starts_with('/');
        let tag = rest[1..gt].trim_start_matches('/').to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        rest = &rest[gt + 1..];
        if !closing && (name == "script" || name == "style") {
            let close = format!("</{name}");
            match rest.to_ascii_lowercase().find(&close) {
                Some(i) => {
                    rest = &rest[i..];
                    if let Some(g) = rest.find('>') {
                        rest = &rest[g + 1..];
                    }
                }
                None => rest = "",
            }
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            out.push_str("\n\n");
        }
    }
    out.push_str(&decode(rest));
    // fold whitespace inside paragraphs, one blank line between them
    out.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::new();
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let ent = &rest[1..e];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                "laquo" => Some('«'),
                "raquo" => Some('»'),
                _ if ent.starts_with("#x") || ent.starts_with("#X") => {
                    u32::from_str_radix(&ent[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn pages_become_paragraphs() {
        let t = super::to_text(
            "<html><head><title>T</title><style>p{}</style><script>alert(1)</script></head>\
             <body><h1>Titre &amp; suite</h1><p>« Bonjour », a dit&nbsp;Jean.</p><p>Fin&#8230;</p></body></html>",
        );
        assert_eq!(t, "T\n\nTitre & suite\n\n« Bonjour », a dit Jean.\n\nFin…");
    }
}
