//! The publication date, when the text pins it: a dateline ("BRUXELLES, 12 juin (AFP) -",
//! "22 mai 2012. -") or a weekday with its day and month ("lundi 11 septembre").
//!
//! A dateline without a year takes the most recent year in which the date is not after
//! today; a weekday with its date takes the most recent year, not after today, in which that
//! date falls on that weekday. Nothing is guessed when the text pins nothing.

use crate::grammar::{Expr, Found, Grammar};
use chrono::{Datelike, NaiveDate};

/// How many paragraphs from the top a dateline may open.
const DATELINE_PARAGRAPHS: usize = 3;
/// How many years back a weekday + date is looked for.
const YEARS_BACK: i32 = 40;

pub(crate) fn infer(g: &Grammar, found: &[Found], today: NaiveDate) -> Option<NaiveDate> {
    dateline(g, found, today).or_else(|| weekday_date(found, today))
}

fn dateline(g: &Grammar, found: &[Found], today: NaiveDate) -> Option<NaiveDate> {
    let t = g.t;
    for f in found {
        let Expr::Date {
            year,
            month,
            day: Some(day),
            ..
        } = f.expr
        else {
            continue;
        };
        let p = t[f.start].paragraph;
        if p >= DATELINE_PARAGRAPHS {
            break;
        }
        let first = t.iter().position(|x| x.paragraph == p)?;
        // what stands before the date: nothing, or a place in capitals and a comma
        let lead = &t[first..f.start];
        let place_ok = lead.is_empty()
            || lead.len() >= 2
                && lead.last().is_some_and(|x| x.key == ",")
                && lead[..lead.len() - 1]
                    .iter()
                    .all(|x| x.upper || matches!(x.key.as_ref(), "-" | "'" | "(" | ")"))
                && lead.iter().any(|x| x.upper && x.key.chars().count() >= 2);
        if !place_ok {
            continue;
        }
        // what follows: "(AFP) -", "-", "–", "—", ". -", or a place first: ", Espagne. -"
        let mut from = f.end;
        if t.get(from).is_some_and(|x| x.key == ",") {
            let mut k = from + 1;
            while k < t.len() && k < from + 5 && (t[k].capital || t[k].key == "-") {
                k += 1;
            }
            if k > from + 1 {
                from = k;
            }
        }
        let after: Vec<&str> = t[from.min(t.len())..(from + 6).min(t.len())]
            .iter()
            .map(|x| x.key.as_ref())
            .collect();
        let dash = |s: &str| matches!(s, "-" | "–" | "—" | "_");
        let tail_ok = match after.as_slice() {
            [d, ..] if dash(d) => true,
            [".", d, ..] if dash(d) => true,
            ["(", rest @ ..] => rest
                .iter()
                .position(|s| *s == ")")
                .is_some_and(|c| rest.get(c + 1).is_some_and(|d| dash(d))),
            _ => false,
        };
        if !tail_ok || lead.is_empty() && year.is_none() {
            continue;
        }
        return match year {
            Some(y) => NaiveDate::from_ymd_opt(y, month, day),
            None => (0..=1)
                .map(|b| today.year() - b)
                .find_map(|y| NaiveDate::from_ymd_opt(y, month, day).filter(|d| *d <= today)),
        };
    }
    None
}

fn weekday_date(found: &[Found], today: NaiveDate) -> Option<NaiveDate> {
    for f in found {
        let Expr::Date {
            year,
            month,
            day: Some(day),
            weekday: Some(wd),
            ..
        } = f.expr
        else {
            continue;
        };
        let fits = |d: &NaiveDate| d.weekday().number_from_monday() == wd && *d <= today;
        let date = match year {
            Some(y) => NaiveDate::from_ymd_opt(y, month, day).filter(fits),
            None => (0..=YEARS_BACK)
                .map(|b| today.year() - b)
                .find_map(|y| NaiveDate::from_ymd_opt(y, month, day).filter(fits)),
        };
        if date.is_some() {
            return date;
        }
    }
    None
}
