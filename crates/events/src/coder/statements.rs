//! Statements coded by what they say.
//!
//! CAMEO codes a statement by its content: `« Nous ne signerons pas »` is a rejection (12),
//! `« J'ai été trompé par X »` an accusation of X (112), `« Mon client n'a trompé personne »`
//! a verbal defence (052), `« C'est une mascarade »` after X's announcement a criticism of X
//! (111), `« Rien ne sera décidé sans concertation »` an intent to negotiate (036). The
//! quotation stage has found the statements and their speakers; here the words of each one
//! are read against the classes of `statements.tsv` and the event lexicon, and the speaker
//! is actor1. A quotation whose cue is already an event (`a dénoncé`, `a rejeté`), or that
//! states an event of the lexicon itself, is left as it is: its content is that event.

use super::{Coder, Found, Who, OBJECT_CLITICS, REFLEXIVES};
use crate::actors::ActorKind;
use depeche_article::EventActor;
use depeche_lang::fr::{StatementClass, StatementWord, VerbFormKind, WordClass};

/// Who a clause's subject is, for a statement's content.
enum Subject {
    /// `je`, `nous`: the speaker.
    Speaker,
    /// Another actor.
    Other(Who),
}

/// A statement coded in a quotation: its token span, its CAMEO code and its target.
type Coded = (usize, usize, &'static str, Option<Who>);

impl<'a> Coder<'a> {
    /// Code the article's quotations by what they say.
    pub(super) fn statements(&mut self) {
        let a = self.a;
        let w = self.w;
        for q in &a.quotes {
            let Some(sp) = q.speaker.as_ref() else {
                continue;
            };
            let Some((qs, qe)) = w.token_range(q.span.byte_start, q.span.byte_end) else {
                continue;
            };
            if let Some((cs, ce)) = q
                .cue
                .as_ref()
                .and_then(|c| w.token_range(c.span.byte_start, c.span.byte_end))
            {
                if let Some(fi) = self.found.iter().position(|f| f.start < ce && cs < f.end) {
                    // an accusation or criticism stated without its target (`« X nous a
                    // menti », accuse Y`) is aimed at whom the words blame
                    let f = &self.found[fi];
                    if f.actor2.is_none() && matches!(&f.code[..2], "11" | "12") {
                        let who = self.actor(&f.actor1);
                        let blamed = (qs..qe).find_map(|k| {
                            self.blame(k, qs, qe, &who)
                                .filter(|(_, _, code, _)| *code != "052")
                                .and_then(|(_, _, _, target)| target)
                        });
                        self.found[fi].actor2 = blamed;
                    }
                    continue;
                }
            }
            let speaker = self.speaker_actor(sp);
            let who = self.actor(&speaker);
            let mut k = qs;
            while k < qe {
                // the words of an event already coded are its own
                if let Some(f) = self.found.iter().find(|f| f.start <= k && k < f.end) {
                    k = f.end;
                    continue;
                }
                let got = self
                    .refusal(k, qe)
                    .or_else(|| self.blame(k, qs, qe, &who))
                    .or_else(|| self.pejorative(k, qs, qe, &who))
                    .or_else(|| self.consult_promise(k, qs, qe));
                match got {
                    Some((start, end, code, actor2)) => {
                        self.found.push(Found {
                            start,
                            end,
                            code,
                            actor1: speaker.clone(),
                            actor2,
                            place: None,
                            planned: false,
                            reported: false,
                            sentence: w.sentence(k),
                            statement: true,
                        });
                        k = end;
                    }
                    None => k += 1,
                }
            }
        }
    }

    /// The reading of `statements.tsv` starting at `k` (longest form first) that `pick`
    /// takes: (end, reading).
    fn reading_at(
        &self,
        k: usize,
        qe: usize,
        pick: impl Fn(&StatementWord) -> bool,
    ) -> Option<(usize, &'static StatementWord)> {
        let (end, readings) = self.statement_at(k, qe)?;
        readings.iter().find(|s| pick(s)).map(|s| (end, s))
    }

    /// The readings of `statements.tsv` starting at `k` (longest form first): (end, words).
    fn statement_at(&self, k: usize, qe: usize) -> Option<(usize, &'static [StatementWord])> {
        let w = self.w;
        let most = if k < qe {
            self.lx.max_statement_words_from(w.word(k)).min(qe - k)
        } else {
            0
        };
        (1..=most).rev().find_map(|n| {
            let r = self.lx.statement_words(w.joined(k, k + n));
            (!r.is_empty()).then_some((k + n, r))
        })
    }

    /// `nous ne financerons pas`, `je n'accepterai jamais`: the speaker's own negated
    /// future (or present) of a cooperative act (the event verbs of roots 03 to 08) or of a
    /// verb of giving in is a rejection (CAMEO 12: 125 of talks, 121 of material
    /// cooperation, 124 refusing to yield, 120 otherwise).
    fn refusal(&self, k: usize, qe: usize) -> Option<Coded> {
        let w = self.w;
        if self.class(k) != Some(WordClass::SpeakerSubject) || !matches!(w.word(k + 1), "ne" | "n'")
        {
            return None;
        }
        let mut v = k + 2;
        while v < qe
            && v < k + 5
            && (OBJECT_CLITICS.contains(&w.word(v)) || REFLEXIVES.contains(&w.word(v)))
        {
            v += 1;
        }
        if v >= qe || !self.same(v, k) {
            return None;
        }
        let word = w.word(v);
        // what follows the negation: a meeting verb that needs an actor as its object
        // refuses a meeting only when one is there or none is said (`nous ne le rencontrerons pas`, not `nous
        // ne rencontrerons pas de difficulté`)
        let object_ok = |required: bool| {
            let o = v + 2;
            !required
                || o >= qe
                || !w.is_word(o)
                || (o..(o + 3).min(qe))
                    .take_while(|&j| w.is_word(j))
                    .any(|j| self.mention_at(j).is_some())
        };
        let code = self
            .lx
            .verb_forms(word)
            .iter()
            .filter(|r| {
                let verb = self.lx.verb(r.verb);
                r.kind == VerbFormKind::Finite
                    && (word.ends_with("rai") || word.ends_with("rons"))
                    && object_ok(verb.required && verb.code.starts_with("04"))
            })
            .find_map(|r| {
                let code = self.lx.verb(r.verb).code;
                Some(match &code[..2] {
                    "04" => "125",
                    "06" | "07" => "121",
                    "08" => "124",
                    "03" | "05" => "120",
                    _ => return None,
                })
            })
            .or_else(|| {
                self.lx
                    .statement_words(word)
                    .iter()
                    .find(|s| {
                        s.class == StatementClass::Yield && s.kind == Some(VerbFormKind::Finite)
                    })
                    .map(|s| s.code)
            })?;
        (v + 1 < qe && self.class(v + 1) == Some(WordClass::NegPart)).then_some((
            v,
            v + 1,
            code,
            None,
        ))
    }

    /// A verb of wrongdoing or failing in what the speaker says: done by another actor (`X
    /// nous a menti`, `j'ai été trompé par X`, `l'enquête de X a négligé ...`), it is the
    /// speaker's accusation or criticism of that actor; denied of a third person (`mon client
    /// n'a jamais voulu tromper personne`), the speaker's verbal defence of that person (052).
    fn blame(&self, k: usize, qs: usize, qe: usize, speaker: &EventActor) -> Option<Coded> {
        let w = self.w;
        let (end, s) = self.reading_at(k, qe, |s| {
            s.class == StatementClass::Blame && s.kind.is_some()
        })?;
        let kind = s.kind?;
        let negated = self.negated_in_clause(k, qs);
        let (first, passive) = self.verb_group_start(k);
        let not_speaker = |who: Who| {
            let a = self.actor(&who);
            (a.name != speaker.name && (a.entity.is_none() || a.entity != speaker.entity))
                .then_some(who)
        };
        if passive && kind == VerbFormKind::Participle {
            if negated {
                return None;
            }
            let agent = (end..(end + 5).min(qe))
                .take_while(|&j| self.same(j, k) && w.raw(j) != ",")
                .find(|&j| w.word(j) == "par")
                .and_then(|p| self.mention_after_det(p + 1))?;
            return not_speaker(Who::Mention(agent)).map(|a| (k, end, s.code, Some(a)));
        }
        // an infinitive is the speaker's claim only when denied (`n'a jamais eu l'intention de
        // tromper`): `il est interdit de tromper` blames no one
        if kind == VerbFormKind::Infinitive && !negated {
            return None;
        }
        if kind == VerbFormKind::PresentParticiple {
            return None;
        }
        let Subject::Other(who) = self.clause_subject(first, qs)? else {
            return None;
        };
        let who = not_speaker(who)?;
        Some(if negated {
            (k, end, "052", Some(who))
        } else {
            (k, end, s.code, Some(who))
        })
    }

    /// `c'est une mascarade`, `ce n'est qu'un effet d'annonce`: a dismissive noun as the
    /// attribute of `c'est` criticises the act reported just before (in the quotation's
    /// sentence or the one before), so its actor; no such act, no event.
    fn pejorative(&self, k: usize, qs: usize, qe: usize, speaker: &EventActor) -> Option<Coded> {
        let w = self.w;
        let (end, s) = self.reading_at(k, qe, |s| s.class == StatementClass::Pejorative)?;
        // a determiner before, an adjective at most between (`une véritable mascarade`),
        // and the copula before that
        let mut d = k;
        while d > qs && k - d < 2 && self.class(d - 1) != Some(WordClass::Det) {
            d -= 1;
        }
        if d == qs || self.class(d - 1) != Some(WordClass::Det) {
            return None;
        }
        let det = d - 1;
        let copula = (det.saturating_sub(3).max(qs)..det)
            .rev()
            .find(|&j| matches!(w.word(j), "est" | "sont" | "était" | "serait" | "reste"))?;
        // `ce n'est pas une erreur` denies it (`ce n'est qu'une mascarade` does not)
        if (copula..det).any(|j| self.class(j) == Some(WordClass::NegPart)) {
            return None;
        }
        let sentence = w.sentence(k);
        let target = self
            .found
            .iter()
            .rev()
            .filter(|f| !f.statement && f.end <= qs && f.sentence + 1 >= sentence)
            .map(|f| f.actor1.clone())
            .find(|who| {
                let a = self.actor(who);
                a.name != speaker.name && (a.entity.is_none() || a.entity != speaker.entity)
            })?;
        Some((k, end, s.code, Some(target)))
    }

    /// `rien ne sera décidé sans concertation`, `aucune fermeture ne se fera sans dialogue`:
    /// a negated act with `sans` + a meeting noun (the event nouns of root 04) promises the
    /// talks, which CAMEO codes as an intent to meet or negotiate (036), with no target.
    fn consult_promise(&self, k: usize, qs: usize, qe: usize) -> Option<Coded> {
        let w = self.w;
        if w.word(k) != "sans" {
            return None;
        }
        let mut n = k + 1;
        if n < qe && self.class(n) == Some(WordClass::Det) {
            n += 1;
        }
        if n >= qe
            || !self
                .lx
                .noun(w.word(n))
                .is_some_and(|x| x.code.starts_with("04"))
        {
            return None;
        }
        self.negated_in_clause(k, qs)
            .then_some((n, n + 1, "036", None))
    }

    /// A `ne` before `k` in its clause (within the quotation, no comma between) with its
    /// second part between them or right after `k` (`n'a jamais eu l'intention de tromper`,
    /// `ne ment pas`, `rien ne sera imposé`).
    fn negated_in_clause(&self, k: usize, qs: usize) -> bool {
        let w = self.w;
        let mut j = k;
        while j > qs && k - j < 9 && self.same(j - 1, k) {
            let p = j - 1;
            if matches!(w.raw(p), "," | ";" | ":") || self.class(p) == Some(WordClass::Stop) {
                return false;
            }
            if matches!(w.word(p), "ne" | "n'") {
                return (p.saturating_sub(2).max(qs)..(k + 2).min(w.len()))
                    .any(|x| x != p && self.class(x) == Some(WordClass::NegPart));
            }
            j -= 1;
        }
        false
    }

    /// The subject of the clause whose verb group starts at `first`, inside a quotation
    /// starting at `qs`: the speaker (`je`, `nous`), a pronoun resolved, `mon client` (the
    /// person of the trial or investigation coded before), or the first actor of the clause
    /// (`l'enquête de X` is X's).
    fn clause_subject(&self, first: usize, qs: usize) -> Option<Subject> {
        let w = self.w;
        let mut start = first;
        while start > qs && first - start < 12 && self.same(start - 1, first) {
            let p = start - 1;
            if matches!(w.raw(p), "," | ";" | ":")
                || self.class(p) == Some(WordClass::Stop)
                || matches!(w.word(p), "que" | "qu'" | "qui")
            {
                break;
            }
            start = p;
        }
        for j in start..first {
            let word = w.word(j);
            match self.class(j) {
                Some(WordClass::SpeakerSubject) => return Some(Subject::Speaker),
                // an impersonal `il` (`il ne faut pas négliger`) is no one
                Some(WordClass::Subject)
                    if w.word(j) == "il"
                        && (j + 1..(j + 4).min(first + 1)).any(|x| {
                            matches!(
                                w.word(x),
                                "faut"
                                    | "fallait"
                                    | "faudra"
                                    | "faudrait"
                                    | "convient"
                                    | "agit"
                                    | "semble"
                                    | "suffit"
                            )
                        }) =>
                {
                    return None
                }
                Some(WordClass::Subject) => return self.resolve_pronoun(j).map(Subject::Other),
                Some(WordClass::Generic) => return None,
                _ => {}
            }
            if matches!(word, "mon" | "ma" | "notre" | "nos" | "mes")
                && matches!(w.word(j + 1), "client" | "cliente" | "clients" | "clientes")
            {
                return self.defendant_before(j).map(Subject::Other);
            }
            if let Some(i) = self.mentions.iter().position(|m| m.start == j) {
                if self.mentions[i].kind != ActorKind::Place {
                    return Some(Subject::Other(Who::Mention(i)));
                }
            }
        }
        None
    }

    /// The person a trial, an arrest or an investigation coded before `k` is against (a
    /// lawyer's `mon client`).
    fn defendant_before(&self, k: usize) -> Option<Who> {
        self.found
            .iter()
            .rev()
            .filter(|f| f.end <= k && matches!(&f.code[..2], "17" | "09"))
            .find_map(|f| match &f.actor2 {
                Some(Who::Mention(j)) if self.mentions[*j].kind == ActorKind::Person => {
                    Some(Who::Mention(*j))
                }
                _ => None,
            })
    }
}
