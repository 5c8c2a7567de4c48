//! Reading inputs into articles.
//!
//! The readers live in `depeche-readers` (plain text, HTML pages, feeds, JSON Lines, WARC);
//! the pipeline re-exports the plain-text input it analyses so that its callers need one
//! dependency.

pub use depeche_readers::{ReadError, TextInput};
