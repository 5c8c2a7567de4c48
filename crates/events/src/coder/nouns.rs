//! Events stated by nouns (`la visite de X en Y`, `X a ouvert une enquête`, `en grève`) and
//! the subjects only nouns need: a fronted phrase's, a passive light verb's agent.

use super::{Coder, Found, Who};
use crate::actors::ActorKind;
use depeche_lang::fr::{Slot, WordClass};

impl Coder<'_> {
    /// An event stated by a noun at `t` (`la visite de X en Y`, `sa visite`, `X a ouvert une
    /// enquête`, `en grève`).
    pub(super) fn noun_event(&mut self, t: usize) -> Option<usize> {
        let w = self.w;
        // the longest noun starting here (`levée de fonds` before `levée`)
        let (noun, n_words) = (1..=self.lx.max_noun_words_from(w.word(t)).min(w.len() - t))
            .rev()
            .filter(|&n| (t..t + n).all(|k| self.same(k, t)))
            .find_map(|n| self.lx.noun(w.joined(t, t + n)).map(|x| (x, n)))?;
        // what marks it as a noun: a determiner or possessive (an adjective may stand
        // between), or `en` (`en visite`, `en grève`); quote marks are skipped
        let mut p = t;
        let mut skipped = 0;
        while p > 0
            && self.same(p - 1, t)
            && (w.is_quote_mark(p - 1)
                || skipped == 0
                    && w.is_lower_word(p - 1)
                    && self.class(p - 1).is_none()
                    && self.lx.verb_forms(w.word(p - 1)).is_empty()
                    && !self.lx.is_light_verb(w.word(p - 1)))
        {
            if !w.is_quote_mark(p - 1) {
                skipped += 1;
            }
            p -= 1;
        }
        if p == 0 {
            return None;
        }
        let marker = p - 1;
        let mw = w.word(marker);
        let possessive = self.class(marker) == Some(WordClass::Possessive);
        let det = self.class(marker) == Some(WordClass::Det) || possessive;
        let en = mw == "en";
        if !det && !en {
            return None;
        }
        let planned_det = matches!(w.word(marker), "prochaine" | "prochain")
            || (skipped == 1 && matches!(w.word(marker + 1), "prochaine" | "prochain"));
        // arguments after the noun, past its adjectives and quote marks
        let mut after = t + n_words;
        while after < w.len()
            && self.same(after, t)
            && (w.is_quote_mark(after)
                || (after - t <= 3
                    && w.is_lower_word(after)
                    && self.class(after).is_none()
                    && !matches!(w.word(after), "de" | "du" | "des" | "d'" | "et")))
        {
            after += 1;
        }
        let mut actor1 = None;
        // more actors of the act: coordinated (`menée par X et Y`) or in a second slot of
        // actor1 (`avec la participation de Z`)
        let mut more1: Vec<usize> = Vec::new();
        let mut actor2 = None;
        let mut place = None;
        let subject2 = noun.frame.iter().any(|&(s, _)| s == Slot::Subject);
        for &(slot, role) in &noun.frame {
            if slot == Slot::Subject {
                continue;
            }
            if slot == Slot::Between {
                if w.word(after) == "entre" {
                    if let Some(x) = self.mention_after_det(after + 1) {
                        let y = self.mentions[x].end;
                        if w.word(y) == "et" {
                            if let Some(y) = self.mention_after_det(y + 1) {
                                actor1.get_or_insert(x);
                                actor2.get_or_insert(y);
                            }
                        }
                    }
                }
                continue;
            }
            // `de` must follow the noun at once (`la visite de Kim`); others may come later
            let found = match slot {
                Slot::Prep("de") => {
                    if matches!(w.word(after), "de" | "du" | "des" | "d'") {
                        self.mention_after_det(after + 1)
                            .filter(|&i| self.mentions[i].kind != ActorKind::Place || role == 2)
                    } else {
                        None
                    }
                }
                // a noun's other complements may come later in the clause (`le procès de
                // X, ..., s'est ouvert devant le tribunal`)
                _ => self.slot_far(after, slot),
            };
            let Some(i) = found else { continue };
            if role == 1 && subject2 && !matches!(slot, Slot::Prep("de")) {
                let mut j = i;
                loop {
                    if actor1.is_none() {
                        actor1 = Some(j);
                    } else if actor1 != Some(j) && !more1.contains(&j) {
                        more1.push(j);
                    }
                    let e = self.mentions[j].end;
                    match (w.word(e) == "et")
                        .then(|| self.mention_after_det(e + 1))
                        .flatten()
                    {
                        Some(k) => j = k,
                        None => break,
                    }
                }
            } else if role == 1 && actor1.is_none() {
                actor1 = Some(i);
            } else if role == 2 && actor2.is_none() && actor1 != Some(i) {
                if slot == Slot::Destination {
                    place = self.mentions[i].place.clone();
                }
                actor2 = Some(i);
            }
        }
        // no actor in the noun phrase: the subject of the clause, when the noun is its
        // subject's (possessive, `en visite`) or the object of a light verb
        // the noun of an event verb already coded (`a signé un accord`)
        if self.found.last().is_some_and(|f| {
            f.sentence == w.sentence(t)
                && f.end <= marker
                && marker - f.end <= 3
                && f.code == noun.code
        }) {
            return Some(t + 1);
        }
        // (past a date between them: `a annoncé mercredi 9 avril une levée de fonds`)
        let in_time = |k: usize| {
            self.a
                .times
                .iter()
                .any(|x| x.span.byte_start <= w.byte_start(k) && w.byte_end(k) <= x.span.byte_end)
        };
        let mut light = None;
        let mut k = marker;
        let mut words = 0;
        while k > 0
            && words < 3
            && self.same(k - 1, t)
            && self.class(k - 1) != Some(WordClass::Stop)
        {
            k -= 1;
            if self.lx.is_light_verb(w.word(k)) {
                light = Some(k);
                break;
            }
            if !in_time(k) {
                words += 1;
            }
        }
        // a noun whose counterpart is the light verb's subject (`X annonce une levée de
        // fonds menée par Y`): Y acts towards X, and without Y there is no event
        if subject2 {
            let Some(a1) = actor1 else {
                return Some(t + n_words);
            };
            let Some(lv) = light else {
                return Some(t + n_words);
            };
            let (lv_first, _) = self.verb_group_start(lv);
            if self.negated(lv_first, lv + 1) {
                return Some(after);
            }
            let Some(target) = self.subject(lv_first, false) else {
                return Some(t + n_words);
            };
            for i in std::iter::once(a1).chain(more1) {
                if matches!(target, Who::Mention(x) if x == i) {
                    continue;
                }
                self.found.push(Found {
                    start: t,
                    end: t + n_words,
                    code: noun.code,
                    actor1: Who::Mention(i),
                    actor2: Some(target.clone()),
                    place: None,
                    planned: false,
                    reported: false,
                    sentence: w.sentence(t),
                    statement: false,
                });
            }
            return Some(after);
        }
        // from here on the word is a noun: when it codes no event, it is not a verb either
        let a1 = match actor1 {
            Some(i) => Who::Mention(i),
            // a possessive's owner is a guess: only with the counterpart in the phrase (`sa
            // visite en Russie`; `son offensive` alone says too little)
            None if (possessive && actor2.is_some()) || en => {
                match self
                    .subject(marker, false)
                    .or_else(|| self.fronted_subject(marker, after))
                {
                    Some(a) => a,
                    None => return Some(t + 1),
                }
            }
            None if light.is_none() => match self.passive_agent_after(after) {
                Some(i) => Who::Mention(i),
                None => return Some(t + 1),
            },
            None => {
                let Some(lv) = light else { return Some(t + 1) };
                let (lv_first, _) = self.verb_group_start(lv);
                if self.negated(lv_first, lv + 1) {
                    return Some(after);
                }
                match self.subject(lv_first, false) {
                    Some(a) => a,
                    None => return Some(t + 1),
                }
            }
        };
        let planned = planned_det
            || (marker.saturating_sub(4)..marker)
                .filter(|&k| self.same(k, t))
                .any(|k| {
                    let kw = w.word(k);
                    self.class(k) == Some(WordClass::Plan)
                        || matches!(kw, "sera" | "seront" | "aura" | "auront")
                        || (self.lx.is_light_verb(kw)
                            && (kw.ends_with("ra") || kw.ends_with("ront")))
                });
        self.found.push(Found {
            start: t,
            end: t + n_words,
            code: noun.code,
            actor1: a1,
            actor2: actor2.map(Who::Mention),
            place,
            planned,
            reported: false,
            sentence: w.sentence(t),
            statement: false,
        });
        Some(t + 1)
    }

    /// A fronted phrase (`En visite au Brésil, la ministre ...`): the subject is the first
    /// actor after the comma that closes it.
    pub(super) fn fronted_subject(&self, marker: usize, after: usize) -> Option<Who> {
        let w = self.w;
        let s = w.sentence(marker);
        // only at the start of the sentence
        if marker > 0 && w.sentence(marker - 1) == s {
            return None;
        }
        let comma = (after..(after + 12).min(w.len()))
            .take_while(|&k| w.sentence(k) == s)
            .find(|&k| w.raw(k) == ",")?;
        self.mention_after_det(comma + 1).map(Who::Mention)
    }

    /// `Une enquête a été ouverte par le parquet`: the agent of a light verb in the passive
    /// after the noun.
    pub(super) fn passive_agent_after(&self, after: usize) -> Option<usize> {
        let w = self.w;
        let s = w.sentence(after.saturating_sub(1));
        let mut k = after;
        let mut passive = false;
        while k < w.len() && w.sentence(k) == s && k < after + 4 {
            match self.class(k) {
                Some(WordClass::Aux) => {}
                Some(WordClass::Passive) => passive = true,
                _ => break,
            }
            k += 1;
        }
        if !passive || !self.lx.is_light_verb(w.word(k)) || w.word(k + 1) != "par" {
            return None;
        }
        self.mention_after_det(k + 2)
    }

    /// The first token of the verb group ending at `v` (its auxiliary and clitics).
    pub(super) fn verb_group_start(&self, v: usize) -> (usize, bool) {
        let mut k = v;
        let mut passive = false;
        while k > 0 && self.same(k - 1, v) && v - k < 5 {
            match self.class(k - 1) {
                Some(WordClass::Aux | WordClass::Neg | WordClass::NegPart) => {}
                Some(WordClass::Passive) => passive = true,
                _ if self.adverb(k - 1) => {}
                _ => break,
            }
            k -= 1;
        }
        (k, passive)
    }
}
