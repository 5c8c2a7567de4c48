//! Finding time expressions: token patterns over the French time lexicon.
//!
//! The grammar only says what an expression means (`Expr`): "le 3 mars" is day 3 of month 3
//! in an unknown year, "la veille" is one day before the event anchor. Turning that into a
//! calendar value needs the reference date and the rest of the text, which is `resolve`'s
//! job. At every token the longest match wins, and matching resumes after it.
//!
//! Spans follow the annotation conventions of the development set: prepositions stay out
//! (`en 2022` → `2022`), determiners and demonstratives stay in (`le 3 mars`, `ce matin`),
//! `il y a` and `dans` stay in because they make a duration a date.

use crate::tokens::{Kind, Tok};
use crate::words::Word;
use depeche_lang::fr::time::{AgeContext, Anchor, Position, TimeLexicon, Unit, YearContext};

/// Part-of-day TIMEX3 code (`MO`, `AF`, `EV`, `NI`).
pub(crate) type Pod = Option<&'static str>;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    /// A calendar date with the fields the text gives. `dir` comes from `dernier` /
    /// `prochain` after it; `since` is true after `depuis` (the date is in the past).
    Date {
        year: Option<i32>,
        month: u32,
        day: Option<u32>,
        weekday: Option<u32>,
        dir: i32,
        since: bool,
    },
    Year(i32),
    /// First three digits of the decade's years (`199` for the 1990s).
    Decade(i32),
    /// Century number (20 for the XXe siècle).
    Century(i32),
    /// A bare weekday, with `dernier`/`prochain`/`suivant` when given (`Some(0)` for `ce lundi`).
    Weekday {
        wd: u32,
        dir: Option<(i32, Anchor)>,
        pod: Pod,
    },
    /// Days from the reference date (`hier`, `ce matin`).
    Deictic {
        days: i64,
        pod: Pod,
    },
    /// Days from the event anchor (`la veille`, `le lendemain`).
    Anchored {
        days: i64,
        pod: Pod,
    },
    /// `n` units from the reference date (or the event anchor), at that unit's granularity.
    Relative {
        unit: Unit,
        n: i64,
        anchor: Anchor,
    },
    Season {
        code: &'static str,
        first_month: u32,
        dir: i32,
        year: Option<i32>,
    },
    /// A position inside a period (`fin octobre`): same value as the period.
    Within {
        pos: Position,
        inner: Box<Expr>,
    },
    Clock {
        h: u32,
        m: u32,
    },
    /// `n` (None = unknown: `plusieurs jours`) times `unit`.
    Duration {
        n: Option<f64>,
        unit: Unit,
    },
    /// A TIMEX3 SET value.
    Set(String),
    /// PAST_REF, PRESENT_REF, FUTURE_REF.
    Vague(&'static str),
    /// A weekday with its day of the month but no month ("le lundi 6"): the month is the
    /// nearest one in which that day is that weekday.
    WeekdayDay {
        wd: u32,
        day: u32,
    },
    /// A DATE with a fixed value (`XXXX-SU` for a generic "en été").
    Generic(String),
    /// A part of the day on the day being talked about (`la nuit`, `en fin d'après-midi`).
    DayPart {
        pod: &'static str,
    },
    /// Looks like a date but is not one (`31 février`, `2021-13-45`): its tokens are
    /// consumed so that no piece of it is read as an expression.
    Reject,
}

/// An expression found at tokens `start..end`.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
}

pub(crate) struct Grammar<'a> {
    pub t: &'a [Tok<'a>],
    pub lex: &'a TimeLexicon,
    /// The lexicon's entries for each token of `t`.
    words: Vec<Word>,
}

const DETERMINERS: [&str; 8] = ["le", "la", "les", "l'", "ce", "cet", "cette", "ces"];

impl<'a> Grammar<'a> {
    pub fn new(t: &'a [Tok<'a>], lex: &'a TimeLexicon) -> Self {
        Grammar {
            t,
            lex,
            words: crate::words::of_tokens(t, lex),
        }
    }

    /// Whether token `i` can start a phrase of the list `f` (the list's first words).
    fn may_start(&self, i: usize, f: &FirstWords) -> bool {
        f.any || self.word(i).firsts & f.bit != 0
    }

    /// The lexicon's entries for token `i` (none past the end).
    fn word(&self, i: usize) -> Word {
        self.words.get(i).copied().unwrap_or_default()
    }

    fn key(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| t.key.as_ref())
    }

    fn is(&self, i: usize, k: &str) -> bool {
        self.t.get(i).is_some_and(|t| t.key == k)
    }

    /// Whether tokens `i..` spell `words`; returns the end.
    fn seq(&self, i: usize, words: &[String]) -> Option<usize> {
        for (n, w) in words.iter().enumerate() {
            if !self.is(i + n, w) {
                return None;
            }
        }
        Some(i + words.len())
    }

    /// Token `i` directly follows token `i - 1` (no whitespace).
    fn glued(&self, i: usize) -> bool {
        i > 0 && self.t.get(i).is_some_and(|t| !t.space_before)
    }

    /// All expressions of the text, left to right, never overlapping.
    pub fn find(&self) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.t.len() {
            match self.at(i) {
                Some((end, Expr::Reject)) if end > i => i = end,
                Some((end, expr)) if end > i => {
                    out.push(Found {
                        start: i,
                        end,
                        expr,
                    });
                    i = end;
                }
                _ => {
                    // skip the rest of a cluster glued to a number ("5G", "3-1", "2021-13-45")
                    // so that its pieces are not read as expressions on their own
                    let num = self.t[i].kind == Kind::Num;
                    i += 1;
                    while num && i < self.t.len() && self.glued(i) && self.t[i].kind != Kind::Punct
                    {
                        i += 1;
                    }
                }
            }
        }
        out
    }

    /// The longest expression starting at token `i`.
    fn at(&self, i: usize) -> Option<(usize, Expr)> {
        let t = &self.t[i];
        // a digit run glued to letters or digits before it is part of something else
        if t.kind == Kind::Num && self.glued(i) && self.t[i - 1].kind != Kind::Punct {
            return None;
        }
        if !self.could_start(i) {
            return None;
        }
        // longest wins; on a tie the pattern listed first ("à 8 heures" is a clock time
        // before it is a duration). Kept as they come: an array of every pattern's answer,
        // built then folded, was two copies of a kilobyte per token tried.
        let mut best: Option<(usize, Expr)> = None;
        let mut keep = |c: Option<(usize, Expr)>| {
            if let Some(c) = c {
                if best.as_ref().is_none_or(|b| b.0 < c.0) {
                    best = Some(c);
                }
            }
        };
        keep(self.vague(i));
        keep(self.anchored(i));
        keep(self.numeric_date(i));
        keep(self.clock(i));
        keep(self.set(i));
        keep(self.relative_quantity(i));
        keep(self.within(i));
        keep(self.century(i));
        keep(self.decade(i));
        keep(self.demonstrative(i));
        keep(self.unit_with_modifier(i));
        keep(self.deictic(i));
        keep(self.date(i));
        keep(self.duration(i));
        keep(self.year(i));
        keep(self.day_part(i));
        keep(self.generic_season(i));
        best
    }

    // ---- building blocks ----

    /// A number: a digit run (at most 4 digits) or a number word. Returns (end, value).
    fn number(&self, i: usize) -> Option<(usize, f64)> {
        let t = self.t.get(i)?;
        if let Some(n) = t.num(4) {
            // decimal comma glued on both sides: "30,4 secondes"
            if self.is(i + 1, ",") && self.glued(i + 1) && self.glued(i + 2) {
                if let Some(frac) = self.t.get(i + 2).and_then(|f| f.num(3)) {
                    let v: f64 = format!("{n}.{frac}").parse().ok()?;
                    return Some((i + 3, v));
                }
            }
            return Some((i + 1, f64::from(n)));
        }
        if t.is_word() {
            let n = self.words[i].number?;
            return Some((i + 1, f64::from(n)));
        }
        None
    }

    /// A quantity before a unit: a number, `plusieurs`, `quelques`, `un demi`...
    fn quantity(&self, i: usize) -> Option<(usize, Option<f64>)> {
        if self.may_start(i, &firsts(self.lex).quantities) {
            for (words, v) in &self.lex.quantities {
                if let Some(end) = self.seq(i, words) {
                    return Some((end, *v));
                }
            }
        }
        self.number(i).map(|(e, v)| (e, Some(v)))
    }

    fn unit(&self, i: usize) -> Option<(Unit, u32)> {
        self.word(i).unit
    }

    /// `quantity unit`, with "demi-siècle" style compounds. Returns (end, n, unit).
    fn quantity_unit(&self, i: usize) -> Option<(usize, Option<f64>, Unit)> {
        let (j, n) = self.quantity(i)?;
        if let Some((unit, mult)) = self.unit(j) {
            // "une seconde fois" is an ordinal; "une quinzaine de jardinières" a count
            if unit == Unit::Second && matches!(self.key(i), "un" | "une") {
                return None;
            }
            if mult != 1 && matches!(self.key(j + 1), "de" | "d'") {
                return None;
            }
            return Some((j + 1, n.map(|n| n * f64::from(mult)), unit));
        }
        // "un demi-siècle", "une demi-heure"
        if let Some(rest) = self.key(j).strip_prefix("demi-") {
            if let Some((unit, mult)) = self.lex.units.get(rest).copied() {
                return Some((j + 1, n.map(|n| n * 0.5 * f64::from(mult)), unit));
            }
        }
        None
    }

    fn month(&self, i: usize) -> Option<u32> {
        self.word(i).month
    }

    fn weekday(&self, i: usize) -> Option<u32> {
        self.word(i).weekday
    }

    fn pod(&self, i: usize) -> Option<&'static str> {
        self.word(i).part_of_day
    }

    fn modifier(&self, i: usize) -> Option<(i32, Anchor)> {
        self.word(i).modifier
    }

    /// Day of the month: `3`, `03`, `1er`, `premier`. Returns (end, day).
    fn day_of_month(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.t.get(i)?;
        if let Some(d) = t.num(2) {
            if !(1..=31).contains(&d) {
                // "le 32 mars" is no date, and its month alone is not one either
                return Some((i + 1, 0));
            }
            if d == 1 && matches!(self.key(i + 1), "er" | "re" | "ᵉʳ" | "ʳᵉ") && self.glued(i + 1)
            {
                return Some((i + 2, 1));
            }
            return Some((i + 1, d));
        }
        if t.is("premier") {
            return Some((i + 1, 1));
        }
        None
    }

    /// A four-digit year after a month (`mars 2021`) or a two-digit one (`octobre 98`).
    fn year_after_month(&self, i: usize) -> Option<(usize, i32)> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Num
            || self.glued(i + 1) && self.t.get(i + 1).is_some_and(|n| n.kind != Kind::Punct)
        {
            return None;
        }
        if t.key.len() == 4 {
            let y = t.num(4)? as i32;
            return (1000..=2199).contains(&y).then_some((i + 1, y));
        }
        if t.key.len() == 2 {
            // only when nothing countable follows: "octobre 98." but not "mai 15 personnes"
            let next = self.t.get(i + 1);
            if next.is_none_or(|n| n.kind == Kind::Punct || n.sentence != t.sentence) {
                let yy = t.num(2)? as i32;
                return Some((i + 1, if yy >= 30 { 1900 + yy } else { 2000 + yy }));
            }
        }
        None
    }

    fn valid_day(month: u32, day: u32, year: Option<i32>) -> bool {
        match year {
            Some(y) => chrono::NaiveDate::from_ymd_opt(y, month, day).is_some(),
            None => chrono::NaiveDate::from_ymd_opt(2000, month, day).is_some(),
        }
    }

    fn since(&self, i: usize) -> bool {
        i > 0 && self.is(i - 1, "depuis")
    }

    /// Whether a bare month word is a month here: "Mars" in mid-sentence is the planet or a
    /// brand, "mai" after "je" is not a month either.
    fn plausible_month(&self, i: usize) -> bool {
        let t = &self.t[i];
        let first = i == 0 || self.t[i - 1].sentence != t.sentence;
        !(t.capital && !first && !t.upper)
    }

    // ---- patterns ----

    fn vague(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.may_start(i, &firsts(self.lex).vague) {
            return None;
        }
        for (words, v) in &self.lex.vague {
            if let Some(end) = self.seq(i, words) {
                return Some((end, Expr::Vague(v)));
            }
        }
        None
    }

    fn anchored(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.may_start(i, &firsts(self.lex).anchored) {
            return None;
        }
        for (words, days) in &self.lex.anchored {
            if let Some(mut end) = self.seq(i, words) {
                let mut pod = None;
                if let Some(p) = self.pod(end) {
                    pod = Some(p);
                    end += 1;
                } else if self.is(end, "au") {
                    if let Some(p) = self.pod(end + 1) {
                        pod = Some(p);
                        end += 2;
                    }
                }
                return Some((end, Expr::Anchored { days: *days, pod }));
            }
        }
        None
    }

    /// `03/03/2021`, `3.3.2021`, `2021-03-03`, all glued.
    fn numeric_date(&self, i: usize) -> Option<(usize, Expr)> {
        let glued = |k: usize| (i + 1..=i + k).all(|j| self.glued(j));
        if !glued(4) {
            return None;
        }
        let (a, b, c) = (self.t.get(i)?, self.t.get(i + 2)?, self.t.get(i + 4)?);
        let (s1, s2) = (self.key(i + 1), self.key(i + 3));
        if s1 != s2 || !matches!(s1, "/" | "." | "-") {
            return None;
        }
        // something glued after ("2021-03-03-12") makes it a code, not a date
        if self.glued(i + 5)
            && self
                .t
                .get(i + 5)
                .is_some_and(|t| t.kind != Kind::Punct || t.key == s1)
        {
            return None;
        }
        let (y, m, d) = if a.key.len() == 4 && s1 == "-" {
            if b.key.len() > 2 || c.key.len() > 2 {
                return None;
            }
            (a.num(4)? as i32, b.num(2)?, c.num(2)?)
        } else if a.key.len() <= 2
            && b.key.len() <= 2
            && (c.key.len() == 4 || c.key.len() == 2)
            && s1 != "-"
        {
            let y = c.num(4)? as i32;
            let y = if c.key.len() == 2 {
                if y >= 30 {
                    1900 + y
                } else {
                    2000 + y
                }
            } else {
                y
            };
            (y, b.num(2)?, a.num(2)?)
        } else {
            return None;
        };
        if !(1000..=2199).contains(&y) || chrono::NaiveDate::from_ymd_opt(y, m, d).is_none() {
            return Some((i + 5, Expr::Reject));
        }
        Some((
            i + 5,
            Expr::Date {
                year: Some(y),
                month: m,
                day: Some(d),
                weekday: None,
                dir: 0,
                since: self.since(i),
            },
        ))
    }

    /// `14 h 30`, `14h`, `7h44 UTC`, `14:30`, `14 heures`, `vers midi`.
    fn clock(&self, i: usize) -> Option<(usize, Expr)> {
        let prev_is_clock_prep = i > 0 && self.lex.clock_cues.contains_key(&*self.t[i - 1].fold);
        if let Some(&(h, m)) = self.word(i).clock.as_ref() {
            // "midi" alone is also the south of France or the middle of "après-midi"
            if prev_is_clock_prep {
                return Some((i + 1, Expr::Clock { h, m }));
            }
            return None;
        }
        let h = self.t.get(i)?.num(2)?;
        if h > 24 {
            return None;
        }
        let mut j = i + 1;
        let minutes = |k: usize| {
            self.t
                .get(k)
                .and_then(|t| if t.key.len() == 2 { t.num(2) } else { None })
                .filter(|m| *m < 60)
        };
        let mut m = 0;
        match self.key(j) {
            "h" => {
                j += 1;
                if let Some(mm) = minutes(j) {
                    m = mm;
                    j += 1;
                }
                // "24 h sur 24", "24h/24" are not a time of day
                if matches!(self.key(j), "sur" | "/") {
                    return None;
                }
            }
            ":" if self.glued(j) && self.glued(j + 1) => {
                m = minutes(j + 1)?;
                j += 2;
                if self.is(j, ":") && self.glued(j) {
                    return None;
                }
            }
            "heures" | "heure" => {
                j += 1;
                if let Some(mm) = minutes(j) {
                    m = mm;
                    j += 1;
                } else if !prev_is_clock_prep {
                    return None;
                }
            }
            _ => return None,
        }
        if h == 24 && m > 0 {
            return None;
        }
        if matches!(self.key(j), "utc" | "gmt") {
            j += 1;
        }
        Some((j, Expr::Clock { h: h % 24, m }))
    }

    /// `chaque lundi`, `tous les ans`, `toutes les deux semaines`, `par an` (unit only).
    fn set(&self, i: usize) -> Option<(usize, Expr)> {
        if self.is(i, "par") {
            return None;
        }
        if self.is(i, "an")
            || self.is(i, "jour")
            || self.is(i, "mois")
            || self.is(i, "semaine")
            || self.is(i, "semestre")
        {
            // "... par an": the unit alone is the set, as FR-TimeBank marks it
            if i > 0 && self.is(i - 1, "par") {
                let (unit, mult) = self.unit(i)?;
                return Some((
                    i + 1,
                    Expr::Set(duration_value(Some(f64::from(mult)), unit)?),
                ));
            }
            return None;
        }
        if !self.may_start(i, &firsts(self.lex).sets) {
            return None;
        }
        let end = self.lex.sets.iter().find_map(|w| self.seq(i, w))?;
        let (j, n) = match self.number(end) {
            Some((j, n)) if !self.is(end, "un") && !self.is(end, "une") => (j, n),
            _ => (end, 1.0),
        };
        if let Some(wd) = self.weekday(j) {
            return Some((j + 1, Expr::Set(format!("XXXX-WXX-{wd}"))));
        }
        if let Some(p) = self.pod(j) {
            return Some((j + 1, Expr::Set(format!("XXXX-XX-XXT{p}"))));
        }
        let (unit, mult) = self.unit(j)?;
        Some((
            j + 1,
            Expr::Set(duration_value(Some(n * f64::from(mult)), unit)?),
        ))
    }

    /// `il y a deux semaines`, `dans trois mois`, `deux jours plus tard`, `trois ans auparavant`.
    fn relative_quantity(&self, i: usize) -> Option<(usize, Expr)> {
        let calendar = |u: Unit| {
            matches!(
                u,
                Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::WeekEnd
            )
        };
        if self.is(i, "il") && self.is(i + 1, "y") && self.is(i + 2, "a") {
            let (end, n, unit) = self.quantity_unit(i + 3)?;
            let n = n.filter(|n| n.fract() == 0.0)?;
            return calendar(unit).then_some((
                end,
                Expr::Relative {
                    unit,
                    n: -(n as i64),
                    anchor: Anchor::Reference,
                },
            ));
        }
        if self.is(i, "dans") {
            let (end, n, unit) = self.quantity_unit(i + 1)?;
            // "dans un jour de grande forme" is no date
            if matches!(self.key(end), "de" | "d'") {
                return None;
            }
            let n = n.filter(|n| n.fract() == 0.0)?;
            return calendar(unit).then_some((
                end,
                Expr::Relative {
                    unit,
                    n: n as i64,
                    anchor: Anchor::Reference,
                },
            ));
        }
        let (end, n, unit) = self.quantity_unit(i)?;
        let n = n.filter(|n| n.fract() == 0.0)? as i64;
        if !calendar(unit) {
            return None;
        }
        if !self.may_start(end, &firsts(self.lex).shifts) {
            return None;
        }
        let (sign, end) = self.lex.shifts.iter().find_map(|(words, (dir, at_end))| {
            let e = self.seq(end, words)?;
            let ok = !at_end || self.t.get(e).is_none_or(|t| t.kind == Kind::Punct);
            ok.then_some((*dir, e))
        })?;
        Some((
            end,
            Expr::Relative {
                unit,
                n: sign * n,
                anchor: Anchor::Event,
            },
        ))
    }

    /// `fin octobre`, `début 2024`, `mi-juillet`, `la fin de l'année`, `en milieu de semaine`,
    /// `début des années 60`.
    fn within(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.is(j, "la") {
            j += 1;
        }
        // "mi-juillet" is one token
        if let Some((p, rest)) = self.key(j).split_once('-') {
            let pos = *self.lex.positions.get(p)?;
            let m = *self.lex.months.get(rest)?;
            let mut end = j + 1;
            let mut year = None;
            if let Some((e, y)) = self.year_after_month(end) {
                end = e;
                year = Some(y);
            }
            let inner = Expr::Date {
                year,
                month: m,
                day: None,
                weekday: None,
                dir: 0,
                since: self.since(i),
            };
            return Some((
                end,
                Expr::Within {
                    pos,
                    inner: Box::new(inner),
                },
            ));
        }
        let pos = self.word(j).position?;
        j += 1;
        // optional "de", "du", "d'", "de la", "de l'", "des"
        let mut k = j;
        if matches!(self.key(k), "de" | "du" | "d'" | "des") {
            k += 1;
            if self.is(k - 1, "de") && matches!(self.key(k), "la" | "l'") {
                k += 1;
            }
        }
        let inner_at = |k: usize| -> Option<(usize, Expr)> {
            if let Some(m) = self.month(k) {
                let (end, year) = match self.year_after_month(k + 1) {
                    Some((e, y)) => (e, Some(y)),
                    None => (k + 1, None),
                };
                let dir = self.modifier(end).map_or(0, |(d, _)| d);
                let end = if dir != 0 { end + 1 } else { end };
                return Some((
                    end,
                    Expr::Date {
                        year,
                        month: m,
                        day: None,
                        weekday: None,
                        dir,
                        since: self.since(i),
                    },
                ));
            }
            if let Some(y) = self
                .t
                .get(k)
                .and_then(|t| t.num(4))
                .filter(|y| (1000..=2199).contains(y))
            {
                if self.t[k].key.len() == 4 {
                    return Some((k + 1, Expr::Year(y as i32)));
                }
            }
            if let Some(r) = self.decade(k) {
                return Some(r);
            }
            if let Some(r) = self.century(k) {
                return Some(r);
            }
            if let Some(r) = self.unit_with_modifier(k) {
                return Some(r);
            }
            // "fin de semaine", "début d'année", "fin du mois": the current one
            let (unit, _) = self.unit(k)?;
            matches!(unit, Unit::Week | Unit::Month | Unit::Year).then_some((
                k + 1,
                Expr::Relative {
                    unit,
                    n: 0,
                    anchor: Anchor::Reference,
                },
            ))
        };
        // "la fin de l'année dernière": the determiner may belong to the inner expression
        let mut best: Option<(usize, Expr)> = None;
        let mut starts = vec![k];
        if k > j && matches!(self.key(k - 1), "la" | "l'") {
            starts.push(k - 1);
        }
        for start in starts {
            if let Some(r) = inner_at(start) {
                if best.as_ref().is_none_or(|b| r.0 > b.0) {
                    best = Some(r);
                }
            }
        }
        let (end, inner) = best?;
        Some((
            end,
            Expr::Within {
                pos,
                inner: Box::new(inner),
            },
        ))
    }

    /// `XXe siècle`, `XIXe siècle`, `21e siècle`, `le siècle dernier`.
    fn century(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.is(j, "le") {
            j += 1;
        }
        let t = self.t.get(j)?;
        let (n, after) = if t.kind == Kind::Num {
            let n = t.num(2)?;
            if !(self.glued(j + 1) && matches!(self.key(j + 1), "e" | "eme")) {
                return None;
            }
            (n as i32, j + 2)
        } else {
            let raw = t
                .key
                .strip_suffix("eme")
                .or_else(|| t.key.strip_suffix('e'))?;
            if !t.upper && !t.capital {
                return None;
            }
            (roman(raw)?, j + 1)
        };
        if !(1..=22).contains(&n) || !self.is(after, "siecle") {
            return None;
        }
        Some((after + 1, Expr::Century(n)))
    }

    /// `les années 1990`, `années 60`, `des années 2000` (span from `les`/`années`).
    fn decade(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.is(j, "les") || self.is(j, "des") {
            j += 1;
        }
        if !self.is(j, "annees") {
            return None;
        }
        let t = self.t.get(j + 1)?;
        let y = t.num(4)? as i32;
        let decade = match t.key.len() {
            4 if y % 10 == 0 && (1000..=2190).contains(&y) => y / 10,
            2 if y % 10 == 0 => 190 + y / 10,
            _ => return None,
        };
        Some((j + 2, Expr::Decade(decade)))
    }

    /// `ce matin`, `ce soir`, `cette nuit`, `ce lundi`, `cette semaine`, `ce mois-ci`,
    /// `cette année`, `ce week-end`, `cet été`, `ce midi`.
    fn demonstrative(&self, i: usize) -> Option<(usize, Expr)> {
        if !matches!(self.key(i), "ce" | "cet" | "cette") {
            return None;
        }
        let mut j = i + 1;
        if self.is(j, "meme") {
            j += 1;
        }
        if let Some(p) = self.pod(j) {
            return Some((
                j + 1,
                Expr::Deictic {
                    days: 0,
                    pod: Some(p),
                },
            ));
        }
        if let Some(wd) = self.weekday(j) {
            let mut end = j + 1;
            let pod = self.pod(end);
            if pod.is_some() {
                end += 1;
            }
            return Some((
                end,
                Expr::Weekday {
                    wd,
                    dir: Some((0, Anchor::Reference)),
                    pod,
                },
            ));
        }
        if let Some(&(code, first_month)) = self.word(j).season.as_ref() {
            let (end, year) = match self.t.get(j + 1).and_then(|t| t.num(4)) {
                Some(y) if self.t[j + 1].key.len() == 4 => (j + 2, Some(y as i32)),
                _ => (j + 1, None),
            };
            return Some((
                end,
                Expr::Season {
                    code,
                    first_month,
                    dir: 0,
                    year,
                },
            ));
        }
        let key = self.key(j);
        let (unit, _) = self
            .lex
            .units
            .get(key.strip_suffix("-ci").unwrap_or(key))
            .copied()?;
        if matches!(unit, Unit::Day) && !self.is(j, "jour") {
            return None;
        }
        if !matches!(
            unit,
            Unit::Week | Unit::Month | Unit::Year | Unit::WeekEnd | Unit::Day
        ) || self.key(j).ends_with('s')
        {
            return None;
        }
        let mut end = j + 1;
        if self.is(end, "-") && self.is(end + 1, "ci")
            || self.is(end, "-") && self.is(end + 1, "la")
        {
            end += 2;
        }
        if unit == Unit::Day {
            // "ce jour" is the reference day
            return Some((end, Expr::Deictic { days: 0, pod: None }));
        }
        Some((
            end,
            Expr::Relative {
                unit,
                n: 0,
                anchor: Anchor::Reference,
            },
        ))
    }

    /// `la semaine dernière`, `le mois prochain`, `l'an dernier`, `l'année suivante`,
    /// `le week-end dernier`, `l'été prochain`, `le siècle dernier`; also `ces derniers jours`,
    /// `les trois prochains mois` (durations); `l'automne` (this year's).
    fn unit_with_modifier(&self, i: usize) -> Option<(usize, Expr)> {
        let det = self.key(i);
        if !DETERMINERS.contains(&det) {
            return None;
        }
        // durations: "ces derniers jours", "les trois derniers mois", "ces dernières 24 heures"
        if matches!(det, "les" | "ces") {
            let mut j = i + 1;
            let mut n = None;
            if let Some((e, v)) = self.number(j) {
                n = Some(v);
                j = e;
            }
            let (dir, _) = self.modifier(j)?;
            if dir == 0 {
                return None;
            }
            j += 1;
            if n.is_none() {
                if let Some((e, v)) = self.number(j) {
                    n = Some(v);
                    j = e;
                }
            }
            let (unit, mult) = self.unit(j)?;
            return Some((
                j + 1,
                Expr::Duration {
                    n: n.map(|n| n * f64::from(mult)),
                    unit,
                },
            ));
        }
        let j = i + 1;
        if let Some(&(code, first_month)) = self.word(j).season.as_ref() {
            if !matches!(det, "l'" | "le") {
                return None;
            }
            if let Some((dir, _)) = self.modifier(j + 1) {
                return Some((
                    j + 2,
                    Expr::Season {
                        code,
                        first_month,
                        dir,
                        year: None,
                    },
                ));
            }
            if let Some(y) = self
                .t
                .get(j + 1)
                .and_then(|t| t.num(4))
                .filter(|_| self.t[j + 1].key.len() == 4)
            {
                return Some((
                    j + 2,
                    Expr::Season {
                        code,
                        first_month,
                        dir: 0,
                        year: Some(y as i32),
                    },
                ));
            }
            return Some((
                j + 1,
                Expr::Season {
                    code,
                    first_month,
                    dir: 0,
                    year: None,
                },
            ));
        }
        let (unit, mult) = self.unit(j)?;
        if mult != 1 {
            return None;
        }
        // "l'année 2001"
        if unit == Unit::Year && matches!(det, "l'") {
            if let Some(y) = self
                .t
                .get(j + 1)
                .and_then(|t| t.num(4))
                .filter(|_| self.t[j + 1].key.len() == 4)
            {
                return Some((j + 2, Expr::Year(y as i32)));
            }
        }
        let (dir, anchor) = self.modifier(j + 1)?;
        if unit == Unit::Century {
            return (dir == -1).then_some((
                j + 2,
                Expr::Relative {
                    unit,
                    n: -1,
                    anchor,
                },
            ));
        }
        if !matches!(
            unit,
            Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::WeekEnd
        ) {
            return None;
        }
        Some((
            j + 2,
            Expr::Relative {
                unit,
                n: i64::from(dir),
                anchor,
            },
        ))
    }

    /// `aujourd'hui`, `hier soir`, `demain matin`, `aujourd'hui vendredi`.
    fn deictic(&self, i: usize) -> Option<(usize, Expr)> {
        let days = self.word(i).deictic?;
        // "Aujourd'hui, la ville a changé": set off by commas it means "nowadays"
        if days == 0 && self.is(i + 1, ",") {
            let first = i == 0 || self.t[i - 1].sentence != self.t[i].sentence;
            if first || self.is(i - 1, ",") {
                return Some((i + 1, Expr::Vague("PRESENT_REF")));
            }
        }
        let mut end = i + 1;
        let mut pod = None;
        if let Some(p) = self.pod(end) {
            pod = Some(p);
            end += 1;
        } else if self.weekday(end).is_some() {
            // "aujourd'hui vendredi", "hier mardi": the weekday is an apposition
            end += 1;
        } else if self.is(end, "en")
            && self.word(end + 1).position.is_some()
            && matches!(self.key(end + 2), "de" | "d'")
        {
            // "hier en début d'après-midi"
            if let Some(p) = self.pod(end + 3) {
                pod = Some(p);
                end += 4;
            }
        }
        Some((end, Expr::Deictic { days, pod }))
    }

    /// Dates with words: `le 3 mars 2021`, `mardi 19 novembre`, `1er janvier 2027`,
    /// `mars 2021`, `mars`, `juin prochain`, `le 6 mai dernier`, `jeudi soir`,
    /// `samedi dernier`, `le mercredi` (habitual: a set).
    fn date(&self, i: usize) -> Option<(usize, Expr)> {
        // "le mois de juin"
        if self.is(i, "mois")
            && matches!(self.key(i + 1), "de" | "d'")
            && self.month(i + 2).is_some()
        {
            let (end, e) = self.date(i + 2)?;
            return Some((end, e));
        }
        let mut j = i;
        let det = self.is(j, "le");
        if det || self.is(j, "les") {
            j += 1;
        }
        let since = self.since(i);
        let weekday = self.weekday(j);
        if weekday.is_some() {
            j += 1;
        }
        // the first day of a range takes the month of the second: "du 19 au 23 juillet",
        // "les 6 et 13 avril prochains"
        if let Some((k, day)) = self.day_of_month(j) {
            let range = day > 0 && matches!(self.key(k), "au" | "et" | "a" | "-");
            if range && self.day_of_month(k + 1).is_some() {
                if let Some((
                    _,
                    Expr::Date {
                        year, month, dir, ..
                    },
                )) = self.date(k + 1)
                {
                    if Self::valid_day(month, day, year) {
                        return Some((
                            k,
                            Expr::Date {
                                year,
                                month,
                                day: Some(day),
                                weekday,
                                dir,
                                since,
                            },
                        ));
                    }
                }
            }
        }
        if self.is(i, "les") {
            return None;
        }
        if let Some((k, day)) = self.day_of_month(j) {
            if let Some(month) = self.month(k) {
                if day == 0 {
                    return Some((k + 1, Expr::Reject));
                }
                let mut end = k + 1;
                let mut year = None;
                if let Some((e, y)) = self.year_after_month(end) {
                    end = e;
                    year = Some(y);
                }
                if !Self::valid_day(month, day, year) {
                    return Some((end, Expr::Reject));
                }
                let mut dir = 0;
                if year.is_none() {
                    if let Some((d, _)) = self.modifier(end) {
                        dir = d;
                        end += 1;
                    }
                }
                return Some((
                    end,
                    Expr::Date {
                        year,
                        month,
                        day: Some(day),
                        weekday,
                        dir,
                        since,
                    },
                ));
            }
        }
        if let (Some(wd), Some((k, day))) = (weekday, self.day_of_month(j)) {
            let countable = self
                .t
                .get(k)
                .is_some_and(|n| n.is_num() || n.is_word() && self.unit(k).is_some());
            if day > 0 && !countable {
                return Some((k, Expr::WeekdayDay { wd, day }));
            }
        }
        if let Some(wd) = weekday.filter(|_| self.key(j - 1).ends_with('s')) {
            return Some((j, Expr::Set(format!("XXXX-WXX-{wd}"))));
        }
        if let Some(wd) = weekday {
            // "l'accord du Vendredi saint", "Mardi gras": a name, not a day
            let t = &self.t[j - 1];
            let first = j - 1 == 0 || self.t[j - 2].sentence != t.sentence;
            if t.capital
                && !first
                && self.t.get(j).is_some_and(|n| {
                    n.is_word()
                        && (n.capital || matches!(n.key.as_ref(), "saint" | "gras" | "noir"))
                })
            {
                return None;
            }
            let mut end = j;
            let mut pod = None;
            let mut dir = None;
            if let Some(m) = self.modifier(end) {
                dir = Some(m);
                end += 1;
            }
            if let Some(p) = self.pod(end) {
                pod = Some(p);
                end += 1;
            }
            if dir.is_none() {
                if let Some(m) = self.modifier(end) {
                    dir = Some(m);
                    end += 1;
                }
            }
            if det && dir.is_none() && pod.is_none() {
                // "le mercredi", "uniquement le mercredi": every Wednesday
                return Some((end, Expr::Set(format!("XXXX-WXX-{wd}"))));
            }
            if det && dir.is_none() {
                return None;
            }
            return Some((end, Expr::Weekday { wd, dir, pod }));
        }
        if det {
            return None;
        }
        // month with an optional year or modifier
        let month = self.month(i)?;
        if let Some((end, y)) = self.year_after_month(i + 1) {
            return Some((
                end,
                Expr::Date {
                    year: Some(y),
                    month,
                    day: None,
                    weekday: None,
                    dir: 0,
                    since,
                },
            ));
        }
        if !self.plausible_month(i) {
            return None;
        }
        if self.is(i, "mai")
            && i > 0
            && matches!(self.key(i - 1), "je" | "j'" | "tu" | "il" | "elle" | "on")
        {
            return None;
        }
        let mut end = i + 1;
        let mut dir = 0;
        if let Some((d, _)) = self.modifier(end) {
            dir = d;
            end += 1;
        } else if matches!(self.key(end), "et" | "ou") && self.month(end + 1).is_some() {
            // "en mai et juin derniers": the modifier of the pair
            if let Some((d, _)) = self.modifier(end + 2) {
                dir = d;
            }
        }
        Some((
            end,
            Expr::Date {
                year: None,
                month,
                day: None,
                weekday: None,
                dir,
                since,
            },
        ))
    }

    /// Durations: `trois jours`, `48 heures`, `environ une heure`, `plus de vingt ans`,
    /// `un demi-siècle`, `plusieurs années`; not ages (`âgé de 45 ans`, `Jean, 97 ans,`).
    fn duration(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.may_start(i, &firsts(self.lex).duration_modifiers) {
            for words in &self.lex.duration_modifiers {
                if let Some(e) = self.seq(i, words) {
                    j = e;
                    break;
                }
            }
        }
        // the first number of a range takes the unit of the second: "de 8 à 24 mois"
        if let Some((k, n)) = self.number(j) {
            if matches!(self.key(k), "a" | "et") {
                if let Some((end2, _, unit)) = self.quantity_unit(k + 1) {
                    if unit == Unit::Year && self.is_age(k + 1, k + 1, end2)
                        || unit == Unit::WeekEnd
                    {
                        return None;
                    }
                    let mult = self.unit(end2 - 1).map_or(1, |u| u.1);
                    return Some((
                        k,
                        Expr::Duration {
                            n: Some(n * f64::from(mult)),
                            unit,
                        },
                    ));
                }
            }
        }
        let (end, n, unit) = self.quantity_unit(j)?;
        if unit == Unit::WeekEnd {
            return None;
        }
        // "des" is only a quantity before plural units ("des années", not "des jours fériés")
        if self.is(j, "des")
            && !matches!(
                unit,
                Unit::Year | Unit::Month | Unit::Week | Unit::Decade | Unit::Century
            )
        {
            return None;
        }
        if unit == Unit::Year && self.is_age(i, j, end) {
            return None;
        }
        // "un mois d'août" names the month
        if unit == Unit::Month
            && matches!(self.key(end), "de" | "d'")
            && self.month(end + 1).is_some()
        {
            return None;
        }
        // "un jour, il reviendra", "une année exceptionnelle": not a length of time
        if matches!(self.key(j), "un" | "une") && matches!(unit, Unit::Day | Unit::Year) {
            let next = self.t.get(end);
            // a comma ends "pendant un an, ..." but "un jour, il reviendra" is some day
            let comma_ok = unit == Unit::Year;
            let ok = next.is_none_or(|n| {
                n.kind == Kind::Punct && (n.key != "," || comma_ok)
                    || matches!(
                        n.key.as_ref(),
                        "et" | "plus"
                            | "ou"
                            | "sans"
                            | "pour"
                            | "a"
                            | "au"
                            | "entier"
                            | "entiere"
                            | "supplementaire"
                    )
            });
            if !ok {
                return None;
            }
        }
        Some((end, Expr::Duration { n, unit }))
    }

    /// Whether "N ans" at `num..end` (duration words from `first`) is someone's age.
    fn is_age(&self, first: usize, num: usize, end: usize) -> bool {
        // "les moins de 17 ans", "les 0-6 ans": age groups
        if first > 0 && matches!(self.key(first - 1), "les" | "des") {
            return true;
        }
        let mut k = num;
        // a range: "de 2 à 8 ans", "0-6 ans"
        if k >= 2 && matches!(self.key(k - 1), "a" | "et" | "-") && self.t[k - 2].is_num() {
            k -= 2;
            if k > 0 && matches!(self.key(k - 1), "les" | "des") {
                return true;
            }
        }
        if k == 0 {
            return false;
        }
        let prev = self.key(k - 1);
        if matches!(prev, "de" | "d'") {
            if k >= 3 && self.lex.ages.get(self.key(k - 2)) == Some(&AgeContext::Duration) {
                return matches!(self.key(k - 3), "les" | "des");
            }
            return k >= 2;
        }
        // "(45 ans)", "Jean Monod, 97 ans, a entrepris"
        if prev == "("
            || prev == ","
                && matches!(self.key(end), "," | ")" | ".")
                && k >= 2
                && self.t[k - 2].capital
        {
            return true;
        }
        matches!(prev, "ses" | "leurs" | "mes" | "nos" | "vos")
    }

    /// A year on its own: `en 2022`, `d'ici 2030`, `2019-2022`; never a quantity
    /// (`2 000 euros`) or part of a longer number.
    fn year(&self, i: usize) -> Option<(usize, Expr)> {
        let t = &self.t[i];
        if t.key.len() != 4 {
            return None;
        }
        let y = t.num(4)? as i32;
        if !(1000..=2199).contains(&y) {
            return None;
        }
        let next = self.t.get(i + 1);
        if let Some(n) = next {
            if self.lex.year_context.get(&*n.key) == Some(&YearContext::NotAfter) {
                return None;
            }
            // "2 000", "2022,5": a number goes on
            if n.kind == Kind::Num
                || n.key == ","
                    && self.glued(i + 1)
                    && self
                        .t
                        .get(i + 2)
                        .is_some_and(|t| t.is_num() && !t.space_before)
            {
                return None;
            }
        }
        if i > 0 && self.t[i - 1].kind == Kind::Num && !self.glued(i) {
            return None;
        }
        let prev = if i > 0 { self.key(i - 1) } else { "" };
        let range = i >= 2
            && matches!(prev, "-" | "/")
            && self.t[i - 2].key.len() == 4
            && self.t[i - 2].is_num();
        let range_start = matches!(next.map(|n| n.key.as_ref()), Some("-" | "/"))
            && self
                .t
                .get(i + 2)
                .is_some_and(|t| t.is_num() && (t.key.len() == 4 || t.key.len() == 2));
        let context = self.lex.year_context.get(prev) == Some(&YearContext::Before);
        let first = i == 0 || self.t[i - 1].sentence != t.sentence;
        // after a common noun, when nothing countable follows: "le bilan 2001 de la
        // délinquance", "Championnat du monde 2003,"; not "quelque 2000 manifestants"
        let after_noun = i > 0
            && self.t[i - 1].is_word()
            && !self.t[i - 1].capital
            && self.lex.number_key(prev).is_none()
            && !matches!(
                prev,
                "les"
                    | "des"
                    | "ces"
                    | "quelque"
                    | "environ"
                    | "sur"
                    | "pour"
                    | "par"
                    | "que"
                    | "qu'"
            )
            && (1900..=2100).contains(&y)
            && next.is_none_or(|n| {
                n.kind == Kind::Punct && !matches!(n.key.as_ref(), "%" | "€" | "$")
                    || matches!(
                        n.key.as_ref(),
                        "de" | "du" | "des" | "et" | "a" | "au" | "en" | "ou"
                    )
            });
        if context || range || range_start || first || after_noun {
            return Some((i + 1, Expr::Year(y)));
        }
        None
    }
}

/// The first words of the phrases of one lexicon list. The lists are read in order (the first
/// phrase that matches wins); most tokens start none of their phrases, and knowing that
/// spares comparing the token with each phrase in turn.
pub(crate) struct FirstWords {
    pub words: depeche_lang::hash::HashSet<String>,
    /// A list with an empty phrase matches anywhere: no shortcut then.
    any: bool,
    /// The list's bit in [`Word::firsts`] (each token's first words, looked up once).
    pub bit: u16,
}

impl FirstWords {
    fn of<'p>(bit: u16, phrases: impl Iterator<Item = &'p Vec<String>>) -> FirstWords {
        let mut f = FirstWords {
            words: depeche_lang::hash::HashSet::default(),
            any: false,
            bit,
        };
        for p in phrases {
            match p.first() {
                Some(w) => {
                    f.words.insert(w.clone());
                }
                None => f.any = true,
            }
        }
        f
    }
}

pub(crate) struct Firsts {
    pub vague: FirstWords,
    pub anchored: FirstWords,
    pub quantities: FirstWords,
    pub sets: FirstWords,
    pub shifts: FirstWords,
    pub duration_modifiers: FirstWords,
}

impl Firsts {
    pub fn all(&self) -> [&FirstWords; 6] {
        [
            &self.vague,
            &self.anchored,
            &self.quantities,
            &self.sets,
            &self.shifts,
            &self.duration_modifiers,
        ]
    }
}

/// [`Word::firsts`] bit of a word an expression can start with ([`starters`]).
pub(crate) const STARTER: u16 = 1;

pub(crate) fn firsts(lex: &TimeLexicon) -> &'static Firsts {
    static F: std::sync::OnceLock<Firsts> = std::sync::OnceLock::new();
    F.get_or_init(|| Firsts {
        vague: FirstWords::of(2, lex.vague.iter().map(|(w, _)| w)),
        anchored: FirstWords::of(4, lex.anchored.iter().map(|(w, _)| w)),
        quantities: FirstWords::of(8, lex.quantities.iter().map(|(w, _)| w)),
        sets: FirstWords::of(16, lex.sets.iter()),
        shifts: FirstWords::of(32, lex.shifts.iter().map(|(w, _)| w)),
        duration_modifiers: FirstWords::of(64, lex.duration_modifiers.iter()),
    })
}

/// Words an expression can start with: every pattern below begins with a number, one of
/// these words, a hyphenated compound (`mi-juillet`, `demi-siècle`) or a Roman ordinal.
/// Checking them first spares the patterns on the nine tokens in ten that start nothing.
pub(crate) fn starters(lex: &TimeLexicon) -> &'static depeche_lang::hash::HashSet<String> {
    static S: std::sync::OnceLock<depeche_lang::hash::HashSet<String>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let mut s = depeche_lang::hash::HashSet::default();
        let keys = [
            lex.months.keys().collect::<Vec<_>>(),
            lex.weekdays.keys().collect(),
            lex.numbers.keys().collect(),
            lex.units.keys().collect(),
            lex.deictic.keys().collect(),
            lex.seasons.keys().collect(),
            lex.parts_of_day.keys().collect(),
            lex.clock_words.keys().collect(),
            lex.positions.keys().collect(),
        ];
        s.extend(keys.into_iter().flatten().cloned());
        let phrases = lex
            .vague
            .iter()
            .map(|(w, _)| w)
            .chain(lex.anchored.iter().map(|(w, _)| w));
        let phrases = phrases
            .chain(lex.quantities.iter().map(|(w, _)| w))
            .chain(lex.sets.iter())
            .chain(lex.duration_modifiers.iter());
        s.extend(phrases.filter_map(|w| w.first().cloned()));
        s.extend(DETERMINERS.iter().map(|d| d.to_string()));
        s.extend(["il", "dans", "mois", "premier"].map(String::from));
        s
    })
}

impl Grammar<'_> {
    fn could_start(&self, i: usize) -> bool {
        let t = &self.t[i];
        match t.kind {
            Kind::Num => true,
            Kind::Punct => false,
            Kind::Word => {
                self.words[i].firsts & STARTER != 0
                    || t.key.contains('-')
                    || t.key
                        .strip_suffix("eme")
                        .or_else(|| t.key.strip_suffix('e'))
                        .is_some_and(|r| roman(r).is_some())
            }
        }
    }

    /// `la nuit`, `la soirée`, `l'après-midi`, `le matin même`, `en fin d'après-midi`,
    /// `la nuit de lundi à mardi` (the night starting on Monday).
    fn day_part(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        let mut pos = false;
        if self.word(j).position.is_some() && matches!(self.key(j + 1), "de" | "d'") {
            pos = true;
            j += 2;
        } else if matches!(self.key(j), "la" | "l'" | "le") {
            j += 1;
        } else {
            return None;
        }
        let t = self.t.get(j)?;
        let pod = self.pod(j)?;
        if t.capital {
            return None;
        }
        let mut end = j + 1;
        if self.is(end, "meme") {
            end += 1;
        } else if !pos && self.is(i, "le") {
            // "le soir, il lit": habitual unless "même" pins the day
            return None;
        }
        if matches!(self.key(end), "de" | "du") {
            if let Some(wd) = self.weekday(end + 1) {
                let mut e = end + 2;
                if self.is(e, "a") && self.weekday(e + 1).is_some() {
                    e += 2;
                }
                return Some((
                    e,
                    Expr::Weekday {
                        wd,
                        dir: None,
                        pod: Some(pod),
                    },
                ));
            }
        }
        Some((end, Expr::DayPart { pod }))
    }

    /// `en été`, `en hiver`: any summer, any winter.
    fn generic_season(&self, i: usize) -> Option<(usize, Expr)> {
        let (code, _) = self.word(i).season?;
        if i == 0 || !self.is(i - 1, "en") || self.t.get(i + 1).is_some_and(|t| t.is_num()) {
            return None;
        }
        Some((i + 1, Expr::Generic(format!("XXXX-{code}"))))
    }
}

fn roman(s: &str) -> Option<i32> {
    if s.is_empty() || s.len() > 6 {
        return None;
    }
    let mut total = 0;
    let mut prev = 0;
    for c in s.chars().rev() {
        let v = match c {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            'l' => 50,
            'c' => 100,
            _ => return None,
        };
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    Some(total)
}

/// TIMEX3 duration value: `P3D`, `PT10M`, `P50Y`, `PXY`.
pub(crate) fn duration_value(n: Option<f64>, unit: Unit) -> Option<String> {
    // fractions move to a smaller unit: half a century is 50 years, half a day 12 hours
    let (mut n, mut unit) = (n, unit);
    if let Some(v) = n {
        if !(v.is_finite() && v > 0.0 && v < 1e7) {
            return None;
        }
        if unit == Unit::Decade || unit == Unit::Century {
            n = Some(v * if unit == Unit::Decade { 10.0 } else { 100.0 });
            unit = Unit::Year;
        }
        let v = n.unwrap_or(v);
        if v.fract() != 0.0 {
            let (k, smaller) = match unit {
                Unit::Year => (12.0, Unit::Month),
                Unit::Month => (30.0, Unit::Day),
                Unit::Week => (7.0, Unit::Day),
                Unit::Day => (24.0, Unit::Hour),
                Unit::Hour => (60.0, Unit::Minute),
                Unit::Minute => (60.0, Unit::Second),
                _ => (1.0, unit),
            };
            if (v * k).fract() == 0.0 {
                n = Some(v * k);
                unit = smaller;
            }
        }
    }
    let num = match n {
        None => "X".to_string(),
        Some(v) if v.fract() == 0.0 => format!("{}", v as u64),
        Some(v) => format!("{}", (v * 1000.0).round() / 1000.0),
    };
    let t = if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
        "T"
    } else {
        ""
    };
    let unit = match unit {
        Unit::Second => "S",
        Unit::Minute => "M",
        Unit::Hour => "H",
        Unit::Day => "D",
        Unit::Week => "W",
        Unit::Month => "M",
        Unit::Year | Unit::Decade | Unit::Century => "Y",
        Unit::WeekEnd => return None,
    };
    Some(format!("P{t}{num}{unit}"))
}
