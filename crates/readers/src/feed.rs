//! RSS 2.0, RSS 1.0 and Atom feeds (via feed-rs): one article per item, with its title,
//! link, date and author; HTML content is turned into paragraphs.

use crate::source::display_path;
use crate::{html, At, Input, Meta, Pending, ReadError, TextInput};
use depeche_article::PublishedSource;
use std::path::Path;

pub(crate) fn items(path: &Path, bytes: &[u8]) -> Vec<Result<Pending, ReadError>> {
    let path = display_path(path);
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => {
            return vec![Err(ReadError::invalid(
                path,
                At::File,
                format!("not a valid RSS or Atom feed: {e}"),
            ))]
        }
    };
    if feed.entries.is_empty() {
        return vec![Err(ReadError::invalid(path, At::File, "feed has no items"))];
    }
    let lang = feed.language.clone();
    feed.entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let at = At::Item(i as u64 + 1);
            let title = e
                .title
                .as_ref()
                .map(|t| plain(&t.content))
                .filter(|t| !t.is_empty());
            let body = e
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .or_else(|| e.summary.as_ref().map(|s| s.content.clone()))
                .unwrap_or_default();
            let paragraphs = html::paragraphs_of(&body);
            let mut parts: Vec<String> = Vec::new();
            if let Some(t) = &title {
                parts.push(t.clone());
            }
            parts.extend(paragraphs);
            if parts.len() < 2 && title.is_some() || parts.is_empty() {
                return Err(ReadError::invalid(
                    path,
                    at,
                    "item has no text (no content or description)",
                ));
            }
            let url = e.links.first().map(|l| l.href.clone());
            let published = e
                .published
                .or(e.updated)
                .map(|d| (d.date_naive(), PublishedSource::Metadata));
            let author = e
                .authors
                .first()
                .map(|p| p.name.clone())
                .filter(|n| !n.is_empty());
            Ok(Pending::Ready(Box::new(Input {
                text: TextInput {
                    id: Some(e.id.clone()).filter(|s| !s.is_empty()),
                    source: Some(format!("{}#{}", path.display(), i + 1)),
                    text: crate::text::normalize_text(parts.join("\n\n")),
                    published,
                },
                meta: Meta {
                    url,
                    title,
                    author,
                    lang: lang.clone(),
                    extra: Default::default(),
                },
            })))
        })
        .collect()
}

/// Titles may carry markup or entities: their text, whitespace folded.
fn plain(s: &str) -> String {
    html::paragraphs_of(s).join(" ")
}
