//! From meaning to value: each found expression gets a TIMEX3 type and value, given the
//! reference date and what the text said before it.
//!
//! Two dates move as the text is read: the reference date (publication), fixed, and the
//! event anchor, the last day the text named, which `la veille` and `deux jours plus tard`
//! count from. Clock times take the day of their sentence or paragraph, so they are resolved
//! in a second pass once every day is known.

use crate::grammar::{duration_value, Expr, Found};
use crate::tense::{tense_at, Tense};
use crate::tokens::Tok;
use chrono::{Datelike, Days, Months, NaiveDate};
use depeche_article::TimexType;
use depeche_lang::fr::time::{Anchor, TimeLexicon, Unit};

/// A resolved expression over tokens `start..end`.
#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub value: String,
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let m = u32::try_from(n.unsigned_abs()).ok()?;
    if n >= 0 {
        d.checked_add_months(Months::new(m))
    } else {
        d.checked_sub_months(Months::new(m))
    }
}

fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn iso_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn with_pod(value: String, pod: Option<&str>) -> (TimexType, String) {
    match pod {
        Some(p) => (TimexType::Time, format!("{value}T{p}")),
        None => (TimexType::Date, value),
    }
}

/// The year of a month (and day) without one: the closest to the reference date, or the
/// last / next one when the text says so (`dir`). With a weekday, only years in which the
/// day falls on it count ("jeudi 12 septembre" is in 2002, not 2003), unless none nearby does.
fn place_in_year(
    reference: NaiveDate,
    month: u32,
    day: Option<u32>,
    dir: i32,
    weekday: Option<u32>,
) -> Option<i32> {
    let ry = reference.year();
    let mut best: Option<(i64, i32)> = None;
    let fits = |d: NaiveDate| weekday.is_none_or(|w| d.weekday().number_from_monday() == w);
    let any_fits = day.is_some_and(|day| {
        (ry - 1..=ry + 1).any(|y| NaiveDate::from_ymd_opt(y, month, day).is_some_and(fits))
    });
    for y in [ry - 1, ry, ry + 1] {
        let d = match day {
            Some(day) => match NaiveDate::from_ymd_opt(y, month, day) {
                Some(d) if !any_fits || fits(d) => (d - reference).num_days(),
                _ => continue,
            },
            // months compare month by month
            None => {
                i64::from(y * 12 + month as i32) - i64::from(ry * 12 + reference.month() as i32)
            }
        };
        let ok = match dir {
            -1 => d <= 0,
            1 => d > 0,
            _ => true,
        };
        if ok && best.is_none_or(|(bd, _)| d.abs() < bd.abs()) {
            best = Some((d, y));
        }
    }
    best.map(|(_, y)| y)
}

fn weekday_date(
    reference: NaiveDate,
    wd: u32,
    dir: Option<i32>,
    tense: Option<Tense>,
) -> Option<NaiveDate> {
    let cur = reference.weekday().number_from_monday() as i64;
    let wd = i64::from(wd);
    let back = (cur - wd).rem_euclid(7);
    let fwd = (wd - cur).rem_euclid(7);
    let offset = match dir {
        Some(-1) => -(if back == 0 { 7 } else { back }),
        Some(1) => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        _ if back == 0 => 0,
        _ => match tense {
            Some(Tense::Past) => -back,
            Some(Tense::Future) => fwd,
            None if dir == Some(0) => wd - cur,
            None => {
                if back < fwd {
                    -back
                } else {
                    fwd
                }
            }
        },
    };
    add_days(reference, offset)
}

pub(crate) struct Resolver<'a> {
    pub t: &'a [Tok<'a>],
    pub lex: &'a TimeLexicon,
    pub reference: Option<NaiveDate>,
}

/// A day the text named: (token index, paragraph, sentence, date).
type DayMark = (usize, usize, usize, NaiveDate);

impl Resolver<'_> {
    pub fn resolve(&self, found: &[Found]) -> Vec<Resolved> {
        let mut out: Vec<Option<Resolved>> = Vec::with_capacity(found.len());
        let mut days: Vec<DayMark> = Vec::new();
        let mut anchor: Option<NaiveDate> = None;
        // the last explicit year and its sentence: "en 1997 (en janvier ..., en octobre ...)"
        let mut year_here: Option<(usize, i32)> = None;
        for f in found {
            let sentence = self.t[f.start].sentence;
            let e = match &f.expr {
                Expr::Date {
                    year: None,
                    month,
                    day,
                    weekday: weekday @ None,
                    dir: 0,
                    since: false,
                } => match year_here {
                    Some((s, y)) if s == sentence => Expr::Date {
                        year: Some(y),
                        month: *month,
                        day: *day,
                        weekday: *weekday,
                        dir: 0,
                        since: false,
                    },
                    _ => f.expr.clone(),
                },
                Expr::Year(y) | Expr::Date { year: Some(y), .. } => {
                    year_here = Some((sentence, *y));
                    f.expr.clone()
                }
                e => e.clone(),
            };
            let (res, day, is_anchor) = match &e {
                Expr::Clock { .. } | Expr::Reject | Expr::DayPart { .. } => (None, None, false),
                e => self.value(e, f, anchor),
            };
            if let Some(d) = day {
                days.push((
                    f.start,
                    self.t[f.start].paragraph,
                    self.t[f.start].sentence,
                    d,
                ));
                if is_anchor {
                    anchor = Some(d);
                }
            }
            out.push(res.map(|(kind, value)| Resolved {
                start: f.start,
                end: f.end,
                kind,
                value,
            }));
        }
        for (n, f) in found.iter().enumerate() {
            if let Expr::DayPart { pod } = f.expr {
                let date = self
                    .clock_day(f, &days)
                    .map_or_else(|| "XXXX-XX-XX".to_string(), ymd);
                out[n] = Some(Resolved {
                    start: f.start,
                    end: f.end,
                    kind: TimexType::Time,
                    value: format!("{date}T{pod}"),
                });
            }
            if let Expr::Clock { h, m } = f.expr {
                let day = self.clock_day(f, &days);
                let date = day.map_or_else(|| "XXXX-XX-XX".to_string(), ymd);
                out[n] = Some(Resolved {
                    start: f.start,
                    end: f.end,
                    kind: TimexType::Time,
                    value: format!("{date}T{h:02}:{m:02}"),
                });
            }
        }
        out.into_iter().flatten().collect()
    }

    /// The day a clock time belongs to: a day named right after it in the same sentence
    /// ("vers 15 h 30, hier"), else the last day named in its paragraph, else the reference.
    fn clock_day(&self, f: &Found, days: &[DayMark]) -> Option<NaiveDate> {
        let tok = &self.t[f.start];
        let after = days
            .iter()
            .find(|(i, _, s, _)| *i >= f.end && *i <= f.end + 3 && *s == tok.sentence);
        if let Some(d) = after {
            let before_in_sentence = days
                .iter()
                .rev()
                .find(|(i, _, s, _)| *i < f.start && *s == tok.sentence);
            if before_in_sentence.is_none() {
                return Some(d.3);
            }
        }
        days.iter()
            .rev()
            .find(|(i, p, _, _)| *i < f.start && *p == tok.paragraph)
            .map(|d| d.3)
            .or(self.reference)
    }

    /// Type and value, the day it names (for anchoring), and whether it moves the event anchor.
    #[allow(clippy::type_complexity)]
    fn value(
        &self,
        e: &Expr,
        f: &Found,
        anchor: Option<NaiveDate>,
    ) -> (Option<(TimexType, String)>, Option<NaiveDate>, bool) {
        let r = self.reference;
        match e {
            Expr::Date {
                year,
                month,
                day,
                weekday,
                dir,
                since,
            } => {
                let dir = if *since && *dir == 0 { -1 } else { *dir };
                let year =
                    year.or_else(|| r.and_then(|r| place_in_year(r, *month, *day, dir, *weekday)));
                match (year, day) {
                    (Some(y), Some(d)) => match NaiveDate::from_ymd_opt(y, *month, *d) {
                        Some(date) => (Some((TimexType::Date, ymd(date))), Some(date), true),
                        None => (None, None, false),
                    },
                    (None, Some(d)) => (
                        Some((TimexType::Date, format!("XXXX-{month:02}-{d:02}"))),
                        None,
                        false,
                    ),
                    (Some(y), None) => (
                        Some((TimexType::Date, format!("{y:04}-{month:02}"))),
                        None,
                        false,
                    ),
                    (None, None) => (
                        Some((TimexType::Date, format!("XXXX-{month:02}"))),
                        None,
                        false,
                    ),
                }
            }
            Expr::Year(y) => (Some((TimexType::Date, format!("{y:04}"))), None, false),
            Expr::Decade(d) => (Some((TimexType::Date, format!("{d:03}X"))), None, false),
            Expr::Century(c) => (
                Some((TimexType::Date, format!("{:02}XX", c - 1))),
                None,
                false,
            ),
            Expr::Weekday { wd, dir, pod } => {
                let base = match dir {
                    Some((_, Anchor::Event)) => anchor.or(r),
                    _ => r,
                };
                let Some(base) = base else {
                    let (k, v) = with_pod(format!("XXXX-WXX-{wd}"), *pod);
                    return (Some((k, v)), None, false);
                };
                let tense = if dir.is_none() || *dir == Some((0, Anchor::Reference)) {
                    tense_at(self.t, self.lex, f.start, f.end)
                } else {
                    None
                };
                match weekday_date(base, *wd, dir.map(|d| d.0), tense) {
                    Some(d) => (Some(with_pod(ymd(d), *pod)), Some(d), true),
                    None => (None, None, false),
                }
            }
            Expr::Deictic { days, pod } => match r.and_then(|r| add_days(r, *days)) {
                Some(d) => (Some(with_pod(ymd(d), *pod)), Some(d), true),
                None => (Some(with_pod("XXXX-XX-XX".into(), *pod)), None, false),
            },
            Expr::Anchored { days, pod } => match anchor.or(r).and_then(|a| add_days(a, *days)) {
                // an anchored day is a day of its paragraph for clock times, but does not
                // move the anchor: "la veille ... le lendemain" both count from the event
                Some(d) => (Some(with_pod(ymd(d), *pod)), Some(d), false),
                None => (Some(with_pod("XXXX-XX-XX".into(), *pod)), None, false),
            },
            Expr::Relative { unit, n, anchor: a } => {
                let base = if *a == Anchor::Event { anchor.or(r) } else { r };
                // "se sont rendus ce week-end" early in the week: the week-end just past
                let mut n = *n;
                if *unit == Unit::WeekEnd
                    && n == 0
                    && base.is_some_and(|b| b.weekday().number_from_monday() < 5)
                {
                    if let Some(Tense::Past) = tense_at(self.t, self.lex, f.start, f.end) {
                        n = -1;
                    }
                }
                let n = &n;
                let value = base.and_then(|b| relative(b, *unit, *n));
                let day = if *unit == Unit::Day {
                    base.and_then(|b| add_days(b, *n))
                } else {
                    None
                };
                let value = value.or_else(|| underspecified(*unit));
                (
                    value.map(|v| (TimexType::Date, v)),
                    day,
                    day.is_some() && *a == Anchor::Event,
                )
            }
            Expr::Season {
                code,
                first_month,
                dir,
                year,
            } => {
                let y = match (year, r) {
                    (Some(y), _) => Some(*y),
                    (None, Some(r)) => Some(season_year(r, *first_month, *dir)),
                    (None, None) => None,
                };
                let v = match y {
                    Some(y) => format!("{y:04}-{code}"),
                    None => format!("XXXX-{code}"),
                };
                (Some((TimexType::Date, v)), None, false)
            }
            // "fin octobre" is October at month granularity, as the annotation guidelines
            // want; the position would only matter for finer values
            Expr::Within { inner, .. } => (self.value(inner, f, anchor).0, None, false),
            Expr::Clock { .. } | Expr::Reject => (None, None, false),
            Expr::Duration { n, unit } => (
                duration_value(*n, *unit).map(|v| (TimexType::Duration, v)),
                None,
                false,
            ),
            Expr::Set(v) => (Some((TimexType::Set, v.clone())), None, false),
            Expr::Generic(v) => (Some((TimexType::Date, v.clone())), None, false),
            Expr::WeekdayDay { wd, day } => {
                let date = r.and_then(|r| {
                    (-3..=3)
                        .filter_map(|m| {
                            add_months(NaiveDate::from_ymd_opt(r.year(), r.month(), 1)?, m)
                        })
                        .filter_map(|first| {
                            NaiveDate::from_ymd_opt(first.year(), first.month(), *day)
                        })
                        .filter(|d| d.weekday().number_from_monday() == *wd)
                        .min_by_key(|d| (*d - r).num_days().abs())
                });
                match date {
                    Some(d) => (Some((TimexType::Date, ymd(d))), Some(d), true),
                    None => (
                        Some((TimexType::Date, format!("XXXX-XX-{day:02}"))),
                        None,
                        false,
                    ),
                }
            }
            Expr::DayPart { .. } => (None, None, false),
            Expr::Vague(v) => (Some((TimexType::Time, (*v).to_string())), None, false),
        }
    }
}

/// The year of "l'été dernier" / "cet été" / "l'été prochain".
fn season_year(r: NaiveDate, first_month: u32, dir: i32) -> i32 {
    let y = r.year();
    // winter starts in December and runs into the next year: in January it is last year's
    let started = if first_month == 12 {
        r.month() <= 2
    } else {
        r.month() >= first_month
    };
    let current = if first_month == 12 && r.month() <= 2 {
        y - 1
    } else {
        y
    };
    match dir {
        -1 => {
            if started && first_month != 12 && r.month() > first_month + 2 {
                current
            } else {
                current - 1
            }
        }
        1 => {
            if started || r.month() > first_month {
                current + 1
            } else {
                current
            }
        }
        _ => current,
    }
}

fn relative(base: NaiveDate, unit: Unit, n: i64) -> Option<String> {
    Some(match unit {
        Unit::Day => ymd(add_days(base, n)?),
        Unit::Week => iso_week(add_days(base, n.checked_mul(7)?)?),
        Unit::WeekEnd => format!("{}-WE", iso_week(add_days(base, n.checked_mul(7)?)?)),
        Unit::Month => {
            let d = add_months(base, n)?;
            format!("{:04}-{:02}", d.year(), d.month())
        }
        Unit::Year => format!("{:04}", i64::from(base.year()).checked_add(n)?),
        Unit::Decade => format!("{:03}X", (i64::from(base.year()) / 10).checked_add(n)?),
        Unit::Century => format!("{:02}XX", (i64::from(base.year()) / 100).checked_add(n)?),
        Unit::Second | Unit::Minute | Unit::Hour => return None,
    })
}

fn underspecified(unit: Unit) -> Option<String> {
    Some(
        match unit {
            Unit::Day => "XXXX-XX-XX",
            Unit::Week => "XXXX-WXX",
            Unit::WeekEnd => "XXXX-WXX-WE",
            Unit::Month => "XXXX-XX",
            Unit::Year => "XXXX",
            _ => return None,
        }
        .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weekdays_follow_direction_and_tense() {
        // 2023-09-11 is a Monday
        let r = d("2023-09-11");
        assert_eq!(
            weekday_date(r, 2, None, Some(Tense::Future)),
            Some(d("2023-09-12"))
        );
        assert_eq!(
            weekday_date(r, 2, None, Some(Tense::Past)),
            Some(d("2023-09-05"))
        );
        assert_eq!(weekday_date(r, 1, None, Some(Tense::Past)), Some(r));
        assert_eq!(weekday_date(r, 1, Some(-1), None), Some(d("2023-09-04")));
        assert_eq!(weekday_date(r, 1, Some(1), None), Some(d("2023-09-18")));
        assert_eq!(weekday_date(r, 7, None, None), Some(d("2023-09-10")));
        assert_eq!(weekday_date(r, 3, None, None), Some(d("2023-09-13")));
    }

    #[test]
    fn months_land_in_the_closest_year() {
        let r = d("2025-11-20");
        assert_eq!(place_in_year(r, 1, None, 0, None), Some(2026));
        assert_eq!(place_in_year(r, 10, None, 0, None), Some(2025));
        assert_eq!(place_in_year(r, 1, None, -1, None), Some(2025));
        assert_eq!(place_in_year(r, 11, Some(21), 1, None), Some(2025));
        assert_eq!(place_in_year(r, 11, Some(20), 1, None), Some(2026));
        assert_eq!(
            place_in_year(d("2024-03-01"), 2, Some(29), 0, None),
            Some(2024)
        );
    }

    #[test]
    fn seasons() {
        assert_eq!(season_year(d("2024-06-25"), 9, 0), 2024);
        assert_eq!(season_year(d("2024-06-25"), 6, -1), 2023);
        assert_eq!(season_year(d("2024-10-25"), 6, -1), 2024);
        assert_eq!(season_year(d("2024-10-25"), 6, 1), 2025);
    }
}
