//! Reading clauses: triggers, their actors, and what the clause says of them (negated,
//! passive, planned, reported).
//!
//! The grammar is shallow on purpose: French news states its events in a small number of
//! shapes (`X a accusé Y`, `X s'est rendu en Y`, `Y a été reçu par X`, `la visite de X en Y`,
//! `X a ouvert une enquête`), and a subject is almost always the nearest actor on the left
//! that no preposition governs.

use crate::actors::{ActorKind, ActorMention};
use crate::text::Words;
use depeche_article::{Article, Event, EventActor, EventStatus, TimexType};
use depeche_lang::fr::{EventLexicon, EventVerb, EventVerbForm, Slot, VerbFormKind, WordClass};
use depeche_lang::Gender;

/// Where an actor of an event came from.
#[derive(Debug, Clone)]
pub(crate) enum Who {
    /// An actor mention (index into the mentions).
    Mention(usize),
    /// A quotation's speaker, or a resolved actor without a mention at hand.
    Actor(EventActor),
}

/// An event found in a clause, before it becomes a record [`Event`].
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub code: &'static str,
    pub actor1: Who,
    pub actor2: Option<Who>,
    pub place: Option<String>,
    pub planned: bool,
    pub reported: bool,
    pub sentence: usize,
    /// Coded from what a statement says (`statements.tsv`): its speaker's own act, made
    /// when said; its counterpart is the one the content names or none.
    pub statement: bool,
}

pub(crate) struct Coder<'a> {
    pub a: &'a Article,
    pub w: &'a Words<'a>,
    pub lx: &'static EventLexicon,
    pub mentions: &'a [ActorMention],
    /// Events found so far (the sentence's earlier events settle some subjects).
    pub found: Vec<Found>,
}

mod statements;

const REFLEXIVES: &[&str] = &["se", "s'", "me", "m'", "te", "t'", "nous", "vous"];
const OBJECT_CLITICS: &[&str] = &["l'", "le", "la", "les", "lui", "leur", "y", "en"];

impl<'a> Coder<'a> {
    fn class(&self, t: usize) -> Option<WordClass> {
        self.lx.class(self.w.word(t))
    }

    fn same(&self, i: usize, j: usize) -> bool {
        self.w.sentence(i) == self.w.sentence(j)
    }

    /// Adverbs that may stand between an auxiliary and its participle (`a également reçu`).
    fn adverb(&self, t: usize) -> bool {
        let w = self.w.word(t);
        self.w.is_lower_word(t)
            // a noun in `-ment` that names an actor (`le gouvernement a rejeté`) is none
            && !self.mentions.iter().any(|m| m.start <= t && t < m.end)
            && (w.ends_with("ment")
                || matches!(
                    w,
                    "déjà"
                        | "aussi"
                        | "encore"
                        | "bien"
                        | "même"
                        | "enfin"
                        | "alors"
                        | "ainsi"
                        | "toujours"
                        | "bientôt"
                        | "hier"
                        | "souvent"
                        | "très"
                        | "peu"
                ))
    }

    /// The mention that starts at token `t`, if any.
    fn mention_at(&self, t: usize) -> Option<usize> {
        self.mentions.iter().position(|m| m.start == t)
    }

    /// The mention starting at `t`, or after one determiner.
    fn mention_after_det(&self, t: usize) -> Option<usize> {
        self.mention_at(t).or_else(|| {
            matches!(self.class(t), Some(WordClass::Det | WordClass::Possessive))
                .then(|| self.mention_at(t + 1))
                .flatten()
        })
    }

    pub fn run(&mut self) {
        let w = self.w;
        let mut t = 0;
        while t < w.len() {
            if !w.is_word(t) {
                t += 1;
                continue;
            }
            let next = self
                .noun_event(t)
                .or_else(|| self.verb_event(t))
                .or_else(|| self.conditional_threat(t))
                .unwrap_or(t + 1);
            t = next.max(t + 1);
        }
        self.statements();
    }

    // ----- verbs -----

    /// `« nous reviendrons si ... »`: a speaker's own future act stated with its condition
    /// is a threat (CAMEO 13: a coercive warning of what the actor will do), whatever the
    /// verb. Only a first-person future after its pronoun, in a quotation with a speaker, in a
    /// sentence that states a condition; not an auxiliary's or a modal's future.
    fn conditional_threat(&mut self, t: usize) -> Option<usize> {
        let w = self.w;
        let word = w.word(t);
        if t == 0
            || self.class(t - 1) != Some(WordClass::SpeakerSubject)
            || self.class(t) == Some(WordClass::FutureAux)
            || !w.is_lower_word(t)
        {
            return None;
        }
        let future = (3..=4).any(|n| {
            word.len() > n + 1
                && word.is_char_boundary(word.len() - n)
                && self.lx.class(&format!("-{}", &word[word.len() - n..]))
                    == Some(WordClass::Future1)
        });
        if !future || self.negated(t - 1, t + 1) {
            return None;
        }
        let b = w.byte_start(t);
        let q = self
            .a
            .quotes
            .iter()
            .find(|q| q.span.byte_start <= b && b < q.span.byte_end)?;
        let actor1 = self.speaker_actor(q.speaker.as_ref()?);
        let sentence = w.sentence(t);
        let condition = (t.saturating_sub(40)..(t + 40).min(w.len()))
            .filter(|&k| w.sentence(k) == sentence)
            .any(|k| {
                // an elided word is its own token (`s'` `il`); two-word conditions (`sans
                // quoi`)
                self.class(k) == Some(WordClass::Condition)
                    || (k + 1 < w.len()
                        && (self.lx.class(&format!("{}{}", w.word(k), w.word(k + 1)))
                            == Some(WordClass::Condition)
                            || self.lx.class(&format!("{} {}", w.word(k), w.word(k + 1)))
                                == Some(WordClass::Condition)))
            });
        if !condition {
            return None;
        }
        self.push_verb(t, t + 1, "130", actor1, None, false, false)
    }

    /// An event stated by a verb at `t`; the token after it when one was read.
    fn verb_event(&mut self, t: usize) -> Option<usize> {
        let w = self.w;
        let lx = self.lx;
        let word = w.word(t);
        // the longest form starting here (`mis en garde` before `mis`)
        let mut readings = &[][..];
        let mut n_words = 1;
        if lx.starts_multiword_verb(word) {
            for n in (2..=lx.max_verb_words().min(w.len() - t)).rev() {
                let r = lx.verb_forms(w.joined(t, t + n));
                if !r.is_empty() {
                    readings = r;
                    n_words = n;
                    break;
                }
            }
        }
        if readings.is_empty() {
            readings = lx.verb_forms(word);
        }
        if readings.is_empty() {
            return None;
        }
        let end = t + n_words;
        // after a determiner that is never an object pronoun the word is a noun (`une aide`,
        // `des accusés`), whatever verb it could be; a participle after any determiner, with
        // an adjective between or not, too (`un jeune manifestant`, `les accusés`)
        let noun_det = |k: usize| {
            matches!(
                w.word(k),
                "un" | "une"
                    | "des"
                    | "du"
                    | "cette"
                    | "ce"
                    | "cet"
                    | "ces"
                    | "sa"
                    | "son"
                    | "ses"
                    | "mon"
                    | "ma"
                    | "mes"
                    | "notre"
                    | "nos"
                    | "votre"
                    | "vos"
            )
        };
        let agent_follows = (end..(end + 7).min(w.len()))
            .take_while(|&k| self.same(k, t) && w.raw(k) != ",")
            .any(|k| w.word(k) == "par");
        let participle = readings.iter().all(|r| {
            matches!(
                r.kind,
                VerbFormKind::Participle | VerbFormKind::PresentParticiple
            )
        });
        if t > 0
            && (noun_det(t - 1)
                || (participle
                    && (self.class(t - 1) == Some(WordClass::Det)
                        || (t > 1
                            && (noun_det(t - 2) || self.class(t - 2) == Some(WordClass::Det))
                            && w.is_lower_word(t - 1)
                            && self.class(t - 1).is_none()
                            // not `a pour sa part réclamé`
                            && !(t > 2 && matches!(w.word(t - 3), "pour" | "de" | "à"))
                            // a past participle with its agent describes the noun before
                            // it (`une décision jugée scandaleuse par X`)
                            && !(readings.iter().all(|r| r.kind == VerbFormKind::Participle)
                                && agent_follows)))))
        {
            return None;
        }
        let reflexive = self.reflexive_before(t);
        // a verb with several senses (`juger` a plan harshly or kindly) is read in the sense
        // whose required object or attribute follows; otherwise the first reading
        // (an attribute may follow an object of several words: `juge la situation financière
        // de la ville saine`, within the clause)
        let object_at = |verb: &EventVerb| {
            (end..(end + 10).min(w.len()))
                .take_while(|&k| {
                    self.same(k, t) && w.raw(k) != "," && self.class(k) != Some(WordClass::Stop)
                })
                .find(|&k| verb.objects.contains(&w.word(k)))
        };
        let fits = |r: &&EventVerbForm, pronominal: bool| {
            let v = lx.verb(r.verb);
            v.pronominal == pronominal && (v.objects.is_empty() || object_at(v).is_some())
        };
        let form = readings
            .iter()
            // a sense marked by the words that follow (`accueillir X avec scepticisme`)
            // before a sense that needs none (`accueillir X`)
            .find(|r| !lx.verb(r.verb).objects.is_empty() && fits(r, reflexive))
            .or_else(|| readings.iter().find(|r| fits(r, reflexive)))
            .or_else(|| readings.iter().find(|r| fits(r, false)))
            .or_else(|| {
                readings
                    .iter()
                    .find(|r| lx.verb(r.verb).pronominal == reflexive)
            })
            .or_else(|| readings.iter().find(|r| !lx.verb(r.verb).pronominal))?;
        let verb = lx.verb(form.verb);
        if verb.pronominal && !reflexive {
            return None;
        }
        if verb.cue_only
            && (self.cue_speaker(t, t + n_words).is_none() || !self.conditional_cue(t, end))
        {
            return None;
        }
        // what precedes the verb: auxiliaries, clitics, negation, modal verbs
        let mut first = t; // first token of the verb group
        let mut aux = false;
        let mut passive = false;
        let mut conditional_aux = false;
        let mut k = t;
        while k > 0 && self.same(k - 1, t) && t - (k - 1) <= 6 {
            let p = k - 1;
            let pw = w.word(p);
            match self.class(p) {
                Some(WordClass::Aux) => {
                    aux = true;
                    conditional_aux |= matches!(pw, "aurait" | "auraient");
                }
                Some(WordClass::Passive) => {
                    if verb.pronominal {
                        aux = true;
                    } else {
                        passive = true;
                    }
                    conditional_aux |= matches!(pw, "serait" | "seraient");
                }
                Some(WordClass::Neg | WordClass::NegPart) => {}
                // `nous` is a subject here: the subject search reads it
                Some(WordClass::SpeakerSubject) => break,
                _ if REFLEXIVES.contains(&pw) || OBJECT_CLITICS.contains(&pw) => {}
                _ if pw.starts_with('-') => {} // inverted subject: a-t-il accusé
                _ if self.adverb(p) => {}
                // a short adverbial between auxiliary and participle: `a pour sa part
                // réclamé`, `a de son côté dénoncé`, `a à son tour accusé`
                _ if p >= 2
                    && self.class(p - 1) == Some(WordClass::Possessive)
                    && matches!(w.word(p - 2), "pour" | "de" | "à")
                    && w.is_lower_word(p) =>
                {
                    first = p - 2;
                    k = p - 2;
                    continue;
                }
                _ => break,
            }
            first = p;
            k = p;
        }
        // the agent of a passive, past a date or a place (`reçue lundi à Brasília par X`)
        let par_after = (end..(end + 7).min(w.len()))
            .take_while(|&k| {
                self.same(k, t) && w.raw(k) != "," && self.class(k) != Some(WordClass::Stop)
            })
            .find(|&k| w.word(k) == "par");
        if form.kind == VerbFormKind::Participle && !aux && !passive {
            // a bare participle: an adjective (`les accords signés`) unless an agent follows
            par_after?;
            passive = true;
        }
        if form.kind == VerbFormKind::Participle && passive && verb.pronominal {
            passive = false;
        }
        if self.negated(first, end)
            || (form.kind == VerbFormKind::Infinitive && self.negated_governor(first))
        {
            return Some(end);
        }
        // required object noun (`signer un accord`)
        let mut args_from = end;
        if !verb.objects.is_empty() {
            args_from = object_at(verb)? + 1;
        }
        let infinitive_controlled = form.kind == VerbFormKind::Infinitive
            && first > 0
            && matches!(w.word(first - 1), "de" | "d'" | "à");
        // the infinitive after an event's complement is that event's content (`menacer X
        // de bloquer`, `accuser X d'attaquer`), not an event of its own
        if infinitive_controlled
            && self.found.last().is_some_and(|f| {
                f.sentence == w.sentence(t) && f.end <= first && first - f.end <= 6
            })
        {
            return Some(end);
        }
        if !passive
            && verb.code.starts_with("04")
            && verb.actor2.first() == Some(&Slot::Object)
            && self.meeting_subject(first)
        {
            // past a date (`réunira lundi X et Y`)
            let mut o = args_from;
            while o < w.len()
                && self.same(o, t)
                && self.a.times.iter().any(|x| {
                    x.span.byte_start <= w.byte_start(o) && w.byte_end(o) <= x.span.byte_end
                })
            {
                o += 1;
            }
            let x = self.mention_after_det(o)?;
            let e = self.mentions[x].end;
            let y = (w.word(e) == "et")
                .then(|| self.mention_after_det(e + 1))
                .flatten()?;
            let planned = form.planned || self.plan_before(first);
            return self.push_verb(
                t,
                end,
                verb.code,
                Who::Mention(x),
                Some(Who::Mention(y)),
                planned,
                false,
            );
        }
        let (actor1, mut actor2) = if passive {
            let agent = par_after
                .and_then(|p| self.mention_after_det(p + 1))
                .or_else(|| {
                    (par_after.is_none() && verb.code == "043")
                        .then(|| self.seat_host(end))
                        .flatten()
                })?;
            (Who::Mention(agent), self.subject(first, false))
        } else {
            // a demonstrative subject (`Celle-ci juge ...`) names the actor the text points
            // back to, before whoever the quotation stage made the cue's speaker
            let demonstrative = (first > 0
                && self.class(first - 1) == Some(WordClass::Demonstrative))
            .then(|| self.resolve_demonstrative(first - 1))
            .flatten();
            let a1 = demonstrative
                .or_else(|| self.cue_speaker(t, end))
                .or_else(|| self.inverted_subject(first, end))
                .or_else(|| {
                    if form.kind == VerbFormKind::PresentParticiple {
                        self.participle_subject(first)
                    } else {
                        self.subject(first, infinitive_controlled)
                    }
                })?;
            // the counterpart before or after the object (`signer avec X un accord`)
            let a2 = self.complement(args_from, &verb.actor2).or_else(|| {
                (args_from > end)
                    .then(|| self.complement(end, &verb.actor2))
                    .flatten()
            });
            // a verb that needs its counterpart takes it as its direct object only (`a reçu
            // Joe Biden`, not `a reçu une cape brodée du Liban`)
            let a2 = a2.filter(|who| {
                !verb.required
                    || verb.actor2.first() != Some(&Slot::Object)
                    || matches!(who, Who::Mention(i) if self.direct_object(args_from, *i))
            });
            (a1, a2)
        };
        // `X et Y s'opposaient`: a reciprocal verb's coordinated subjects are both actors
        if actor2.is_none() && reflexive {
            if let Who::Mention(i) = actor1 {
                let m = &self.mentions[i];
                let mut start = m.start;
                if start > 0 && self.class(start - 1) == Some(WordClass::Det) {
                    start -= 1;
                }
                if start > 0 && w.word(start - 1) == "et" {
                    if let Some(j) = self.mentions.iter().position(|x| x.end + 1 == start) {
                        actor2 = Some(Who::Mention(i));
                        return self.push_verb(
                            t,
                            end,
                            verb.code,
                            Who::Mention(j),
                            actor2,
                            form.planned || self.plan_before(first),
                            conditional_aux,
                        );
                    }
                }
            }
        }
        if verb.required && actor2.is_none() {
            return Some(end);
        }
        let planned = form.planned || self.plan_before(first);
        // `X et Y ont bloqué`, `X, Y et Z ont signé`: one event per actor, as in GDELT
        if let Who::Mention(i) = actor1 {
            let mut j = i;
            while j > 0 {
                let mut start = self.mentions[j].start;
                if start > 0 && self.class(start - 1) == Some(WordClass::Det) {
                    start -= 1;
                }
                // `X, Y et Z`: a comma only inside a list that ends with `et`
                let sep_ok = match w.raw(start.saturating_sub(1)) {
                    "et" => true,
                    "," => j != i,
                    _ => false,
                };
                if start == 0 || !sep_ok {
                    break;
                }
                let Some(k) = self.mentions[..j].iter().rposition(|m| m.end + 1 == start) else {
                    break;
                };
                if !passive {
                    self.push_verb(
                        t,
                        end,
                        verb.code,
                        Who::Mention(k),
                        actor2.clone(),
                        planned,
                        conditional_aux,
                    );
                }
                j = k;
            }
        }
        // a required object noun is part of this event (`a suspendu sa coopération avec X`
        // is one reduction of relations, not cooperation as well)
        self.push_verb(t, end, verb.code, actor1, actor2, planned, conditional_aux)
            .map(|e| e.max(args_from))
    }

    #[allow(clippy::too_many_arguments)]
    fn push_verb(
        &mut self,
        t: usize,
        end: usize,
        code: &'static str,
        actor1: Who,
        actor2: Option<Who>,
        planned: bool,
        reported: bool,
    ) -> Option<usize> {
        // a visit's place is the place visited
        let place = actor2.as_ref().and_then(|who| match who {
            Who::Mention(i) if code == "042" => self.mentions[*i].place.clone(),
            _ => None,
        });
        self.found.push(Found {
            start: t,
            end,
            code,
            actor1,
            actor2,
            place,
            planned,
            reported,
            sentence: self.w.sentence(t),
            statement: false,
        });
        Some(end)
    }

    /// `reçue à la préfecture`: the holder of the office whose seat follows the verb (a
    /// mention of the `préfet` anywhere in the article), else the seat itself.
    fn seat_host(&self, end: usize) -> Option<usize> {
        let w = self.w;
        let k = (end..(end + 4).min(w.len()))
            .take_while(|&k| self.same(k, end.saturating_sub(1)) && w.raw(k) != ",")
            .find(|&k| matches!(w.word(k), "à" | "au"))?;
        let seat = self.mention_after_det(k + 1)?;
        let m = &self.mentions[seat];
        let holder = m
            .role_head
            .as_deref()
            .filter(|_| m.kind == ActorKind::Role)
            .and_then(|h| self.lx.seat_holder(h))?;
        Some(
            self.mentions
                .iter()
                .position(|x| x.role_head.as_deref() == Some(holder))
                .unwrap_or(seat),
        )
    }

    /// A meeting as the subject of a verb that brings together (`une table ronde réunira X
    /// et Y`, `le sommet rassemble X et Y`): X meets Y.
    fn meeting_subject(&self, first: usize) -> bool {
        let w = self.w;
        (first.saturating_sub(4)..first)
            .filter(|&k| self.same(k, first))
            .any(|k| {
                let n2 = (k + 2 <= first)
                    .then(|| self.lx.noun(w.joined(k, k + 2)))
                    .flatten();
                let n1 = (k + 1 == first || k + 2 == first)
                    .then(|| self.lx.noun(w.word(k)))
                    .flatten();
                n2.or(n1).is_some_and(|n| n.code.starts_with("04"))
                    && k > 0
                    && self.class(k - 1) == Some(WordClass::Det)
            })
    }

    /// The subject of a present participle (`..., promettant X`, `tout en réclamant X`):
    /// the speaker of a quotation attributed earlier in the sentence, else the subject of
    /// the main clause, the first actor of the sentence that no preposition governs.
    fn participle_subject(&self, first: usize) -> Option<Who> {
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
    fn governed(&self, start: usize) -> bool {
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

    /// Whether a reflexive pronoun belongs to the verb at `t` (`se rend`, `s'est rendu`,
    /// `s'y rendra`, `se sont entretenus`).
    fn reflexive_before(&self, t: usize) -> bool {
        let w = self.w;
        let mut k = t;
        while k > 0 && t - k < 4 && self.same(k - 1, t) {
            let p = w.word(k - 1);
            if REFLEXIVES.contains(&p) {
                return true;
            }
            let skip = matches!(
                self.class(k - 1),
                Some(WordClass::Aux | WordClass::Passive | WordClass::Neg | WordClass::NegPart)
            ) || matches!(p, "y" | "en")
                || self.adverb(k - 1);
            if !skip {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// A negation around the verb group `first..end` (`n'a pas signé`, `ne se rendra
    /// jamais`, `sans accuser`).
    fn negated(&self, first: usize, end: usize) -> bool {
        let w = self.w;
        if (first.saturating_sub(1)..end).any(|k| w.word(k) == "sans") {
            return true;
        }
        let ne = (first..end)
            .find(|&k| matches!(w.word(k), "ne" | "n'"))
            .or_else(|| (first > 0 && matches!(w.word(first - 1), "ne" | "n'")).then(|| first - 1));
        let Some(ne) = ne else { return false };
        (ne + 1..(end + 2).min(w.len()))
            .any(|k| self.class(k) == Some(WordClass::NegPart) && self.same(k, ne))
    }

    /// A negated verb governing an infinitive (`n'est pas venue négocier`, `ne veut pas
    /// signer`): `ne` and its second part in the few words before.
    fn negated_governor(&self, first: usize) -> bool {
        let w = self.w;
        let from = first.saturating_sub(6);
        let Some(ne) =
            (from..first).find(|&k| matches!(w.word(k), "ne" | "n'") && self.same(k, first))
        else {
            return false;
        };
        // the second part may open the verb group itself (`ne va pas retirer`)
        (ne + 1..=first).any(|k| self.class(k) == Some(WordClass::NegPart))
            && !(ne + 1..first)
                .any(|k| matches!(w.raw(k), "," | ";") || self.class(k) == Some(WordClass::Stop))
    }

    /// A verb or phrase that makes the event planned, just before the verb group (`va
    /// signer`, `doit se rendre`, `souhaitait rencontrer`, `prévoit de visiter`).
    fn plan_before(&self, first: usize) -> bool {
        let w = self.w;
        (first.saturating_sub(3)..first)
            .filter(|&k| self.same(k, first))
            .any(|k| self.class(k) == Some(WordClass::Plan) || w.word(k) == "apprête")
    }

    /// The speaker of a quotation whose cue is this trigger (`a dénoncé X`, `a-t-elle
    /// regretté`): the quotation stage already knows who it is.
    fn cue_speaker(&self, t: usize, end: usize) -> Option<Who> {
        let (s, e) = (self.w.byte_start(t), self.w.byte_end(end - 1));
        let q = self.a.quotes.iter().find(|q| {
            q.cue
                .as_ref()
                .is_some_and(|c| c.span.byte_start < e && s < c.span.byte_end)
        })?;
        let sp = q.speaker.as_ref()?;
        Some(self.speaker_actor(sp))
    }

    /// Whether the quotation the verb at `t` is the cue of states a condition (`si`,
    /// `sinon`): a warning is a threat only then (CAMEO 13 is a conditional, coercive
    /// statement; `« C'est un combat », prévient-il` is not one).
    fn conditional_cue(&self, t: usize, end: usize) -> bool {
        let (s, e) = (self.w.byte_start(t), self.w.byte_end(end - 1));
        self.a.quotes.iter().any(|q| {
            q.cue
                .as_ref()
                .is_some_and(|c| c.span.byte_start < e && s < c.span.byte_end)
                && q.text
                    .to_lowercase()
                    .replace('’', "'")
                    .split(|c: char| !c.is_alphabetic() && c != '\'')
                    .any(|x| self.lx.class(x) == Some(WordClass::Condition))
        })
    }

    /// A speaker as an actor, with the country and role its entity's mentions carry.
    fn speaker_actor(&self, sp: &depeche_article::Speaker) -> Who {
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
    fn inverted_subject(&self, first: usize, end: usize) -> Option<Who> {
        let w = self.w;
        (first..(end + 1).min(w.len()))
            .find(|&k| w.word(k).starts_with('-') && self.class(k) == Some(WordClass::Subject))
            .and_then(|k| self.resolve_pronoun(k))
    }

    /// The subject of a verb group starting at `first`: a subject pronoun right before it
    /// (resolved), else the nearest actor on the left that no preposition governs. An
    /// infinitive after `de` / `à` is controlled by an oblique too (`l'occasion pour X de
    /// discuter`, `permettre à X de visiter`).
    fn subject(&self, first: usize, oblique_ok: bool) -> Option<Who> {
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
    fn subject_before(&self, p: usize) -> Option<usize> {
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
    fn quote_speaker_at(&self, k: usize) -> Option<Who> {
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
    fn resolve_pronoun(&self, k: usize) -> Option<Who> {
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
    fn resolve_demonstrative(&self, k: usize) -> Option<Who> {
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
    fn gender_of(&self, m: &ActorMention) -> Gender {
        let first = m.actor.name.split([' ', '-']).next().unwrap_or("");
        depeche_lang::fr::first_names()
            .get(first)
            .copied()
            .unwrap_or(Gender::Any)
    }

    /// Whether mention `i` is the direct object after `from`: only determiners, clitics and
    /// adverbs between.
    fn direct_object(&self, from: usize, i: usize) -> bool {
        let start = self.mentions[i].start;
        start >= from
            && (from..start).all(|k| {
                matches!(self.class(k), Some(WordClass::Det | WordClass::Possessive))
                    || self.adverb(k)
                    || self.w.is_quote_mark(k)
            })
    }

    /// Actor2 after a verb or noun, by the frame's slots in order.
    fn complement(&self, from: usize, slots: &[Slot]) -> Option<Who> {
        slots
            .iter()
            .find_map(|s| self.slot(from, *s))
            .map(Who::Mention)
    }

    /// [`Self::slot`] for a preposition anywhere in the rest of the clause.
    fn slot_far(&self, from: usize, slot: Slot) -> Option<usize> {
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
    fn slot(&self, from: usize, slot: Slot) -> Option<usize> {
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
    fn stressed_pronoun(&self, k: usize) -> Option<usize> {
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

    // ----- nouns -----

    /// An event stated by a noun at `t` (`la visite de X en Y`, `sa visite`, `X a ouvert une
    /// enquête`, `en grève`).
    fn noun_event(&mut self, t: usize) -> Option<usize> {
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
    fn fronted_subject(&self, marker: usize, after: usize) -> Option<Who> {
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
    fn passive_agent_after(&self, after: usize) -> Option<usize> {
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
    fn verb_group_start(&self, v: usize) -> (usize, bool) {
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

    // ----- records -----

    /// The target of a reaction stated without one (`a rejeté ces critiques`, `a salué un
    /// signal fort`, `conteste ces chiffres`): praise, demands, criticism, rejections and
    /// threats answer what another actor just did or said, so the target is the last other
    /// actor named before, in the sentence or the two before it.
    fn discourse_target(&self, f: &Found, code: &str, actor1: &EventActor) -> Option<Who> {
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
    fn reacted_event_actors(&self, f: &Found, code: &str, actor1: &EventActor) -> Vec<Who> {
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
    fn intent_code(&self, f: &Found) -> Option<&'static str> {
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
    fn club(&self, a: &EventActor) -> bool {
        a.entity.is_some()
            && a.name
                .split([' ', '-'])
                .any(|x| self.lx.is_club_word(&x.to_lowercase()))
    }

    /// A plural role alone (`les syndicats`) after the same role named with its members
    /// (`les syndicats X et Y`): those members.
    fn named_group(&self, i: usize) -> Vec<usize> {
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
    fn actor_of_last_found(
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

    fn actor(&self, who: &Who) -> EventActor {
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
