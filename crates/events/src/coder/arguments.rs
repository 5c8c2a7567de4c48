//! Who fills an event's roles: the subject of a verb group (a pronoun resolved, an inverted
//! subject, the nearest actor no preposition governs), the complements a frame's slots ask
//! for, and a quotation's speaker as an actor.

use super::{Coder, Who, OBJECT_CLITICS, REFLEXIVES};
use crate::actors::{ActorKind, ActorMention};
use depeche_article::EventActor;
use depeche_lang::fr::{Slot, WordClass};
use depeche_lang::Gender;

impl Coder<'_> {
    /// The subject of a present participle (`..., promettant X`, `tout en réclamant X`):
    /// the speaker of a quotation attributed earlier in the sentence, else the subject of
    /// the main clause, the first actor of the sentence that no preposition governs.
    pub(super) fn participle_subject(&self, first: usize) -> Option<Who> {
        let w = self.w;
        let s = &self.a.sentences[w.sentence(first)].span;
        let b = w.byte_start(first);
        if let Some(sp) = self.a.quotes.iter().find_map(|q| {
            let c = q.cue.as_ref()?;
            (s.byte_start <= c.span.byte_start && c.span.byte_end <= b)
                .then_some(q.speaker.as_ref())
                .flatten()
        }) {
            return Some(self.speaker_actor(sp));
        }
        let sentence = w.sentence(first);
        self.mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.end <= first && w.sentence(m.start) == sentence)
            .find(|(_, m)| !self.governed(m.start))
            .map(|(i, _)| Who::Mention(i))
            .or_else(|| self.subject(first, false))
    }

    /// Whether a preposition governs the mention starting at `start` (it is then no subject).
    pub(super) fn governed(&self, start: usize) -> bool {
        if start == 0 {
            return false;
        }
        let w = self.w;
        let mut p = start - 1;
        if matches!(self.class(p), Some(WordClass::Det)) && p > 0 {
            p -= 1;
        }
        let pw = w.word(p);
        let counted =
            matches!(pw, "de" | "d'") && p > 0 && self.class(p - 1) == Some(WordClass::Quantity);
        !counted
            && (self.class(p) == Some(WordClass::Prep) || matches!(pw, "de" | "d'" | "du" | "des"))
    }

    /// The speaker of a quotation whose cue is this trigger (`a dénoncé X`, `a-t-elle
    /// regretté`): the quotation stage already knows who it is.
    pub(super) fn cue_speaker(&self, t: usize, end: usize) -> Option<Who> {
        let (s, e) = (self.w.byte_start(t), self.w.byte_end(end - 1));
        let q = self.a.quotes.iter().find(|q| {
            q.cue
                .as_ref()
                .is_some_and(|c| c.span.byte_start < e && s < c.span.byte_end)
        })?;
        let sp = q.speaker.as_ref()?;
        Some(self.speaker_actor(sp))
    }

    /// A speaker as an actor, with the country and role its entity's mentions carry.
    pub(super) fn speaker_actor(&self, sp: &depeche_article::Speaker) -> Who {
        // the actor mention the speaker's words fall in (`le préfet de la région Occitanie`
        // is the préfet, `Antoine Berthier, président du groupe Les Républicains` is Antoine
        // Berthier), when the speaker is named there rather than by a pronoun
        if !sp.resolved {
            if let Some(k) = self.w.token_at(sp.span.byte_start) {
                let k = if matches!(self.class(k), Some(WordClass::Det)) {
                    k + 1
                } else {
                    k
                };
                if let Some(i) = self.mentions.iter().position(|m| m.start <= k && k < m.end) {
                    return Who::Mention(i);
                }
            }
        }
        // a role named by the quotation stage and a name in apposition after it (`son
        // avocat, Me X`): the person named
        if sp.entity.is_none() {
            if let Some(k) = self.w.token_at(sp.span.byte_end) {
                if self.w.raw(k) == "," {
                    let mut j = k + 1;
                    if matches!(
                        self.w.word(j),
                        "me" | "maître" | "m." | "mme" | "dr" | "docteur"
                    ) {
                        j += 1;
                    }
                    if let Some(i) = self
                        .mention_at(j)
                        .filter(|&i| self.mentions[i].kind == ActorKind::Person)
                    {
                        return Who::Mention(i);
                    }
                }
            }
        }
        let (entity, name) = (sp.entity.as_deref(), sp.name.as_str());
        // the speaker's entity, when it is the speaker itself (not the place in `le préfet
        // de la région Occitanie`)
        let entity = entity.filter(|id| {
            self.a
                .entities
                .iter()
                .any(|e| e.id == *id && e.name == name)
        });
        if let Some(id) = entity {
            if let Some(i) = self
                .mentions
                .iter()
                .position(|m| m.actor.entity.as_deref() == Some(id))
            {
                return Who::Mention(i);
            }
        }
        Who::Actor(EventActor {
            name: name.to_string(),
            entity: entity.map(str::to_string),
            country: None,
            role: None,
        })
    }

    /// An inverted subject pronoun (`a-t-il accusé`, `dénonce-t-elle`) resolved.
    pub(super) fn inverted_subject(&self, first: usize, end: usize) -> Option<Who> {
        let w = self.w;
        (first..(end + 1).min(w.len()))
            .find(|&k| w.word(k).starts_with('-') && self.class(k) == Some(WordClass::Subject))
            .and_then(|k| self.resolve_pronoun(k))
    }

    /// The subject of a verb group starting at `first`: a subject pronoun right before it
    /// (resolved), else the nearest actor on the left that no preposition governs. An
    /// infinitive after `de` / `à` is controlled by an oblique too (`l'occasion pour X de
    /// discuter`, `permettre à X de visiter`).
    pub(super) fn subject(&self, first: usize, oblique_ok: bool) -> Option<Who> {
        let w = self.w;
        let mut k = first;
        while k > 0 && first - k < 6 && self.same(k - 1, first) {
            let p = k - 1;
            match self.class(p) {
                // `nous` and `vous` after another subject are object clitics (`on peut nous
                // reprocher`, `nous nous rendrons`): the subject is further left
                Some(WordClass::Subject | WordClass::SpeakerSubject)
                    if matches!(w.word(p), "nous" | "vous") =>
                {
                    return match self.subject_before(p) {
                        Some(s) => match self.class(s) {
                            Some(WordClass::Subject) => self.resolve_pronoun(s),
                            Some(WordClass::SpeakerSubject) => self.quote_speaker_at(s),
                            _ => None,
                        },
                        None if self.class(p) == Some(WordClass::Subject) => {
                            self.resolve_pronoun(p)
                        }
                        None => self.quote_speaker_at(p),
                    };
                }
                Some(WordClass::Subject) => return self.resolve_pronoun(p),
                Some(WordClass::Demonstrative) => return self.resolve_demonstrative(p),
                Some(WordClass::SpeakerSubject) => return self.quote_speaker_at(p),
                Some(WordClass::Generic) => return None,
                Some(
                    WordClass::Neg
                    | WordClass::NegPart
                    | WordClass::Aux
                    | WordClass::Passive
                    | WordClass::Plan,
                ) => {}
                _ if REFLEXIVES.contains(&w.word(p)) || OBJECT_CLITICS.contains(&w.word(p)) => {}
                _ if self.adverb(p) || w.is_quote_mark(p) => {}
                _ => break,
            }
            k = p;
        }
        // a noun phrase that names no actor stands right before the verb (`des centaines de
        // manifestants inconnus protestent`): it is the subject, and no actor further left is
        // (not after a quotation: `« ... » dénonce X` has its subject after the verb)
        if k > 0
            && self.same(k - 1, first)
            && w.is_word(k - 1)
            && !(k..first).any(|j| w.is_quote_mark(j))
            && !self.mentions.iter().any(|m| m.start < k && k <= m.end)
        {
            let stretch: Vec<usize> = (k.saturating_sub(8)..k)
                .rev()
                .take_while(|&j| {
                    self.same(j, first) && w.raw(j) != "," && self.class(j) != Some(WordClass::Stop)
                })
                .collect();
            let determined = stretch.iter().any(|&j| {
                matches!(
                    self.class(j),
                    Some(WordClass::Det | WordClass::Possessive | WordClass::Quantity)
                )
            });
            let no_actor = !self
                .mentions
                .iter()
                .any(|m| stretch.iter().any(|&j| m.start <= j && j < m.end));
            if determined && no_actor {
                return None;
            }
        }
        let sentence = w.sentence(first);
        for (i, m) in self.mentions.iter().enumerate().rev() {
            if m.end > first || w.sentence(m.start) != sentence {
                continue;
            }
            if m.start > 0 {
                let mut p = m.start - 1;
                if matches!(self.class(p), Some(WordClass::Det)) && p > 0 {
                    p -= 1;
                }
                let pw = w.word(p);
                let counted = matches!(pw, "de" | "d'")
                    && p > 0
                    && self.class(p - 1) == Some(WordClass::Quantity);
                let governed = !counted
                    && (self.class(p) == Some(WordClass::Prep)
                        || matches!(pw, "de" | "d'" | "du" | "des"));
                if governed && !(oblique_ok && matches!(pw, "pour" | "à" | "au" | "aux")) {
                    continue;
                }
            }
            // the object of an earlier verb of the sentence is rarely the next subject:
            // `X souhaite rencontrer Y pour discuter` is X's discussion
            if let Some(f) = self.found.iter().rev().find(|f| {
                f.sentence == sentence && matches!(f.actor2, Some(Who::Mention(j)) if j == i)
            }) {
                return Some(f.actor1.clone());
            }
            return Some(Who::Mention(i));
        }
        // a subject pronoun further away (`Il s'entretiendra avec Y lors de sa visite`)
        (first.saturating_sub(30)..first)
            .rev()
            .take_while(|&k| w.sentence(k) == sentence)
            .find(|&k| {
                matches!(
                    self.class(k),
                    Some(WordClass::Subject | WordClass::SpeakerSubject)
                )
            })
            .and_then(|k| {
                if self.class(k) == Some(WordClass::Subject) {
                    self.resolve_pronoun(k)
                } else {
                    self.quote_speaker_at(k)
                }
            })
    }

    /// The subject pronoun standing before the clitic at `p` in its verb group, when there
    /// is one: only negation, auxiliaries, modals, adverbs and one verb between (`on peut
    /// nous`, `il ne nous a pas`, `nous nous`).
    pub(super) fn subject_before(&self, p: usize) -> Option<usize> {
        let w = self.w;
        let mut k = p;
        let mut verbs = 0;
        while k > 0 && p - k < 4 && self.same(k - 1, p) {
            match self.class(k - 1) {
                Some(WordClass::Subject | WordClass::SpeakerSubject | WordClass::Generic) => {
                    return Some(k - 1)
                }
                Some(WordClass::Neg | WordClass::NegPart | WordClass::Aux | WordClass::Plan) => {}
                _ if self.adverb(k - 1) => {}
                None if verbs == 0 && w.is_lower_word(k - 1) => verbs += 1,
                _ => return None,
            }
            k -= 1;
        }
        None
    }

    /// `je`, `nous`, `on` inside a quotation: its speaker.
    pub(super) fn quote_speaker_at(&self, k: usize) -> Option<Who> {
        let b = self.w.byte_start(k);
        let q = self
            .a
            .quotes
            .iter()
            .find(|q| q.span.byte_start <= b && b < q.span.byte_end)?;
        let sp = q.speaker.as_ref()?;
        Some(self.speaker_actor(sp))
    }

    /// `il` / `elle`: the last person (or singular role) before; `ils` / `elles`: the last
    /// plural role, organisation or state; within the three sentences before.
    pub(super) fn resolve_pronoun(&self, k: usize) -> Option<Who> {
        let w = self.w;
        let word = w.word(k).trim_start_matches("-t").trim_start_matches('-');
        let plural = word.ends_with('s');
        let gender = if word.starts_with("elle") {
            Gender::Feminine
        } else {
            Gender::Masculine
        };
        let sentence = w.sentence(k);
        let cue = self.cue_speaker(k, k + 1);
        if cue.is_some() {
            return cue;
        }
        self.mentions
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, m)| m.end <= k && w.sentence(m.start) + 3 >= sentence)
            .find(|(_, m)| {
                if plural {
                    m.plural || m.kind == ActorKind::Organization
                } else {
                    (m.kind == ActorKind::Person && self.gender_of(m).agrees(gender))
                        || (m.kind == ActorKind::Role && !m.plural)
                }
            })
            .map(|(i, _)| Who::Mention(i))
    }

    /// `celle-ci`, `ceux-ci`: the last actor named before, in its sentence or the one before
    /// (an organisation as well as a person: `... la Cour des comptes. Celle-ci juge ...`),
    /// of the pronoun's number, and of its gender when it is a person.
    pub(super) fn resolve_demonstrative(&self, k: usize) -> Option<Who> {
        let w = self.w;
        let word = w.word(k);
        let plural = word.starts_with("ceux") || word.starts_with("celles");
        let feminine = word.starts_with("celle");
        let sentence = w.sentence(k);
        self.mentions
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, m)| m.end <= k && w.sentence(m.start) + 1 >= sentence)
            .find(|(_, m)| m.kind != ActorKind::Place)
            .filter(|(_, m)| {
                let number = m.plural == plural || m.kind == ActorKind::Organization;
                let gender = m.kind != ActorKind::Person
                    || self.gender_of(m).agrees(if feminine {
                        Gender::Feminine
                    } else {
                        Gender::Masculine
                    });
                number && gender
            })
            .map(|(i, _)| Who::Mention(i))
    }

    /// A person's gender from the first name (`Hélène` is feminine), else any.
    pub(super) fn gender_of(&self, m: &ActorMention) -> Gender {
        let first = m.actor.name.split([' ', '-']).next().unwrap_or("");
        depeche_lang::fr::first_names()
            .get(first)
            .copied()
            .unwrap_or(Gender::Any)
    }

    /// Whether mention `i` is the direct object after `from`: only determiners, clitics and
    /// adverbs between.
    pub(super) fn direct_object(&self, from: usize, i: usize) -> bool {
        let start = self.mentions[i].start;
        start >= from
            && (from..start).all(|k| {
                matches!(self.class(k), Some(WordClass::Det | WordClass::Possessive))
                    || self.adverb(k)
                    || self.w.is_quote_mark(k)
            })
    }

    /// Actor2 after a verb or noun, by the frame's slots in order.
    pub(super) fn complement(&self, from: usize, slots: &[Slot]) -> Option<Who> {
        slots
            .iter()
            .find_map(|s| self.slot(from, *s))
            .map(Who::Mention)
    }

    /// [`Self::slot`] for a preposition anywhere in the rest of the clause.
    pub(super) fn slot_far(&self, from: usize, slot: Slot) -> Option<usize> {
        let Slot::Prep(p) = slot else {
            return self.slot(from, slot);
        };
        let w = self.w;
        let s = w.sentence(from.saturating_sub(1));
        // an apposition between commas right after the noun phrase (`le procès de X, ancien
        // maire soupçonné d'avoir détourné des fonds publics, s'est ouvert devant ...`) says who
        // X is: it is skipped whole and does not count against the clause's 25 words
        let mut k = from;
        let mut words = 0;
        let mut skipped_apposition = false;
        while k < w.len() && w.sentence(k) == s && words < 25 {
            if w.raw(k) == "," && !skipped_apposition {
                skipped_apposition = true;
                let close = (k + 1..(k + 40).min(w.len()))
                    .take_while(|&j| w.sentence(j) == s)
                    .find(|&j| w.raw(j) == ",");
                if let Some(c) = close {
                    k = c + 1;
                    continue;
                }
            }
            if self.class(k) == Some(WordClass::Stop) {
                return None;
            }
            let kw = w.word(k);
            if kw == p || (p == "à" && matches!(kw, "au" | "aux")) {
                // a noun used as a preposition takes `de` (`avec la participation de X`)
                let de = matches!(w.word(k + 1), "de" | "d'" | "du" | "des");
                return self
                    .mention_after_det(k + 1)
                    .or_else(|| de.then(|| self.mention_after_det(k + 2)).flatten());
            }
            k += 1;
            words += 1;
        }
        None
    }

    /// The mention filling one slot after token `from`.
    pub(super) fn slot(&self, from: usize, slot: Slot) -> Option<usize> {
        let w = self.w;
        let s = w.sentence(from.saturating_sub(1));
        let within =
            |n: usize| (from..(from + n).min(w.len())).take_while(move |&k| w.sentence(k) == s);
        match slot {
            Slot::Object => {
                // the object itself, or the complement of its head noun (`a salué la
                // décision de la Commission`): determiners, two words at most, `de`
                let mut words = 0;
                for k in within(8) {
                    if let Some(i) = self.mention_at(k) {
                        return Some(i);
                    }
                    let kw = w.word(k);
                    // (`l'accord entre X et Y`: the first party)
                    if matches!(kw, "de" | "du" | "des" | "d'" | "entre")
                        || self.class(k) == Some(WordClass::Det)
                    {
                        continue;
                    }
                    words += 1;
                    if words > 2
                        || !w.is_word(k)
                        || self.class(k).is_some()
                        || kw == "et"
                        || !self.lx.verb_forms(kw).is_empty()
                    {
                        return None;
                    }
                }
                None
            }
            Slot::Prep(p) => {
                let k = within(7)
                    .take_while(|&k| self.class(k) != Some(WordClass::Stop))
                    .find(|&k| {
                        let kw = w.word(k);
                        kw == p
                            || (p == "à" && matches!(kw, "au" | "aux"))
                            || (p == "de" && matches!(kw, "du" | "des" | "d'"))
                    })?;
                self.mention_after_det(k + 1)
                    .or_else(|| self.stressed_pronoun(k + 1))
                    // what one acts against or reacts to may be someone's act or policy
                    // (`protester contre la réforme du gouvernement`, `se féliciter de la
                    // décision de X`): the one whose it is
                    .or_else(|| {
                        matches!(p, "contre" | "de")
                            .then(|| self.slot(k + 1, Slot::Object))
                            .flatten()
                    })
            }
            Slot::Destination => {
                let k = within(5)
                    .find(|&k| matches!(w.word(k), "à" | "au" | "aux" | "en" | "vers" | "dans"))?;
                self.mention_after_det(k + 1)
                    .filter(|&i| self.mentions[i].kind == ActorKind::Place)
            }
            Slot::Between | Slot::Subject => None,
        }
    }

    /// `avec lui`, `contre eux`: the last person (or plural actor) named before.
    pub(super) fn stressed_pronoun(&self, k: usize) -> Option<usize> {
        let plural = match self.w.word(k) {
            "lui" | "elle" => false,
            "eux" | "elles" => true,
            _ => return None,
        };
        let sentence = self.w.sentence(k);
        self.mentions.iter().rposition(|m| {
            m.end <= k
                && self.w.sentence(m.start) + 2 >= sentence
                && if plural {
                    m.plural || m.kind == ActorKind::Organization
                } else {
                    m.kind == ActorKind::Person
                }
        })
    }
}
