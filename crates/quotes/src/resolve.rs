//! From candidates to quotes: each candidate's speaker resolved against the people and
//! institutions of the article, in text order, pronouns and roles included.

use super::*;

/// A resolved speaker: byte span of its mention, person index in the memory, noun phrase.
pub(crate) type Resolved = (usize, usize, Option<usize>, Np);

/// Where a speaker phrase refers from: its own position, except for a pronoun after what it
/// reports ("« ... Saraqeb ... », a-t-il souligné"), which refers to someone named before the
/// statement, never inside it.
fn refers_from(tk: &Toks, c: &Cand, np: &Np) -> usize {
    let bs = tk.t[np.s].s;
    if np.kind == NpKind::Pronoun && bs >= c.e {
        c.s
    } else if np.kind == NpKind::Pronoun && after_fronted_adjunct(tk, np.s) {
        // "Surpris par la décision du préfet X, il a déclaré …": a person named in a phrase
        // fronted before the subject pronoun is not who it stands for
        tk.t[tk.sentence_of(np.s).0].s
    } else {
        bs
    }
}

/// Whether the pronoun at token `p` comes right after the comma closing a phrase that opens
/// its sentence with a preposition or a past participle (`Après sa rencontre avec X,`,
/// `Interrogé sur X,`, `Surpris par X,`); a subordinate clause (`Quand X est arrivé,`) is not
/// such a phrase.
fn after_fronted_adjunct(tk: &Toks, p: usize) -> bool {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(p);
    if p < ss + 3 || t[p - 1].text != "," {
        return false;
    }
    let w = t[ss].low.as_str();
    let participle = [
        "é", "ée", "és", "ées", "is", "ise", "u", "ue", "us", "it", "ite", "int", "inte",
    ]
    .iter()
    .any(|e| w.ends_with(e))
        && w.chars().count() > 3;
    // ("Après avoir rencontré X, il": an infinitive's auxiliary is part of the phrase)
    (grammar::is_preposition(&t[ss]) || participle)
        && !(ss + 1..p - 1).any(|k| {
            (grammar::is_aux(&t[k]) && t[k - 1].low != "avoir" && t[k].low != "avoir")
                || t[k].text == ","
        })
}

/// Resolve every candidate's speaker, in text order, and build the quotes.
pub(crate) fn resolve(
    a: &Article,
    tk: &Toks,
    cands: Vec<Cand>,
    first_question: Option<usize>,
) -> Vec<Quote> {
    let mut memory = Memory::seed(a, tk);
    // (looked for only in an interview: most articles have none)
    let interviewee = cands
        .iter()
        .any(|c| matches!(c.source, Some(Source::Interviewee)))
        .then(|| interviewee(a, tk, first_question))
        .flatten();
    // resolved speaker per candidate: (np span, person index, np)
    let mut resolved: Vec<Option<Resolved>> = vec![None; cands.len()];
    let mut last: Option<usize> = None;
    let by_span: depeche_lang::hash::HashMap<(usize, usize), usize> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| ((c.s, c.e), i))
        .collect();
    let order: Vec<usize> = (0..cands.len()).collect();
    for &i in &order {
        let c = &cands[i];
        let para = tk.t[tk.at_byte(c.at).min(tk.len() - 1)].para;
        let r = match &c.source {
            Some(Source::Np(np)) => {
                // "Les talibans ont visé cet hôtel car selon eux, ...": a plural pronoun
                // takes up the plural subject before it
                let antecedent = (np.kind == NpKind::Pronoun && is_plural_pronoun(&np.name))
                    .then(|| plural_antecedent(tk, np.s))
                    .flatten();
                let np = antecedent.as_ref().unwrap_or(np);
                // "X a rencontré Y mardi. Il a affirmé que ...": a singular pronoun takes up
                // the subject of the sentence before rather than its object
                let subject = previous_subject_for(tk, refers_from(tk, c, np), np);
                let np = subject.as_ref().unwrap_or(np);
                let (bs, be) = (tk.t[np.s].s, tk.t[np.e - 1].e);
                let at = refers_from(tk, c, np);
                // "La direction conteste ces chiffres. Selon elle, ...": a singular pronoun
                // opening its sentence takes up an institution that is the previous
                // sentence's subject, unless a person agreeing with it was named since
                let institution = (np.kind == NpKind::Pronoun && !is_plural_pronoun(&np.name))
                    .then(|| institution_antecedent(tk, np))
                    .flatten()
                    .filter(|(_, since)| !memory.person_named_between(np.gender, *since, at));
                if let Some((inst, _)) = institution {
                    let (is, ie) = (tk.t[inst.s].s, tk.t[inst.e - 1].e);
                    let who = memory.resolve(&inst, is, para, tk.text);
                    Some((is, ie, who, inst))
                } else {
                    // "une source diplomatique", "plusieurs médias": an indefinite role brings
                    // in someone new, not another role phrase with the same title
                    let who = if np.kind == NpKind::Role && indefinite(tk, np) {
                        Some(memory.resolve_indefinite(np, at, para))
                    } else {
                        // (a pronoun after a fronted phrase takes up its person when no one
                        // else agrees: "Après sa rencontre avec la ministre X, elle a déclaré")
                        memory.resolve(np, at, para, tk.text).or_else(|| {
                            (np.kind == NpKind::Pronoun && after_fronted_adjunct(tk, np.s))
                                .then(|| memory.resolve(np, bs, para, tk.text))
                                .flatten()
                        })
                    };
                    // a demonstrative the memory cannot place may take up a role
                    // named without a name as the previous sentence's subject
                    // ("ce dernier" after a title that follows its sentence's verb: that
                    // title's holder, whoever the memory last heard named)
                    let role = latter_role_object(tk, np).or_else(|| {
                        who.is_none()
                            .then(|| demonstrative_role_subject(tk, np))
                            .flatten()
                    });
                    if let Some(role) = role {
                        let (rs, re) = (tk.t[role.s].s, tk.t[role.e - 1].e);
                        let who = memory.resolve(&role, rs, para, tk.text);
                        Some((rs, re, who, role))
                    } else if np.kind == NpKind::Pronoun && who.is_none() {
                        None
                    } else {
                        Some((bs, be, who, np.clone()))
                    }
                }
            }
            Some(Source::Inherit(ps, pe)) => {
                by_span.get(&(*ps, *pe)).and_then(|&j| resolved[j].clone())
            }
            Some(Source::Previous) => last.and_then(|j| resolved[j].clone()),
            Some(Source::Interviewee) => interviewee.clone(),
            // no cue: the speaker of the quotation before, when it is in the same paragraph
            // or the one before (a passage in marks carrying on what was being reported)
            Some(Source::Unattributed(subject)) => last
                .filter(|&j| {
                    let pj = tk.t[tk.at_byte(cands[j].s).min(tk.len() - 1)].para;
                    let pi = tk.t[tk.at_byte(c.s).min(tk.len() - 1)].para;
                    pi.saturating_sub(pj) <= 1
                })
                .and_then(|j| resolved[j].clone())
                .or_else(|| {
                    let np = subject.as_ref()?;
                    let (bs, be) = (tk.t[np.s].s, tk.t[np.e - 1].e);
                    let who = memory.resolve(np, bs, para, tk.text);
                    (np.kind != NpKind::Pronoun || who.is_some()).then(|| (bs, be, who, np.clone()))
                }),
            None => None,
        };
        if let Some((_, _, Some(who), _)) = &r {
            memory.spoke(*who, c.at, para);
        }
        if r.is_some() {
            last = Some(i);
        }
        resolved[i] = r;
    }
    let mut out = Vec::new();
    let mut entity_of: depeche_lang::hash::HashMap<String, Option<&depeche_article::Entity>> =
        Default::default();
    for (c, r) in cands.iter().zip(resolved) {
        // a quotation nobody can be found for is left out: a record's quotation names its
        // speaker (measured: reporting them without one lifts quote F1 and lowers
        // quotes+speaker on both halves of wikinews-dev, see docs/accuracy.md)
        let Some((mut bs, mut be, who, np)) = r else {
            continue;
        };
        // "le rapport de la Cour des comptes": a name run stops at the lower-case complement
        // that the entity stage keeps in an institution's name; the mention that starts where
        // the speaker does and runs on is that institution, named in full
        let longer = (np.kind == NpKind::Name)
            .then(|| mention_running_on(a, bs, be))
            .flatten();
        if let Some((e, m)) = longer {
            (bs, be) = (m.span.byte_start, m.span.byte_end);
            entity_of.insert(e.name.clone(), Some(e));
        }
        let name = match longer {
            Some((e, _)) => e.name.clone(),
            None => who.map_or_else(|| np.name.clone(), |w| memory.people[w].name.clone()),
        };
        let role = np
            .role
            .clone()
            .or_else(|| who.and_then(|w| memory.people[w].roles.first().cloned()));
        let entity = *entity_of
            .entry(name.clone())
            .or_insert_with(|| entity_for(a, &name));
        let kind = match entity.map(|e| e.kind) {
            Some(EntityType::PER) => "person",
            Some(EntityType::ORG) => "organization",
            Some(EntityType::LOC) => "place",
            _ if np.kind == NpKind::Person || np.kind == NpKind::Pronoun => "person",
            _ if np.organization || np.kind == NpKind::Name => "organization",
            _ => "unknown",
        };
        // the speaker is named as the entity stage names that person or institution, by
        // its fullest form in the article (`HRW` → `Human Rights Watch`, `B. Obama` →
        // `Barack Obama`), so that one speaker has one name across its quotations
        // (but `J.-P. Martin` stays whole when the entity stage kept only `Martin`: the
        // initials are part of how the article names that person)
        let name = match entity {
            Some(e) if matches!(e.kind, EntityType::PER) && initials_before(&name, &e.name) => name,
            Some(e) if matches!(e.kind, EntityType::PER | EntityType::ORG) => e.name.clone(),
            _ => name,
        };
        let span = a.span(bs, be);
        let speaker = Speaker {
            text: a.slice(&span).to_string(),
            span,
            name,
            role,
            kind: kind.to_string(),
            entity: entity.map(|e| e.id.clone()),
            resolved: matches!(np.kind, NpKind::Pronoun)
                || (who.is_some() && (np.kind == NpKind::Role || np.names_its_kind())),
        };
        out.push(quote_of(a, c, speaker));
    }
    // one quotation per span: the first attribution wins
    out.dedup_by(|b, a| a.span == b.span);
    // a partial quotation inside an indirect statement of the same speaker is part of that
    // one statement ("il dit avoir été séduit par « une équipe solide »"), not a second one
    let indirect: Vec<(usize, usize, String)> = out
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| {
            let name = q.speaker.as_ref().map_or(String::new(), |s| s.name.clone());
            (q.span.start, q.span.end, name)
        })
        .collect();
    out.retain(|q| {
        q.kind != QuoteKind::Direct
            || !indirect.iter().any(|(s, e, name)| {
                *s <= q.span.start
                    && q.span.end <= *e
                    && q.speaker.as_ref().is_some_and(|sp| &sp.name == name)
            })
    });
    // "Mais les hôteliers espèrent que …, a indiqué la ministre": the que-clause inside an
    // indirect statement is part of what the outer speaker said, not a statement of its own; a partial
    // quotation of its own speaker inside it went with it above
    // (one sweep in order of start, longest first: nested when an earlier one ends later)
    let mut order: Vec<usize> = (0..out.len())
        .filter(|&i| out[i].kind == QuoteKind::Indirect)
        .collect();
    order.sort_by_key(|&i| (out[i].span.start, std::cmp::Reverse(out[i].span.end)));
    let mut nested = vec![false; out.len()];
    let mut reach = 0;
    for &i in &order {
        if out[i].span.end <= reach {
            nested[i] = true;
        }
        reach = reach.max(out[i].span.end);
    }
    let mut nested = nested.into_iter();
    out.retain(|_| !nested.next().unwrap_or(false));
    out
}

/// Whether a noun phrase opens with an indefinite determiner (`un`, `une`, `des`,
/// `plusieurs`, `certains`, `d'autres`, `quelques`).
fn indefinite(tk: &Toks, np: &Np) -> bool {
    let first = |k: usize| {
        matches!(
            tk.t[k].low.as_str(),
            "un" | "une" | "des" | "plusieurs" | "certains" | "certaines" | "quelques" | "autres"
        )
    };
    first(np.s) || (np.s > 0 && first(np.s - 1) && tk.t[np.s - 1].sent == tk.t[np.s].sent)
}

/// The quote a candidate makes, said by `speaker`.
fn quote_of(a: &Article, c: &Cand, speaker: Speaker) -> Quote {
    let span = a.span(c.s, c.e);
    let cue = c.cue.map(|(s, e, lemma)| {
        let span = a.span(s, e);
        let text = a.slice(&span).to_string();
        // a verb outside the lexicon, read as one by its place in an incise ([`incise`]):
        // its infinitive guessed from the written form, clitics and auxiliary left aside
        let lemma = if lemma.is_empty() {
            let verb = text.split_whitespace().last().unwrap_or("");
            let verb = verb.split("-t-").next().unwrap_or(verb);
            let verb = verb
                .strip_suffix("-il")
                .or_else(|| verb.strip_suffix("-elle"))
                .or_else(|| verb.strip_suffix("-ils"))
                .or_else(|| verb.strip_suffix("-elles"))
                .unwrap_or(verb);
            depeche_lang::fr::guess_infinitive(&verb.to_lowercase())
        } else {
            lemma.to_string()
        };
        Cue { text, span, lemma }
    });
    Quote {
        text: a.slice(&span).to_string(),
        span,
        kind: c.kind,
        partial: c.partial,
        cue,
        speaker: Some(speaker),
        speaker_gender: None,
    }
}

/// Whether `name` is `short` with initials before it (`J.-P. Martin` / `Martin`, `M. C.
/// Roux` / `Roux`): every word it adds is a capital and a period, hyphens joining them.
fn initials_before(name: &str, short: &str) -> bool {
    let Some(head) = name.strip_suffix(short) else {
        return false;
    };
    let head = head.trim_end();
    !head.is_empty()
        && head.contains('.')
        && head
            .split([' ', '-', '\u{a0}'])
            .filter(|w| !w.is_empty())
            .all(|w| {
                let mut c = w.chars();
                let (x, dot, end) = (c.next(), c.next(), c.next());
                x.is_some_and(char::is_uppercase) && dot == Some('.') && end.is_none()
            })
}

pub(crate) fn is_plural_pronoun(p: &str) -> bool {
    depeche_lang::fr::pronouns()
        .get(p)
        .is_some_and(|&(_, n)| n == depeche_lang::Number::Plural)
}

/// The plural subject that a plural pronoun at token `at` takes up: the subject of its own
/// sentence when it comes before the pronoun, else that of the sentence before in the same
/// paragraph, when it is plural (`les`, `des`, `plusieurs`, `certains`, `ces`).
pub(crate) fn plural_antecedent(tk: &Toks, at: usize) -> Option<Np> {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(at);
    // the words of a quotation closed before the pronoun are the speaker's, not its
    // antecedent ("Les infirmières ont manifesté. « Les caisses sont vides », ont-elles dit"):
    // its own sentence counts up to the opening mark, and when the quotation opened an
    // earlier sentence, the sentence before that one stands before it
    // (the pronoun may stand in an incise inside the marks: "« Les comptes sont faux,
    // ont-ils affirmé. »"; and no span holding words in marks is read)
    let marks = |x: &crate::toks::Tok| matches!(x.text, "«" | "»" | "“" | "”");
    // (a quotation closed in an earlier sentence is no business of this one)
    let last_mark = (0..at)
        .rev()
        .take_while(|&k| t[k].para == t[at].para)
        .find(|&k| marks(&t[k]))
        .filter(|&c| c >= ss || matches!(t[c].text, "«" | "“"));
    let open = last_mark.and_then(|c| {
        (0..=c)
            .rev()
            .take_while(|&k| t[k].para == t[c].para)
            .find(|&k| matches!(t[k].text, "«" | "“"))
    });
    let (own, from) = match open {
        Some(o) if o >= ss => ((o > ss).then_some((ss, o)), ss),
        Some(o) => (None, tk.sentence_of(o).0),
        None => (Some((ss, at)), ss),
    };
    let own = own.filter(|&(a, b)| !t[a..b].iter().any(marks));
    let mut spans: Vec<(usize, usize)> = own.into_iter().collect();
    // (or the last of the paragraph before, when the pronoun's sentence opens its own)
    if let Some(before) = sentence_before(tk, from) {
        spans.push(before);
    }
    spans.into_iter().find_map(|(s, e)| {
        let k = (s..e.min(s + 16))
            .find(|&k| grammar::is_aux(&t[k]) || verb_group(tk, k).is_some_and(|g| g.start == k));
        // "Les agriculteurs bloquent l'A6. Ils affirment que …": with no auxiliary nor
        // reporting verb, a plural determiner and a plural noun opening the sentence
        let Some(k) = k else {
            let head = t.get(s + 1)?;
            let plural_noun = head.is_word()
                && !head.cap
                && (head.low.ends_with('s') || head.low.ends_with('x'))
                && s + 2 <= e.min(at);
            // (people named by what they do: not a count, "des milliers", "les deux", nor a
            // thing, "les prix", nor "ces derniers")
            let singular = head.low.trim_end_matches(['s', 'x']);
            let counted = depeche_lang::fr::collective_nouns().contains(singular)
                || matches!(singular, "dernier" | "dernière" | "premier" | "première");
            return (matches!(t[s].low.as_str(), "les" | "des" | "plusieurs" | "ces")
                && plural_noun
                && !counted)
                .then(|| grammar::agentive_np(tk, s, s + 2))
                .flatten();
        };
        let (a, b) = subject_before(tk, k, s)?;
        // "une dizaine de délégués", "un groupe de militants": a collective noun before
        // "de" counts as a plural determiner
        let collective = grammar::collective_at(tk, a);
        let plural_det = collective
            || matches!(
                t[a].low.as_str(),
                "les" | "des" | "plusieurs" | "certains" | "certaines" | "ces" | "nombre"
            );
        // "Paul Roux et Anne Martin ont visité le chantier. Ils ont assuré que …": persons
        // named and coordinated as the subject are a plural one; as for a coordinated subject
        // of the reporting verb itself, the last one named stands for them
        // (the first person opens the sentence, after a determiner and a title at most:
        // "Les maires Paul Roux et Anne Martin")
        let person =
            |x: usize, y: usize| noun_phrase(tk, x, y).is_some_and(|np| np.kind == NpKind::Person);
        let opening_person = |&(ra, rb): &(usize, usize)| {
            rb + 1 == a
                && person(ra, rb)
                && (s..ra).all(|k| {
                    grammar::is_determiner(&t[k])
                        || depeche_lang::fr::titles().contains_key(t[k].low.as_str())
                })
        };
        // (not when another plural group follows in that sentence, which the pronoun may
        // take up as well: "X et Y ont été arrêtés par les douaniers. Ils ont indiqué …";
        // nor after "ceux-ci", which takes up the last group named)
        let other_group = (b..e).any(|k| {
            matches!(
                t[k].low.as_str(),
                "les" | "des" | "aux" | "ces" | "leurs" | "plusieurs"
            )
        });
        let coordinated = !plural_det
            && !other_group
            && !t[at].low.starts_with("ceux")
            && !t[at].low.starts_with("celles")
            && b <= at
            && a >= s + 3
            && t[a - 1].low == "et"
            && person(a, b)
            && grammar::name_runs(tk, s, a - 1)
                .first()
                .is_some_and(opening_person);
        if coordinated {
            return noun_phrase(tk, a, b);
        }
        // "L'accusation a requis la perpétuité, alors que les avocats ont demandé … Ils ont
        // assuré que …": a singular main subject cannot be what "ils" takes up; the plural
        // subject of a clause the sentence goes on with can
        // (not when the main subject is already two, "Le maire et son adjoint ont …", nor
        // when another plural group stands in the sentence, which "ils" may take up as well:
        // "Le juge a entendu les enquêteurs, mais les jurés …")
        if !plural_det && !collective && b <= at && !(a..b).any(|k| t[k].low == "et") {
            return plural_clause_subject(tk, b, e.min(at));
        }
        if !plural_det || b > at {
            return None;
        }
        // the group is named by its members ("une dizaine de délégués": délégués)
        if collective {
            if let Some(np) = grammar::plain_np(tk, a + 2, b) {
                return Some(np);
            }
            // "une dizaine de délégués de la FNEC FP Force Ouvrière": the members' noun
            // with the name of their body runs longer than a plain phrase; the quantifier
            // already says it is one group of people, so the words up to the verb name it
            if b <= a + 2 + 12 && (a + 3..b).all(|k| t[k].is_word()) && b > a + 3 {
                return Some(Np {
                    s: a + 2,
                    e: b,
                    kind: NpKind::Role,
                    name: tk.slice(a + 3, b).to_string(),
                    role: None,
                    role_head: None,
                    gender: depeche_lang::Gender::Any,
                    organization: false,
                });
            }
        }
        // a plain plural noun ("les analystes") is a group of speakers all the same
        noun_phrase(tk, a, b)
            .filter(|np| np.kind != NpKind::Pronoun)
            .or_else(|| grammar::plain_np(tk, a, b))
    })
}

/// The plural subject of a clause opened by a conjunction within `[from, to)` (`alors que les
/// avocats ont demandé`, `mais les syndicats refusent`): the last one, when a plural
/// determiner opens it and a verb follows it.
fn plural_clause_subject(tk: &Toks, from: usize, to: usize) -> Option<Np> {
    let t = &tk.t;
    (from..to.saturating_sub(2)).rev().find_map(|o| {
        let two_words = matches!(t[o].low.as_str(), "alors" | "tandis")
            && matches!(t[o + 1].low.as_str(), "que" | "qu'");
        let opener = two_words
            || matches!(
                t[o].low.as_str(),
                "mais" | "et" | "car" | "lorsque" | "quand" | "puisque"
            );
        if !opener {
            return None;
        }
        let a = o + 1 + usize::from(two_words);
        if !matches!(t.get(a)?.low.as_str(), "les" | "des" | "plusieurs" | "ces") {
            return None;
        }
        // (any verb in the plural: "les grévistes bloquaient le port")
        let plural_verb = |w: &str| {
            ["aient", "ent", "ont"].iter().any(|x| w.ends_with(x))
                && !w.ends_with("ment")
                && w.chars().count() > 4
        };
        let k = (a + 1..to.min(a + 12)).find(|&k| {
            grammar::is_aux(&t[k])
                || verb_group(tk, k).is_some_and(|g| g.start == k)
                || (t[k].is_word() && !t[k].cap && plural_verb(&t[k].low))
        })?;
        let (s, e) = subject_before(tk, k, a)?;
        if s != a {
            return None;
        }
        // (the only plural group of the sentence before the clause: "les enquêteurs" before
        // "mais les jurés" could be who speaks as well)
        let other_group = (from..o).any(|j| {
            matches!(
                t[j].low.as_str(),
                "les" | "des" | "aux" | "ces" | "leurs" | "plusieurs"
            )
        });
        if other_group {
            return None;
        }
        // (people: a title or a noun naming people by what they do; not "les prix de
        // l'acier", "les résultats")
        noun_phrase(tk, s, e)
            .filter(|np| np.kind == NpKind::Role && np.role_head.is_some())
            .or_else(|| grammar::agentive_np(tk, s, e))
    })
}

/// The institution a singular pronoun takes up: near the start of its sentence, the subject
/// of the previous sentence in the same paragraph (`La direction de la SNCF conteste. Selon
/// elle, ...`); further in, its own sentence's subject (`La direction a publié un communiqué
/// dans lequel elle affirme ...`); when it is an institution or a role of one whose gender
/// agrees with the pronoun. With the byte offset since which no person agreeing with the
/// pronoun may have been named: where that sentence starts (after a quotation, where its
/// paragraph starts).
pub(crate) fn institution_antecedent(tk: &Toks, pronoun: &Np) -> Option<(Np, usize)> {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(pronoun.s);
    if pronoun.gender == Gender::Any {
        return None;
    }
    // "L'ONG a publié un rapport dans lequel elle dévoile que ...": a pronoun further in its
    // sentence takes up the sentence's own subject; one opening it, the previous sentence's
    // ("Dans un communiqué, elle a appelé …": after a fronted phrase of circumstance closed
    // by its comma, the pronoun opens the clause as it would the sentence)
    let after_fronted = pronoun.s > ss + 1
        && t[pronoun.s - 1].text == ","
        && (grammar::is_preposition(&t[ss]) || grammar::TIME_WORDS.contains(&t[ss].low.as_str()))
        && t[ss..pronoun.s - 1]
            .iter()
            .all(|x| x.text != "," && !matches!(x.text, "«" | "»" | "“" | "”" | "\""));
    let own_sentence = pronoun.s > ss + 3 && !after_fronted;
    let previous = || {
        let (ps, pe) = tk.sentence_of(ss.checked_sub(1)?);
        (t[ps].para == t[ss].para).then_some((ps, pe))
    };
    if own_sentence {
        // (an inverted clitic closing a statement whose own subject is no body takes up the
        // previous sentence's: "La Haute Autorité de santé a publié un avis. Le vaccin est
        // efficace, a-t-elle conclu.")
        let inverted = t[pronoun.s].low.starts_with('-');
        // not after a quotation ("« Le gouvernement doit … », a-t-il souligné"): its words
        // are the speaker's, not the pronoun's antecedent; the clitic after a quotation that
        // opens the sentence takes up the previous sentence's body as above ("Le syndicat a
        // réagi. « Nous resterons mobilisés », a-t-il déclaré.")
        if t[ss..pronoun.s]
            .iter()
            .any(|x| matches!(x.text, "«" | "»" | "“" | "”" | "\""))
        {
            // (the quotation may run over sentences: the one it opens counts)
            let open = (0..pronoun.s)
                .rev()
                .take_while(|&k| t[k].para == t[ss].para)
                .find(|&k| matches!(t[k].text, "«" | "“"));
            let (qs, _) = tk.sentence_of(open.unwrap_or(ss));
            let before = || {
                let (ps, pe) = tk.sentence_of(qs.checked_sub(1)?);
                (t[ps].para == t[qs].para).then_some((ps, pe))
            };
            // (a body does not say "je": "Renault a annoncé le départ de son PDG. « Je pars »,
            // a-t-il déclaré" is the PDG's; nor do plural bodies take a singular pronoun)
            let first_person = t[qs..pronoun.s].iter().any(|x| {
                matches!(
                    x.low.as_str(),
                    "je" | "j'" | "me" | "m'" | "moi" | "mon" | "ma" | "mes"
                )
            });
            // (anyone agreeing with the pronoun named earlier in the paragraph may be taken up:
            // the paragraph's start counts as the time since which nobody was named)
            let para_start = (0..qs)
                .rev()
                .take_while(|&k| t[k].para == t[qs].para)
                .last()
                .map_or(t[qs].s, |k| t[k].s);
            return (inverted && open == Some(qs) && !first_person)
                .then(before)
                .flatten()
                .and_then(|span| antecedent_in(tk, pronoun, qs, span, false))
                .filter(|(np, _)| !matches!(t[np.s].low.as_str(), "les" | "des"))
                .map(|(np, _)| (np, para_start));
        }
        return antecedent_in(tk, pronoun, ss, (ss, pronoun.s), true).or_else(|| {
            inverted
                .then(previous)
                .flatten()
                .and_then(|span| antecedent_in(tk, pronoun, ss, span, false))
        });
    }
    antecedent_in(tk, pronoun, ss, previous()?, false)
}

/// [`institution_antecedent`] in the sentence span `(ps, pe)`: its subject, when a body whose
/// gender agrees with the pronoun of the sentence starting at token `ss`.
fn antecedent_in(
    tk: &Toks,
    pronoun: &Np,
    ss: usize,
    (ps, pe): (usize, usize),
    own_sentence: bool,
) -> Option<(Np, usize)> {
    let t = &tk.t;
    // (a modal or aspectual verb opens the predicate too: "L'ONG vient de publier"; so does
    // a reflexive pronoun: "Le conseil se réunira lundi")
    let k = (ps..pe.min(ps + 30)).find(|&k| {
        grammar::is_aux(&t[k])
            || (k > ps && matches!(t[k].low.as_str(), "se" | "s'"))
            || (k > ps
                && !matches!(t[k].low.as_str(), "à" | "de" | "d'")
                && depeche_lang::fr::semi_auxiliaries().contains(t[k].low.as_str()))
            || verb_group(tk, k).is_some_and(|g| g.start == k)
    })?;
    let (a, b) = subject_before(tk, k, ps)?;
    // (the subject found is the end of a long name the entity stage read whole: "la
    // protection des droits" in "La Haute Autorité pour la diffusion des œuvres et la
    // protection des droits (Hadopi)")
    let a = tk
        .organizations
        .iter()
        .find(|&&(x, y)| x >= ps && x < a && a < y)
        .map_or(a, |&(x, _)| {
            x.saturating_sub(usize::from(x > ps && grammar::is_determiner(&tk.t[x - 1])))
        });
    // ("Dans sa décision, le Conseil estime que … Il relève que": a phrase of circumstance
    // opening the sentence, closed by its comma, leaves the subject after it the sentence's)
    let fronted = a > ps + 1
        && t[a - 1].text == ","
        && (grammar::is_preposition(&t[ps]) || grammar::TIME_WORDS.contains(&t[ps].low.as_str()))
        && !t[ps..a - 1].iter().any(|x| x.text == ",");
    if a != ps && !fronted {
        return None;
    }
    let np = noun_phrase(tk, a, b)?;
    let institution = np.organization && np.kind != NpKind::Pronoun;
    // (a body's name with no article to tell its gender, "L'Arcep", "Hadopi", takes up either
    // pronoun; a place's does not: "Washington exclut …, a-t-elle indiqué" is the spokeswoman)
    let place = || tk.places.iter().any(|&(s, e)| s < np.e && np.s < e);
    let agrees = np.gender == pronoun.gender || (np.gender == Gender::Any && !place());
    // (a statement with a body as its subject, closed by "a-t-il précisé", is the last
    // speaker's when a person agreeing with the pronoun was named in the sentence before:
    // "…, a réagi le président, Paul Roux. Le conseil se réunira lundi, a-t-il précisé.")
    // (a person who spoke in marks there: a name in a sentence of facts is no speaker to
    // take up)
    let since = match own_sentence.then(|| ss.checked_sub(1)).flatten() {
        Some(p)
            if t[p].para == t[ss].para
                && t[tk.sentence_of(p).0..ss]
                    .iter()
                    .any(|x| matches!(x.text, "«" | "»" | "“" | "”" | "\"")) =>
        {
            t[tk.sentence_of(p).0].s
        }
        _ => t[ps].s,
    };
    (institution && agrees).then_some((np, since))
}

/// The entity a speaker's canonical name denotes: the same name (or one of its mentions),
/// or, for people only, the same surname ("Poutine" for "Vladimir Poutine"). A place or an
/// organisation is never matched on a word of a longer name ("France" in "HP France").
/// An organisation's mention that starts at byte `bs` and runs past `be` within the same
/// clause (no comma or parenthesis in what it adds).
fn mention_running_on(
    a: &Article,
    bs: usize,
    be: usize,
) -> Option<(&depeche_article::Entity, &depeche_article::Mention)> {
    a.entities
        .iter()
        .filter(|e| e.kind == EntityType::ORG)
        .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
        .find(|(_, m)| {
            m.span.byte_start == bs
                && m.span.byte_end > be
                && !a.text[be..m.span.byte_end].contains([',', '(', ')'])
        })
}

pub(crate) fn entity_for<'a>(a: &'a Article, name: &str) -> Option<&'a depeche_article::Entity> {
    let key = speakers::name_key(name);
    let exact = |e: &depeche_article::Entity| {
        speakers::name_key(&e.name) == key
            || e.mentions
                .iter()
                .any(|m| speakers::name_key(&m.text) == key)
    };
    // a role phrase whose complement is a person ("avocat de Paul Roux", "fille d'Anne Roux")
    // names someone else than that person ("le secrétaire général de l'ONU Ban Ki-moon" does
    // name him)
    let complement_of_role = |person: &str| {
        let p = speakers::name_key(person);
        key.len() > p.len()
            && key.ends_with(&p)
            && key[..key.len() - p.len()]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| {
                    w.ends_with('\'')
                        || matches!(
                            w,
                            "de" | "du" | "des" | "la" | "le" | "les" | "à" | "au" | "aux"
                        )
                })
    };
    a.entities.iter().find(|e| exact(e)).or_else(|| {
        a.entities.iter().find(|e| {
            e.kind == EntityType::PER
                && !complement_of_role(&e.name)
                && (speakers::same_name(&e.name, name)
                    || e.mentions
                        .iter()
                        .any(|m| speakers::same_name(&m.text, name)))
        })
    })
}

/// The person an interview is with: the subject of the last sentence naming a person in the
/// paragraph that introduces the first question (`X, politologue à …, analyse le scrutin.`
/// then `Q : …`), else that paragraph's first person, else the first person named in the
/// opening paragraphs. Names in quote marks (a title quoting the interviewee's words) are
/// none. `first_question`: the byte where the transcript's first question starts.
pub(crate) fn interviewee(
    a: &Article,
    tk: &Toks,
    first_question: Option<usize>,
) -> Option<Resolved> {
    let question = first_question.and_then(|q| {
        a.paragraphs
            .iter()
            .position(|p| p.span.byte_start <= q && q < p.span.byte_end)
    });
    let quoted = |b: usize| {
        let before = &a.text[..b];
        before.matches('«').count() > before.matches('»').count()
    };
    if let Some(intro) = question
        .and_then(|q| q.checked_sub(1))
        .map(|i| &a.paragraphs[i])
    {
        let (from, to) = (intro.span.byte_start, intro.span.byte_end);
        let mut last = None;
        let mut first_of_paragraph: Option<Resolved> = None;
        for &(ss, se) in &tk.sents {
            if tk.t[ss].s < from || tk.t[ss].s >= to {
                continue;
            }
            // (the person who is the subject of the introduction's last sentence naming one:
            // it ends on who answers, "X, politologue à …, analyse le scrutin"; a person after
            // a verb or a subject pronoun is someone else, "Nous l'avons rencontrée avec son
            // éditeur Y", "Elle a battu le record de Y")
            // (nor a person governed by a preposition, a title between: "Entraînée par
            // Y", "avec l'ancien joueur Y")
            let governed = |rs: usize| {
                (ss.max(rs.saturating_sub(5))..rs)
                    .rev()
                    .take_while(|&k| tk.t[k].is_word() && !tk.t[k].cap)
                    .any(|k| {
                        grammar::is_preposition(&tk.t[k])
                            || matches!(tk.t[k].low.as_str(), "de" | "d'" | "du" | "des")
                    })
            };
            let subject = |rs: usize| {
                !governed(rs)
                    && !(ss..rs).any(|k| {
                        let w = &tk.t[k];
                        grammar::is_aux(w)
                            || w.verbish
                            || matches!(
                                w.low.as_str(),
                                "il" | "elle" | "ils" | "elles" | "nous" | "on" | "je" | "j'"
                            )
                    })
            };
            // (each person of the sentence, with whether they are its subject)
            let persons: Vec<(Resolved, bool)> = grammar::name_runs(tk, ss, se)
                .into_iter()
                .filter(|&(rs, re)| re - rs >= 2 && !quoted(tk.t[rs].s))
                // (a person for the entity layer too, when it ran: "Bénévole à l'association
                // Wikimédia France, Claire X coordonne …" has one person, not two)
                .filter(|&(rs, re)| {
                    tk.persons.is_empty() || tk.persons.iter().any(|&(a, b)| a < re && rs < b)
                })
                .filter_map(|(rs, re)| {
                    let np = noun_phrase(tk, rs, re).filter(|np| np.kind == NpKind::Person)?;
                    Some(((tk.t[rs].s, tk.t[re - 1].e, None, np), subject(rs)))
                })
                .collect();
            if let Some((first, _)) = persons.first() {
                first_of_paragraph = first_of_paragraph.or_else(|| Some(first.clone()));
                last = persons
                    .iter()
                    .find(|(_, subject)| *subject)
                    .map(|(p, _)| p.clone())
                    .or(first_of_paragraph.clone());
            }
        }
        if last.is_some() {
            return last;
        }
    }
    let limit = a
        .paragraphs
        .get(2)
        .map_or(a.text.len(), |p| p.span.byte_end);
    for &(ss, se) in &tk.sents {
        if tk.t[ss].s >= limit {
            break;
        }
        for (rs, re) in grammar::name_runs(tk, ss, se) {
            if re - rs >= 2 {
                let np = noun_phrase(tk, rs, re)?;
                if np.kind == NpKind::Person {
                    return Some((tk.t[rs].s, tk.t[re - 1].e, None, np));
                }
            }
        }
    }
    None
}
