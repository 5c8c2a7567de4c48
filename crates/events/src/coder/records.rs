//! From found events to records: targets of reactions stated without one, intents, actors
//! with their country and role, and the article's events with duplicates merged.

use super::{Coder, Found, Who};
use crate::actors::{ActorKind, ActorMention};
use depeche_article::{Event, EventActor, EventStatus, TimexType};
use depeche_lang::fr::WordClass;

impl Coder<'_> {
    /// The target of a reaction stated without one (`a rejeté ces critiques`, `a salué un
    /// signal fort`, `conteste ces chiffres`): praise, demands, criticism, rejections and
    /// threats answer what another actor just did or said, so the target is the last other
    /// actor named before, in the sentence or the two before it.
    pub(super) fn discourse_target(
        &self,
        f: &Found,
        code: &str,
        actor1: &EventActor,
    ) -> Option<Who> {
        // a stated willingness to meet or negotiate (036) answers another actor too, a
        // protest, strike or blockade (14) is aimed at someone even when the clause names
        // no target, and so is an investigation (09)
        if !matches!(&code[..2], "05" | "09" | "10" | "11" | "12" | "13" | "14") && code != "036" {
            return None;
        }
        // a verbal defence (052) defends the speaker's own choices unless it names whom
        if code == "052" {
            return None;
        }
        // `X a salué Y, tout en jugeant ...`: a second reaction of the same actor in the same
        // sentence answers the same counterpart
        if let Some(g) = self.found.iter().rev().find(|g| {
            g.sentence == f.sentence
                && g.end <= f.start
                && g.actor2.is_some()
                && self.actor(&g.actor1).name == actor1.name
        }) {
            return g.actor2.clone();
        }
        let w = self.w;
        let other = |m: &ActorMention| {
            m.kind != ActorKind::Place
                && m.actor.name != actor1.name
                && (m.actor.entity.is_none() || m.actor.entity != actor1.entity)
        };
        // `ces critiques`, `cette décision`: what was just reported, by the last other actor
        let demonstrative = matches!(w.word(f.end), "ces" | "cette" | "ce" | "cet")
            && !self
                .a
                .times
                .iter()
                .any(|x| x.span.byte_start == w.byte_start(f.end.min(w.len() - 1)));
        if demonstrative {
            return self
                .mentions
                .iter()
                .enumerate()
                .rev()
                .filter(|(_, m)| m.end <= f.start && w.sentence(m.start) + 2 >= f.sentence)
                .find(|(_, m)| other(m))
                .map(|(i, _)| Who::Mention(i));
        }
        // otherwise the article's protagonist: the named actor mentioned most often
        let mut best: Option<(usize, usize)> = None; // (count, mention)
                                                     // the co-actors of one protest (`X et Y ont cessé le travail`) are not its target
        let co_actor = |m: &ActorMention| {
            code.starts_with("14")
                && self
                    .found
                    .iter()
                    .any(|g| g.start == f.start && self.actor(&g.actor1).name == m.actor.name)
        };
        for (i, m) in self.mentions.iter().enumerate() {
            let Some(id) = m.actor.entity.as_deref() else {
                continue;
            };
            if !other(m)
                || co_actor(m)
                || self.mentions[..i]
                    .iter()
                    .any(|x| x.actor.entity.as_deref() == Some(id))
            {
                continue;
            }
            // a part of the organisation named with it (`la direction régionale de la SNCF`)
            // is a mention of it too
            let n = self
                .mentions
                .iter()
                .filter(|x| x.actor.entity.as_deref() == Some(id) || x.whole.as_deref() == Some(id))
                .count();
            if n >= 2 && best.is_none_or(|(b, _)| n > b) {
                best = Some((n, i));
            }
        }
        // no protagonist: the reaction answers the last other actor named before it, in
        // its sentence or the one before (`Le préfet a promis ... Une réponse jugée
        // insuffisante par X`), named before the actor itself when it is there: what follows
        // its name is its own apposition (`X, porte-parole de Y, a regretté`)
        let window = |m: &ActorMention| m.end <= f.start && w.sentence(m.start) + 1 >= f.sentence;
        let own = self
            .mentions
            .iter()
            .rev()
            .find(|m| window(m) && !other(m) && m.kind != ActorKind::Place)
            .map_or(f.start, |m| m.start);
        // a protest whose purpose is a reaction of the same actor (`ont bloqué la rocade pour
        // dénoncer l'accord de X`): it is aimed at whom the reaction is
        if code.starts_with("14") {
            if let Some(g) = self.found.iter().find(|g| {
                g.sentence == f.sentence
                    && g.start > f.start
                    && g.start <= f.end + 25
                    && matches!(&g.code[..2], "10" | "11" | "12")
                    && g.actor2.is_some()
                    && self.actor(&g.actor1).name == actor1.name
                    // `pour`, `afin de` right before the reaction's verb
                    && (g.start.saturating_sub(2)..g.start)
                        .any(|k| self.class(k) == Some(WordClass::Prep))
            }) {
                return g.actor2.clone();
            }
        }
        // a protest without a stated target is aimed at the article's protagonist only:
        // the last actor named is often a bystander of the demonstration
        if code.starts_with("14") {
            return best.map(|(_, i)| Who::Mention(i));
        }
        // an investigation without a stated target is aimed at the person the article is
        // about (a defendant, a suspect), never at a thing or a festivity that has a name
        if code.starts_with("09") {
            return best
                // a person named in full somewhere (given name and surname), not a
                // one-word name the entity stage may have taken for a person
                .filter(|&(_, i)| {
                    self.mentions[i].kind == ActorKind::Person
                        && self.mentions[i].actor.name.contains(' ')
                })
                .map(|(_, i)| Who::Mention(i));
        }
        best.map(|(_, i)| i)
            .or_else(|| {
                self.mentions
                    .iter()
                    .enumerate()
                    .rev()
                    .filter(|(_, m)| window(m) && m.end <= own)
                    .find(|(_, m)| other(m))
                    .map(|(i, _)| i)
            })
            .map(Who::Mention)
    }

    /// A reaction to an act coded before (`a dénoncé une grève`, `condamne ces frappes`):
    /// its object is an event noun of the same code as earlier events, so the reaction
    /// answers each of their actors (the strikers, the attackers), as CAMEO codes an actor's
    /// criticism of an act against whoever did it.
    pub(super) fn reacted_event_actors(
        &self,
        f: &Found,
        code: &str,
        actor1: &EventActor,
    ) -> Vec<Who> {
        if !matches!(&code[..2], "05" | "10" | "11" | "12" | "13") || f.actor2.is_some() {
            return Vec::new();
        }
        let w = self.w;
        let mut k = f.end;
        while k < w.len() && k < f.end + 4 && self.same(k, f.start) {
            if self.class(k) == Some(WordClass::Det)
                || self.class(k) == Some(WordClass::Possessive)
                || matches!(w.word(k), "ce" | "cet" | "cette" | "ces" | "une" | "un" | "des")
                || self.adverb(k)
                // a date between verb and object (`a dénoncé ce matin une grève`)
                || self.a.times.iter().any(|x| {
                    x.span.byte_start <= w.byte_start(k) && w.byte_start(k) < x.span.byte_end
                })
            {
                k += 1;
                continue;
            }
            break;
        }
        if k >= w.len() || k == f.end {
            return Vec::new();
        }
        let Some(noun) = self.lx.noun(w.word(k)) else {
            return Vec::new();
        };
        let mut out: Vec<Who> = Vec::new();
        for g in self
            .found
            .iter()
            .filter(|g| g.end <= f.start && g.code == noun.code)
        {
            let a = self.actor(&g.actor1);
            if a.name == actor1.name || out.iter().any(|o| self.actor(o).name == a.name) {
                continue;
            }
            out.push(g.actor1.clone());
        }
        out
    }

    /// The intent code of an event its actor only says it is willing to do (`prête à
    /// négocier`, `ouverts au dialogue`, `disposé à une rencontre`): CAMEO codes a stated
    /// willingness under root 03, by what is intended (the codebook's 031 material
    /// cooperation, 032 diplomatic cooperation, 033 aid, 034 yield, 036 meet or negotiate).
    pub(super) fn intent_code(&self, f: &Found) -> Option<&'static str> {
        let w = self.w;
        let mut k = f.start;
        // the event's determiner (`à la discussion`), none (`prêt à négocier`), or one
        // contracted with à (`ouverts au dialogue`)
        if k > 0
            && self.same(k - 1, f.start)
            && !matches!(w.word(k - 1), "au" | "aux")
            && matches!(self.class(k - 1), Some(WordClass::Det))
        {
            k -= 1;
        }
        if k < 2 || !self.same(k - 2, f.start) || !matches!(w.word(k - 1), "à" | "au" | "aux") {
            return None;
        }
        if self.class(k - 2) != Some(WordClass::Intent) {
            return None;
        }
        Some(match &f.code[..2] {
            "04" => "036",
            "05" => "032",
            "06" => "031",
            "07" => "033",
            "08" => "034",
            _ => return None,
        })
    }

    /// Whether an actor is a sports club (a word of its name says so).
    pub(super) fn club(&self, a: &EventActor) -> bool {
        a.entity.is_some()
            && a.name
                .split([' ', '-'])
                .any(|x| self.lx.is_club_word(&x.to_lowercase()))
    }

    /// A plural role alone (`les syndicats`) after the same role named with its members
    /// (`les syndicats X et Y`): those members.
    pub(super) fn named_group(&self, i: usize) -> Vec<usize> {
        let w = self.w;
        let m = &self.mentions[i];
        if m.kind != ActorKind::Role || !m.plural || m.end != m.start + 1 {
            return Vec::new();
        }
        let Some(head) = m.role_head.as_deref() else {
            return Vec::new();
        };
        let Some(j) = self.mentions[..i]
            .iter()
            .rposition(|x| x.kind != ActorKind::Role && x.role_head.as_deref() == Some(head))
        else {
            return Vec::new();
        };
        let mut out = vec![j];
        let mut k = j;
        while let Some(n) = self.mentions.get(k + 1) {
            let sep = w.raw(self.mentions[k].end);
            if n.start != self.mentions[k].end + 1 || !matches!(sep, "et" | ",") {
                break;
            }
            out.push(k + 1);
            if sep == "et" {
                break;
            }
            k += 1;
        }
        if out.len() < 2 {
            return Vec::new();
        }
        out
    }

    /// The actor `take` reads from the last event coded before mention `i` that it accepts,
    /// else the mention's own actor.
    pub(super) fn actor_of_last_found(
        &self,
        i: usize,
        take: impl Fn(&Found) -> Option<EventActor>,
    ) -> EventActor {
        let m = &self.mentions[i];
        self.found
            .iter()
            .rev()
            .filter(|f| f.end <= m.start)
            .find_map(take)
            .unwrap_or_else(|| m.actor.clone())
    }

    pub(super) fn actor(&self, who: &Who) -> EventActor {
        match who {
            // `le prévenu`, `la suspecte`: the person of the last trial, arrest or
            // investigation coded before (`le procès de X ... Le prévenu conteste`)
            Who::Mention(i)
                if self.mentions[*i].kind == ActorKind::Role
                    && !self.mentions[*i].plural
                    && self.mentions[*i]
                        .role_head
                        .as_deref()
                        .is_some_and(|h| self.lx.is_defendant_role(h)) =>
            {
                self.actor_of_last_found(*i, |f| {
                    if !matches!(&f.code[..2], "17" | "09") {
                        return None;
                    }
                    match &f.actor2 {
                        Some(Who::Mention(j)) if self.mentions[*j].kind == ActorKind::Person => {
                            Some(self.mentions[*j].actor.clone())
                        }
                        _ => None,
                    }
                })
            }
            // `une délégation` alone: sent by the protesters of the last protest coded before
            Who::Mention(i)
                if self.mentions[*i].kind == ActorKind::Role
                    && self.mentions[*i].end == self.mentions[*i].start + 1
                    && self.mentions[*i]
                        .role_head
                        .as_deref()
                        .is_some_and(|h| self.lx.is_delegation_role(h)) =>
            {
                self.actor_of_last_found(*i, |f| {
                    f.code.starts_with("14").then(|| self.actor(&f.actor1))
                })
            }
            Who::Mention(i) => self.mentions[*i].actor.clone(),
            Who::Actor(a) => a.clone(),
        }
    }

    /// The record events, after the article-level rules: an actor is not its own
    /// counterpart, a visit inside one's own country is travel at home, and an event
    /// restated without its counterpart (`lors de sa visite`) is the one already coded.
    pub fn events(&self) -> Vec<Event> {
        let a = self.a;
        let w = self.w;
        let mut out: Vec<Event> = Vec::new();
        for f in &self.found {
            let actor1 = self.actor(&f.actor1);
            let code = self.intent_code(f).unwrap_or(f.code);
            let reacted = if f.statement {
                Vec::new()
            } else {
                self.reacted_event_actors(f, code, &actor1)
            };
            // a promise of talks made to no one in particular keeps no target
            let open = f.statement && code == "036";
            let targets: Vec<Option<Who>> = if reacted.is_empty() {
                vec![f.actor2.clone().or_else(|| {
                    (!open)
                        .then(|| self.discourse_target(f, code, &actor1))
                        .flatten()
                })]
            } else {
                reacted.into_iter().map(Some).collect()
            };
            // `les syndicats` after `les syndicats X et Y`: each of them
            let targets: Vec<Option<Who>> = targets
                .into_iter()
                .flat_map(|t| match t {
                    Some(Who::Mention(i)) => match self.named_group(i) {
                        g if g.is_empty() => vec![Some(Who::Mention(i))],
                        g => g.into_iter().map(|j| Some(Who::Mention(j))).collect(),
                    },
                    other => vec![other],
                })
                .collect();
            for target in targets {
                let same = |x: &EventActor| {
                    x.name == actor1.name || (x.entity.is_some() && x.entity == actor1.entity)
                };
                let mut actor2 = target.map(|x| self.actor(&x));
                if actor2.as_ref().is_some_and(same) {
                    // the inverted subject read as the object (`..., a prévenu X.`): the
                    // counterpart is not stated, so it is looked for as for any reaction
                    actor2 = self
                        .discourse_target(f, code, &actor1)
                        .map(|x| self.actor(&x))
                        .filter(|x| !same(x));
                }
                // a club receiving another plays a match
                if code.starts_with("04")
                    && self.club(&actor1)
                    && actor2.as_ref().is_some_and(|x| self.club(x))
                {
                    continue;
                }
                if code.starts_with("04")
                    && f.place.is_some()
                    && actor2.as_ref().and_then(|x| x.country.as_ref()).is_some()
                    && actor2.as_ref().and_then(|x| x.country.as_ref()) == actor1.country.as_ref()
                {
                    continue;
                }
                let (bs, be) = (w.byte_start(f.start), w.byte_end(f.end - 1));
                let span = a.span(bs, be);
                let quote = a
                    .quotes
                    .iter()
                    .position(|q| q.span.byte_start <= bs && be <= q.span.byte_end);
                let sentence = &a.sentences[f.sentence].span;
                let in_sentence = |s: &depeche_article::Span| sentence.contains(s);
                let date = a
                    .times
                    .iter()
                    .find(|x| {
                        in_sentence(&x.span)
                            && matches!(x.kind, TimexType::Date | TimexType::Time)
                            && !x.value.starts_with('P')
                    })
                    .map(|x| x.value.clone());
                let place = f.place.clone().or_else(|| {
                    a.places
                        .iter()
                        .find(|p| {
                            // a place the sentence puts the event in (`à Vladivostok`), not one
                            // that acts or speaks (`Séoul s'attend à ...`)
                            in_sentence(&p.span)
                                && p.feature != "unresolved"
                                && p.feature != "country"
                                && w.token_at(p.span.byte_start).is_some_and(|k| {
                                    k > 0
                                        && matches!(
                                            w.word(k - 1),
                                            "à" | "au" | "aux" | "en" | "dans"
                                        )
                                })
                        })
                        .map(|p| p.name.clone())
                });
                let reported_by_other = !f.statement
                    && quote.is_some_and(|q| {
                        a.quotes[q]
                            .speaker
                            .as_ref()
                            .is_none_or(|s| s.name != actor1.name)
                    });
                let status = if f.planned {
                    EventStatus::Planned
                } else if f.reported || reported_by_other {
                    EventStatus::Reported
                } else {
                    EventStatus::Occurred
                };
                out.push(Event {
                    span,
                    text: a.text[bs..be].to_string(),
                    root: code[..2].to_string(),
                    code: code.to_string(),
                    actor1: Some(actor1.clone()),
                    actor2,
                    place,
                    date,
                    status,
                    quote,
                });
            }
        }
        // a restated event without its counterpart: drop it when the same actor's same act
        // is coded with one
        let keep: Vec<bool> = out
            .iter()
            .map(|e| {
                e.actor2.is_some()
                    || !out.iter().any(|o| {
                        o.actor2.is_some()
                            && o.code == e.code
                            && o.actor1.as_ref().map(|x| &x.name)
                                == e.actor1.as_ref().map(|x| &x.name)
                    })
            })
            .collect();
        out.into_iter()
            .zip(keep)
            .filter_map(|(e, k)| k.then_some(e))
            .collect()
    }
}
