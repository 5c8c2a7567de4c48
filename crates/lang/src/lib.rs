//! Language data for Dépêche, kept apart from the algorithms that use it.
//!
//! Each language is a module (`fr`) that loads plain-text tables from `data/<lang>/`: a
//! linguist can add a reporting verb or an abbreviation by editing a TSV file, without reading
//! Rust. The tables are compiled into the binary (`include_str!`) and parsed once, on first
//! use. This crate knows words, not rules: how a quote is attributed lives in `depeche-quotes`.

pub mod fr;
pub mod hash;
mod table;

/// Grammatical gender, as far as a speaker resolution needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Masculine,
    Feminine,
    /// Unknown or both (`ministre`, `porte-parole`, `Me`).
    Any,
}

impl Gender {
    pub(crate) fn parse(s: &str) -> Gender {
        match s {
            "m" => Gender::Masculine,
            "f" => Gender::Feminine,
            _ => Gender::Any,
        }
    }

    /// Whether two genders can denote the same person.
    pub fn agrees(self, other: Gender) -> bool {
        self == Gender::Any || other == Gender::Any || self == other
    }
}

/// Grammatical number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Number {
    Singular,
    Plural,
}
