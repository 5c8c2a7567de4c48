//! Plain text: UTF-8, first line the title (or lead), paragraphs separated by blank lines.
//!
//! The text is kept as given, apart from a byte-order mark and Windows line ends, so that
//! offsets point into what the user sees.

use crate::ReadError;
use chrono::NaiveDate;
use depeche_article::{Article, PublishedSource};
use std::path::Path;

/// A plain-text article before analysis.
#[derive(Debug, Clone)]
pub struct TextInput {
    pub id: Option<String>,
    pub source: Option<String>,
    pub text: String,
    pub published: Option<(NaiveDate, PublishedSource)>,
}

impl TextInput {
    /// Decode the bytes of a text file, naming `path` in any error.
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Self, ReadError> {
        if let Some(offset) = bytes.iter().position(|&b| b == 0) {
            return Err(ReadError::Binary {
                path: path.into(),
                offset,
            });
        }
        let text = String::from_utf8(bytes).map_err(|e| ReadError::InvalidUtf8 {
            path: path.into(),
            offset: e.utf8_error().valid_up_to(),
        })?;
        let text = normalize_text(text);
        if text.trim().is_empty() {
            return Err(ReadError::Empty { path: path.into() });
        }
        Ok(TextInput {
            id: None,
            source: Some(path.display().to_string()),
            text,
            published: None,
        })
    }

    /// Read a text file of at most `limit` bytes. The size is checked before reading, so a
    /// huge file costs no memory.
    pub fn from_path(path: &Path, limit: u64) -> Result<Self, ReadError> {
        let io = |source| ReadError::Io {
            path: path.into(),
            source,
        };
        let size = std::fs::metadata(path).map_err(io)?.len();
        if size > limit {
            return Err(ReadError::TooLarge {
                path: path.into(),
                size,
                limit,
            });
        }
        let bytes = std::fs::read(path).map_err(io)?;
        Self::from_bytes(path, bytes)
    }

    /// The article, with its title/lead spans set from the first paragraph.
    pub fn into_article(self) -> Article {
        let mut a = Article::new(self.text);
        if let Some(id) = self.id {
            a.id = id;
        }
        a.source = self.source;
        if let Some((d, how)) = self.published {
            a.published = Some(d);
            a.published_source = Some(how);
        }
        a
    }
}

/// Drop a byte-order mark and turn CRLF/CR line ends into LF: they carry no meaning and would
/// otherwise make every paragraph test handle three conventions.
pub(crate) fn normalize_text(text: String) -> String {
    let t = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if t.contains('\r') {
        t.replace("\r\n", "\n").replace('\r', "\n")
    } else if t.len() != text.len() {
        t.to_string()
    } else {
        text
    }
}
