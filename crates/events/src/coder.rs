//! Reading clauses: triggers, their actors, and what the clause says of them (negated,
//! passive, planned, reported).
//!
//! The grammar is shallow on purpose: French news states its events in a small number of
//! shapes (`X a accusé Y`, `X s'est rendu en Y`, `Y a été reçu par X`, `la visite de X en Y`,
//! `X a ouvert une enquête`), and a subject is almost always the nearest actor on the left
//! that no preposition governs.
//!
//! This file walks the tokens and reads verb clauses; the rest is split by question:
//! `nouns` (events stated by nouns), `arguments` (who fills each role), `clause` (negation,
//! plans, conditions), `statements` (quotations coded by what they say) and `records` (found
//! events made records, merged).

use crate::actors::{ActorKind, ActorMention};
use crate::text::Words;
use depeche_article::{Article, EventActor};
use depeche_lang::fr::{EventLexicon, EventVerb, EventVerbForm, Slot, VerbFormKind, WordClass};

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

mod arguments;
mod clause;
mod nouns;
mod records;
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
}
