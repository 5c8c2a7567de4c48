//! Who speaks, read from the sentence around a reporting verb or a quotation: the subject
//! of a verb group, inverted or not, the phrase a participle is apposed to, the subject of the
//! main clause, the person opening a sentence or a clause before a colon.

use super::*;

/// The speaker noun phrase of a verb group: its inverted clitic, the subject before it, or
/// (when `inverted`) the subject after it.
pub(crate) fn group_speaker(tk: &Toks, g: &VerbGroup, inverted: bool) -> Option<Np> {
    if let Some(c) = g.clitic {
        if tk.t[c].low == "-t-on" || tk.t[c].low == "-on" {
            return impersonal_source(tk, g);
        }
        return noun_phrase(tk, c, c + 1);
    }
    if !inverted && g.start > 0 && matches!(tk.t[g.start - 1].low.as_str(), "on" | "l'on") {
        return impersonal_source(tk, g);
    }
    if inverted || comme_inverted(tk, g) {
        let (s, e) = subject_after(tk, g.end)?;
        // "comme l'explique un des démissionnaires": after "comme" and its clitic the phrase
        // can only be the subject, whatever it is
        let plain = || {
            let t = &tk.t;
            let s = if t[s].low == "l'" && t.get(s + 1).is_some_and(|x| x.low == "un") {
                s + 1
            } else {
                s
            };
            let of = matches!(t[s].low.as_str(), "un" | "une")
                && t.get(s + 1).is_some_and(|x| x.low == "des");
            grammar::plain_np(tk, if of { s + 1 } else { s }, e)
        };
        return noun_phrase(tk, s, e)
            .or_else(|| comme_inverted(tk, g).then(plain).flatten())
            .or_else(|| grammar::agentive_np(tk, s, e));
    }
    if g.start > 0 && matches!(tk.t[g.start - 1].low.as_str(), "et" | "mais" | "puis") {
        // "X a fait procéder au vote et a déclaré que ...": coordinated verbs share the
        // subject of the first one
        if let Some(np) = main_clause_subject(tk, g.start) {
            return Some(np);
        }
    }
    // "X a été condamné pour avoir dit « … »", "X s'est excusé après avoir affirmé que …": an
    // infinitive after a preposition has the main clause's subject, and no subject of its own
    // stands right before it
    // (right after the main verb: "X a sanctionné le joueur pour avoir dit" is the player's,
    // the object before the preposition)
    // (a passive or a reflexive participle right before the preposition: "X a été condamné
    // pour", "X est soupçonné d'", "X s'est excusé après")
    if g.start > 2
        && matches!(tk.t[g.start].low.as_str(), "avoir" | "être")
        && matches!(
            tk.t[g.start - 1].low.as_str(),
            "pour" | "après" | "sans" | "de" | "d'"
        )
        && grammar::looks_like_past_participle(&tk.t[g.start - 2].low)
        && matches!(
            tk.t[g.start - 3].low.as_str(),
            "été" | "est" | "sont" | "était" | "étaient" | "sera" | "seront"
        )
    {
        return main_clause_subject(tk, g.start);
    }
    let (s, e) = subject_before(tk, g.start, 0)?;
    // "Tous les experts estiment que …": the phrase after the predeterminer speaks
    let s = if s + 2 < e && grammar::predeterminer_at(tk, s) {
        s + 1
    } else {
        s
    };
    // "Personne n'a dit que …", "Aucun élu n'a affirmé que …": no one said it
    if matches!(
        tk.t[s].low.as_str(),
        "personne" | "aucun" | "aucune" | "nul" | "nulle"
    ) {
        return None;
    }
    // "Les organisateurs ont affirmé : « … »": a subject with no name or title still speaks
    // when its head names people by what they do
    let np = noun_phrase(tk, s, e).or_else(|| grammar::agentive_np(tk, s, e))?;
    if np.kind == NpKind::Pronoun {
        // "Quant au chef du Sinn Fein, il a estimé que": the pronoun takes up the
        // dislocated phrase at the head of its own sentence, not an earlier speaker
        if let Some(d) = dislocated_subject(tk, s) {
            return Some(d);
        }
    }
    Some(np)
}

/// `comme le précise X`, `comme l'a dit X`: after "comme" and an object clitic the subject
/// of a reporting verb follows it.
pub(crate) fn comme_inverted(tk: &Toks, g: &VerbGroup) -> bool {
    let t = &tk.t;
    // "comme devait conclure X", "comme dit X": without the clitic as well
    (g.start >= 2
        && matches!(t[g.start - 1].low.as_str(), "le" | "l'")
        && is_comme(tk, g.start - 2))
        || (g.start >= 1 && is_comme(tk, g.start - 1))
}

/// Whether token `k` opens a clause of comparison that reports: `comme`, or the `que` of
/// `ainsi que` ("ainsi que l'a rappelé X").
pub(crate) fn is_comme(tk: &Toks, k: usize) -> bool {
    let t = &tk.t;
    t[k].low == "comme" || (t[k].low == "que" && k > 0 && t[k - 1].low == "ainsi")
}

/// The phrase of `Quant à X,` heading the sentence of token `before`, when it ends before it.
pub(crate) fn dislocated_subject(tk: &Toks, before: usize) -> Option<Np> {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(before);
    let k = (ss..before).find(|&k| t[k].is_word())?;
    if t[k].low != "quant" || k + 2 >= before {
        return None;
    }
    if !matches!(t[k + 1].low.as_str(), "à" | "au" | "aux") {
        return None;
    }
    let comma = (k + 2..before).find(|&j| t[j].text == ",")?;
    noun_phrase(tk, k + 2, comma).filter(|np| np.kind != NpKind::Pronoun)
}

/// `souligne-t-on à l'Élysée`, `Au ministère de la Santé, on assure`: impersonal `on`
/// speaks for the institution named beside it.
pub(crate) fn impersonal_source(tk: &Toks, g: &VerbGroup) -> Option<Np> {
    let t = &tk.t;
    let (ss, se) = tk.sentence_of(g.start);
    let place_np = |k: usize| -> Option<Np> {
        // "Du côté de la CGT, on estime": the side named after "du côté de"
        let k = if k + 2 < se && t[k].low == "du" && t[k + 1].low == "côté" {
            k + 1
        } else {
            k
        };
        if k + 2 < se
            && t[k].low == "côté"
            && matches!(t[k + 1].low.as_str(), "de" | "du" | "des" | "d'")
        {
            let mut e = k + 2;
            while e < se && !matches!(t[e].text, "," | "." | ";" | ":") {
                e += 1;
            }
            return noun_phrase(tk, k + 2, e).filter(|np| np.kind != NpKind::Pronoun);
        }
        // "a-t-on appris de source policière", "indique-t-on de sources concordantes": the
        // source itself, unnamed
        if k + 1 < se && t[k].low == "de" && matches!(t[k + 1].low.as_str(), "source" | "sources") {
            let mut e = k + 2;
            while e < se && !matches!(t[e].text, "," | "." | ";" | ":" | "«" | "“" | "\"") {
                e += 1;
            }
            return grammar::plain_np(tk, k, e);
        }
        // "a-t-on appris auprès des secours", "selon ce qu'on a appris auprès du parquet":
        // whom the news was had from
        if k + 2 < se
            && t[k].low == "auprès"
            && matches!(t[k + 1].low.as_str(), "de" | "du" | "des" | "d'")
        {
            let from = if matches!(t[k + 1].low.as_str(), "de" | "d'") {
                k + 2
            } else {
                k + 1
            };
            let mut e = from + 1;
            while e < se && !matches!(t[e].text, "," | "." | ";" | ":" | "«" | "“" | "\"") {
                e += 1;
            }
            return noun_phrase(tk, from, e)
                .filter(|np| np.kind != NpKind::Pronoun)
                .or_else(|| grammar::plain_np(tk, from, e));
        }
        // ("lit-on sur le site du syndicat": where the words are read)
        if k < se
            && matches!(
                t[k].low.as_str(),
                "à" | "au" | "aux" | "chez" | "dans" | "sur"
            )
        {
            let mut e = k + 1;
            while e < se
                && !matches!(
                    t[e].text,
                    "," | "." | ";" | ":" | "«" | "“" | "\"" | "!" | "?"
                )
                && !matches!(t[e].low.as_str(), "où" | "qui" | "que")
            {
                e += 1;
            }
            // ("peut-on lire dans le jugement": a document of no named author speaks itself)
            let document = (k + 1..(k + 3).min(e))
                .find(|&j| !grammar::is_determiner(&t[j]))
                .is_some_and(|j| depeche_lang::fr::is_source_document(&t[j].low));
            // ("Dans la région, on redoute …": a region with no name after a preposition of
            // place is where the words are heard, no speaker)
            let bare_region = e == k + 3 && t[k + 2].low == "région";
            return noun_phrase(tk, k + 1, e)
                .filter(|np| np.kind != NpKind::Pronoun && !bare_region)
                .or_else(|| document.then(|| grammar::plain_np(tk, k + 1, e)).flatten());
        }
        None
    };
    // "..., indique-t-on au Quai d'Orsay, où l'on assure que": "où" takes up the place
    // named just before it
    let relative_place = || {
        let on = (ss..g.start)
            .rev()
            .find(|&k| matches!(t[k].low.as_str(), "on" | "l'on"))?;
        let ou = (ss..on).rev().take(2).find(|&k| t[k].low == "où")?;
        let k = (ss..ou)
            .rev()
            .take(8)
            .find(|&k| matches!(t[k].low.as_str(), "à" | "au" | "aux" | "chez" | "dans"))?;
        place_np(k)
    };
    // ("a-t-on appris mardi auprès de la mairie", "ce matin": a phrase of time before whom
    // the news was had from; only before it: "a-t-on appris mardi à Paris de source
    // diplomatique" is where, not who)
    let after_time = || {
        let mut k = g.end;
        while k < se
            && (grammar::TIME_WORDS.contains(&t[k].low.as_str())
                || grammar::time_noun(&t[k].low)
                || (grammar::is_determiner(&t[k])
                    && t.get(k + 1).is_some_and(|x| grammar::time_noun(&x.low))))
        {
            k += 1;
        }
        let from_whom = t.get(k).is_some_and(|x| x.low == "auprès")
            || (t.get(k).is_some_and(|x| x.low == "de")
                && t.get(k + 1)
                    .is_some_and(|x| matches!(x.low.as_str(), "source" | "sources")));
        // ("a-t-on annoncé hier à l'Élysée": where it was said, when nothing after the place
        // says from whom)
        // (not after "apprendre": "a-t-on appris lundi à Fukushima" is where the news came
        // from, no one who said it; and only a place closing the sentence, not "à Homs, où …")
        let at_place = g.lemma != "apprendre"
            && t.get(k)
                .is_some_and(|x| matches!(x.low.as_str(), "à" | "au" | "aux"))
            && !(k..se).any(|j| {
                matches!(t[j].low.as_str(), "auprès" | "source" | "sources")
                    || matches!(t[j].text, "," | ";" | ":" | "(")
            });
        (k > g.end && (from_whom || at_place))
            .then(|| place_np(k))
            .flatten()
    };
    place_np(g.end)
        .or_else(after_time)
        .or_else(|| place_np(ss))
        .or_else(relative_place)
}

pub(crate) fn cue_of(tk: &Toks, g: &VerbGroup) -> (usize, usize, &'static str) {
    (tk.t[g.start].s, tk.t[g.end - 1].e, g.lemma)
}

/// Sentence-final punctuation excluded from an indirect clause's end.
pub(crate) fn clause_end(tk: &Toks, mut e: usize, floor: usize) -> usize {
    while e > floor && matches!(tk.t[e - 1].text, "." | "!" | "?" | "…" | "..." | ";" | ",") {
        e -= 1;
    }
    e
}

/// The end of a reported clause `cs..ce` that stops before a colon announcing a quotation
/// of its own (`X a précisé que CLAUSE : « ... »`), or before a parenthesis opening on a
/// quotation (`X n'exclut pas que CLAUSE (« ... », a-t-il dit)`): the journalist sets the
/// speaker's own words apart there, with a cue of their own.
pub(crate) fn before_announced_quote(tk: &Toks, cs: usize, ce: usize) -> usize {
    let t = &tk.t;
    (cs..ce)
        .find(|&k| {
            matches!(t[k].text, ":" | "(")
                && t.get(k + 1)
                    .is_some_and(|x| matches!(x.text, "«" | "“" | "\""))
        })
        .map_or(ce, |k| clause_end(tk, k, cs))
}

/// Where a statement closed at token `ce` by a cue may start, from the sentence start `ss`:
/// after a parenthesis still open at `ce` (`CLAUSE (« ... », selon X)`, `(« ... », a-t-il
/// dit)`), since a cue inside a parenthesis speaks only for what the parenthesis holds.
pub(crate) fn after_open_paren(tk: &Toks, marked: &[Marked], ss: usize, ce: usize) -> usize {
    let t = &tk.t;
    let mut depth = 0usize;
    for k in (ss..ce).rev() {
        match t[k].text {
            ")" => depth += 1,
            "(" if marks::containing(marked, t[k].s).is_none() => {
                if depth == 0 {
                    // "CLAUSE (selon X)": an empty parenthesis before the cue bounds nothing
                    return if k + 1 < ce { k + 1 } else { ss };
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    ss
}

/// The subject of the sentence `[ss, se)` when it is a person: a named person, a personal
/// pronoun (`il`, `elle`) or a person's title, standing before the sentence's first
/// auxiliary or reporting verb.
pub(crate) fn person_subject(tk: &Toks, ss: usize, se: usize) -> Option<Np> {
    clause_subject(tk, ss, se, true)
}

/// The subject of the clause `[ss, se)` when it can speak: a person as [`person_subject`]
/// takes, or a name or an institution's title (`Estimant que …, la CGT appelle à la grève`:
/// the main clause's subject is who the fronted participle's statement belongs to).
pub(crate) fn speaking_subject(tk: &Toks, ss: usize, se: usize) -> Option<Np> {
    clause_subject(tk, ss, se, false)
}

fn clause_subject(tk: &Toks, ss: usize, se: usize, people_only: bool) -> Option<Np> {
    let t = &tk.t;
    let k = (ss..se.min(ss + 16))
        .find(|&k| grammar::is_aux(&t[k]) || verb_group(tk, k).is_some_and(|g| g.start == k))
        .or_else(|| {
            // ("La directrice de l'école quitte ses fonctions. « … », a-t-elle confié": a
            // title after its article opening the sentence, and a verb in the present no
            // ending tells, right after its noun or its complement's name)
            let titled = grammar::is_determiner(&t[ss])
                && t.get(ss + 1)
                    .is_some_and(|x| depeche_lang::fr::titles().contains_key(x.low.as_str()));
            titled
                .then(|| (ss + 2..se.min(ss + 12)).find(|&k| crate::indirect::bare_verb(tk, k)))
                .flatten()
        })?;
    let (s, e) = subject_before(tk, k, ss)?;
    let np = noun_phrase(tk, s, e)?;
    let speaks = match np.kind {
        NpKind::Person => true,
        NpKind::Pronoun => matches!(np.name.as_str(), "il" | "elle"),
        NpKind::Role => np.role_head.is_some() && !(people_only && np.organization),
        NpKind::Name => !people_only,
    };
    speaks.then_some(np)
}

/// `X a rencontré Y mardi. Il a affirmé que ...`: a singular personal pronoun whose own
/// sentence (the one holding byte `at`) names no one before it stands for the subject of the
/// previous sentence (of its paragraph, or the last one of the paragraph before when the
/// pronoun opens its own), a person of known and agreeing gender, rather than for
/// the person named last (the subject is what the next sentence is about). Sentences with quote
/// marks are left to recency (their subject may be inside the marks).
pub(crate) fn previous_subject_for(tk: &Toks, at: usize, np: &Np) -> Option<Np> {
    previous_subject_chain(tk, at, np, 3)
}

/// [`previous_subject_for`], following a chain of sentences whose subject is the same
/// pronoun (`X est mort hier. Il a chanté avec Y. Il avait lancé : « … »`: each "il" is X),
/// `depth` sentences back at most.
fn previous_subject_chain(tk: &Toks, at: usize, np: &Np, depth: usize) -> Option<Np> {
    let t = &tk.t;
    // (and the stressed "lui" after a marker of source: "X a annoncé … Selon lui, …")
    let singular_personal = np.kind == NpKind::Pronoun
        && matches!(
            t[np.s].low.trim_start_matches('-').trim_start_matches("t-"),
            "il" | "elle" | "lui"
        );
    if !singular_personal || np.gender == Gender::Any {
        return None;
    }
    let k = tk.at_byte(at).min(t.len() - 1);
    let (ss, _) = tk.sentence_of(k);
    let (ps, pe) = sentence_before(tk, ss)?;
    let quote_mark = |j: usize| matches!(t[j].text, "«" | "»" | "“" | "”" | "\"");
    // someone named in the pronoun's own sentence before it is a closer antecedent
    // (a name inside the quotation is the speaker's words: "« Paris m'a tout appris »,
    // aimait-il dire")
    let before = np.s.min(k).max(ss);
    let quoted = |rs: usize| {
        let opened = (ss..rs).filter(|&j| matches!(t[j].text, "«" | "“")).count();
        let closed = (ss..rs).filter(|&j| matches!(t[j].text, "»" | "”")).count();
        opened > closed
    };
    if grammar::name_runs(tk, ss, before)
        .iter()
        .any(|&(rs, _)| !quoted(rs))
    {
        return None;
    }
    if (ps..pe).any(quote_mark) {
        return None;
    }
    // a person's role with no name ("La fille de X a témoigné. Elle a souligné que ...") is
    // the subject as well: the pronoun agrees with the role's gender, not with X's
    // `Anton Wrezik a été condamné hier. Il a reconnu …`: a person's name whose gender the
    // lexicon does not know does not disagree with the pronoun; it is still the subject
    // (or, when no auxiliary or reporting verb shows it, a person named at its start: "X
    // effectuera un déplacement au côté du député Y. Il …" is about X)
    // ("Le ministre a reçu le représentant des pêcheurs, Jean X. Selon lui, …": after a
    // verb that names someone met, "lui" is as likely that one; only "il" and "elle" keep
    // the subject then)
    let stressed = t[np.s].low == "lui";
    let subject = person_subject(tk, ps, pe)
        .or_else(|| {
            let np = person_opening(tk, pe - 1)?;
            let next = t.get(np.e)?;
            // (the name itself, not a noun's complement: "La décision de X de fermer …")
            let of = |w: &crate::toks::Tok| matches!(w.low.as_str(), "de" | "d'" | "du" | "des");
            let complement = np.s > ps && of(&t[np.s - 1]);
            // (nor an absolute phrase: "X parti, le député Y reste seul", "X une fois élu,")
            let absolute = (np.e..(np.e + 4).min(pe)).any(|k| t[k].text == ",");
            (next.is_word()
                && !next.cap
                && !grammar::is_preposition(next)
                && !of(next)
                && !complement
                && !absolute)
                .then_some(np)
        })
        .or_else(|| {
            // ("X rejoint l'atelier de Y. Il y côtoie …, mais repart …": a sentence opened by a
            // subject pronoun and a lower-case word has that pronoun for subject, whatever verb
            // follows, so the chain goes on through it)
            let opens = matches!(t[ps].low.as_str(), "il" | "elle")
                && t.get(ps + 1).is_some_and(|x| x.is_word() && !x.cap);
            opens
                .then(|| noun_phrase(tk, ps, ps + 1))
                .flatten()
                .filter(|n| n.kind == NpKind::Pronoun)
        })?;
    let someone_else = (subject.e..pe).any(|k| {
        t[k].namey
            || depeche_lang::fr::titles()
                .get(t[k].low.as_str())
                .is_some_and(|x| !x.organization)
    });
    if stressed && someone_else {
        return None;
    }
    if subject.kind == NpKind::Pronoun {
        // the same pronoun as the previous sentence's subject: the same one
        let same = subject.name == np.name.trim_start_matches('-').trim_start_matches("t-");
        // (within the paragraph: a new one may bring a new subject)
        let paragraph = t[ps].para == t[ss].para;
        return (same && depth > 1 && paragraph)
            .then(|| previous_subject_chain(tk, t[subject.s].s, &subject, depth - 1))
            .flatten();
    }
    Some(subject).filter(|s| {
        matches!(s.kind, NpKind::Person | NpKind::Role)
            && (s.gender == np.gender || (s.kind == NpKind::Person && s.gender == Gender::Any))
    })
}

/// The sentence before the one starting at token `ss`, when it is in the same paragraph or
/// ends the paragraph right before (news paragraphs are short: a pronoun opening one goes on
/// with the one before).
pub(crate) fn sentence_before(tk: &Toks, ss: usize) -> Option<(usize, usize)> {
    let t = &tk.t;
    (ss > 0 && t[ss - 1].para + 1 >= t[ss].para).then(|| tk.sentence_of(ss - 1))
}

/// `Le directeur de la prison a été entendu. Celui-ci a affirmé que …`: a singular
/// demonstrative (`celui-ci`, `ce dernier`) whose antecedent is a role with no name is the
/// previous sentence's subject when that is a person's role of agreeing gender and nobody was
/// named since. Named antecedents are left to the memory, which knows who was named last.
pub(crate) fn demonstrative_role_subject(tk: &Toks, np: &Np) -> Option<Np> {
    let t = &tk.t;
    let demonstrative = np.kind == NpKind::Pronoun
        && matches!(
            np.name.as_str(),
            "celui-ci" | "celle-ci" | "ce dernier" | "cette dernière"
        );
    if !demonstrative {
        return None;
    }
    let (ss, _) = tk.sentence_of(np.s);
    let (ps, pe) = sentence_before(tk, ss)?;
    if !grammar::name_runs(tk, ps, np.s).is_empty() {
        return None;
    }
    // ("L'avocat a interpellé le procureur. Ce dernier a répondu": a person's title after the
    // subject is the latter one the demonstrative means; then no one is sure)
    person_subject(tk, ps, pe).filter(|s| {
        s.kind == NpKind::Role
            && (np.gender == Gender::Any || s.gender.agrees(np.gender))
            && !(s.e..pe).any(|k| {
                depeche_lang::fr::titles()
                    .get(t[k].low.as_str())
                    .is_some_and(|x| !x.organization)
            })
    })
}

/// `Le président, X, a interrogé l'avocat. Ce dernier a répondu que …`: `ce dernier` (the
/// latter) opening a sentence takes up the last person the sentence before mentions; when that
/// is a title after its verb with no name after it, the title is meant, not the subject named
/// before it (whom the memory, knowing only names, would give).
pub(crate) fn latter_role_object(tk: &Toks, np: &Np) -> Option<Np> {
    let t = &tk.t;
    if np.kind != NpKind::Pronoun
        || !matches!(np.name.as_str(), "ce dernier" | "cette dernière")
        || tk.sentence_of(np.s).0 != np.s
    {
        return None;
    }
    let (ps, pe) = sentence_before(tk, np.s)?;
    let v = (ps..pe).find(|&k| grammar::is_aux(&t[k]) || t[k].verbish)?;
    let person_title = |k: usize| {
        depeche_lang::fr::titles()
            .get(t[k].low.as_str())
            .is_some_and(|x| !x.organization)
    };
    let k = (v + 2..pe)
        .rev()
        .find(|&k| person_title(k) && grammar::is_determiner(&t[k - 1]))?;
    // (a person's name after the title is the memory's; a capitalised complement is the
    // title's own: "le ministre de la Santé", "le président du Sénat")
    if tk.persons.iter().any(|&(a, _)| a > k && a < pe) {
        return None;
    }
    let e = (k + 1..pe)
        .find(|&j| matches!(t[j].text, "," | "." | ";" | ":" | "!" | "?"))
        .unwrap_or(pe);
    noun_phrase(tk, k - 1, e).filter(|r| {
        r.kind == NpKind::Role && (np.gender == Gender::Any || r.gender.agrees(np.gender))
    })
}

/// `Mitzna a accusé Sharon : « ... », a-t-il dit.`: a singular personal pronoun after a
/// quotation that ends a clause of its own sentence stands for that clause's subject (here
/// Mitzna, not Sharon, the last man named), when the genders agree. Other sources are kept.
pub(crate) fn sentence_subject_for(tk: &Toks, open: usize, np: Np) -> Np {
    let t = &tk.t;
    let singular_personal = np.kind == NpKind::Pronoun
        && matches!(
            t[np.s].low.trim_start_matches('-').trim_start_matches("t-"),
            "il" | "elle"
        );
    if !singular_personal {
        return np;
    }
    // an institution can be "il" too: "Le Kremlin a démenti : « ... », a-t-il ajouté"
    match main_clause_subject(tk, open) {
        Some(subject)
            if subject.kind != NpKind::Pronoun
                && (subject.gender == np.gender
                    || subject.gender == Gender::Any
                    || np.gender == Gender::Any) =>
        {
            subject
        }
        _ => np,
    }
}

/// The subject of the clause a participle phrase hangs on: the noun phrase before the
/// sentence's first auxiliary or reporting verb.
pub(crate) fn main_clause_subject(tk: &Toks, before: usize) -> Option<Np> {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(before);
    // ("« … », a reconnu X, en appelant à …": after a quotation opening the sentence, the
    // main clause is its incise, whose subject follows the verb; the words in marks are
    // none of it)
    if matches!(t[ss].text, "«" | "“" | "\"") {
        let close = (ss + 1..before).find(|&j| matches!(t[j].text, "»" | "”" | "\""))?;
        let g = (close + 1..before).find_map(|k| {
            grammar::group_from(tk, k).filter(|g| g.start == k && g.kind == GroupKind::Active)
        })?;
        return group_speaker(tk, &g, true);
    }
    // ("Interrogé sur l'avenir du site, le directeur s'est montré confiant, assurant que …":
    // a participle opening the sentence, up to its comma, is no part of the main clause
    // whose subject a participle set off by a comma at its end takes; "…, le directeur a
    // montré un courrier du ministre assurant que …" is the letter's)
    let ss = if before > 0 && t[before - 1].text == "," {
        fronted_participle_end(tk, ss, before).unwrap_or(ss)
    } else {
        ss
    };
    let gerund_verb = gerund_main_verb(tk, ss, before);
    let k = (ss..before)
        .find(|&k| grammar::is_aux(&t[k]) || grammar::group_from(tk, k).is_some())
        .or(gerund_verb)?;
    let (s, e) = subject_before(tk, k, ss)?;
    // only a person or an institution speaks: "La porte sud de la mosquée ..., affirmant" is
    // not attributed to the door
    let t0 = (s..e).find(|&j| !grammar::is_determiner(&t[j]))?;
    let titles = depeche_lang::fr::titles();
    let two_word_title =
        t0 + 1 < e && titles.contains_key(format!("{} {}", t[t0].low, t[t0 + 1].low).as_str());
    // a personal pronoun stands for who was named before ("Ils ont demandé un délai,
    // assurant que ..."), and is resolved as such
    let pronoun = e == s + 1 && matches!(t[s].low.as_str(), "il" | "elle" | "ils" | "elles");
    // (a document speaks for its author: "Le rapport de la Cour des comptes dresse un
    // constat sévère, en jugeant …")
    let document = depeche_lang::fr::is_source_document(t[t0].low.as_str());
    let speaker_like = t[t0].namey
        || titles.contains_key(t[t0].low.as_str())
        || two_word_title
        || pronoun
        || document;
    if !speaker_like {
        return None;
    }
    // (the document's author runs to the verb: "Le rapport de la Cour des comptes dresse")
    let verb = gerund_verb.unwrap_or(k);
    let authored = document && e < verb && matches!(t[e].low.as_str(), "de" | "du" | "des" | "d'");
    authored
        .then(|| noun_phrase(tk, s, verb))
        .flatten()
        .or_else(|| noun_phrase(tk, s, e))
}

/// Where the main clause starts when a past participle opens the sentence at `ss`
/// (`Interrogé sur l'avenir du site, le directeur …`): after the participle phrase's comma,
/// before `end`.
fn fronted_participle_end(tk: &Toks, ss: usize, end: usize) -> Option<usize> {
    let t = &tk.t;
    let fronted = t[ss].is_word()
        && grammar::looks_like_past_participle(&t[ss].low)
        && !grammar::is_aux(&t[ss])
        && grammar::group_from(tk, ss).is_none_or(|g| g.kind == GroupKind::Passive);
    fronted
        .then(|| (ss..end).find(|&j| t[j].text == ","))
        .flatten()
        .map(|c| c + 1)
}

/// The main verb of the sentence from `ss` when a gerund at `before` (`en estimant`) follows
/// it and neither an auxiliary nor a reporting verb came first: "La Cour des comptes dresse
/// un constat sévère, en jugeant …". A gerund shares its main clause's subject, whatever the
/// verb; the verb is the first lower-case word after the opening phrase, one that no
/// determiner or preposition comes before.
fn gerund_main_verb(tk: &Toks, ss: usize, before: usize) -> Option<usize> {
    let t = &tk.t;
    // (the gerund's group may hold its "en" or start after it)
    let before = if t.get(before).is_some_and(|x| x.low == "en") {
        before + 1
    } else {
        before
    };
    if before < ss + 3 || t[before - 1].low != "en" {
        return None;
    }
    if !grammar::is_determiner(&t[ss]) && !t[ss].namey {
        return None;
    }
    let function_word = |x: &crate::toks::Tok| {
        grammar::is_determiner(x)
            || grammar::is_preposition(x)
            || matches!(x.low.as_str(), "de" | "du" | "des" | "d'" | "au" | "aux")
    };
    // (over an apposition between commas: "Le rapport, remis au ministre, dresse …")
    let mut apposition = false;
    for j in ss + 1..(ss + 16).min(before - 1) {
        if t[j].text == "," {
            apposition = !apposition;
            continue;
        }
        // (inside the apposition, the dot of an honorific or a bracket is no end of the
        // subject: "Le rapport, remis à M. Roux, dresse …")
        if !t[j].is_word() {
            if apposition {
                continue;
            }
            return None;
        }
        if !apposition && !t[j].cap && !function_word(&t[j]) && !function_word(&t[j - 1]) {
            return Some(j);
        }
    }
    None
}

/// The inverted subject of a reporting clause that ends right before the comma at `k - 1`:
/// in "..., a répondu X, ajoutant que ...", the participle at `k` goes on with X.
pub(crate) fn inverted_subject_before(tk: &Toks, k: usize) -> Option<Np> {
    let t = &tk.t;
    // (a gerund's "en", "tout en" belong to the participle: "a-t-il lancé, tout en assurant")
    let mut k = k;
    if k > 0 && t[k - 1].low == "en" {
        k -= 1;
        if k > 0 && t[k - 1].low == "tout" {
            k -= 1;
        }
    }
    let (ss, _) = tk.sentence_of(k);
    if k < 2 || t[k - 1].text != "," {
        return None;
    }
    let c = (ss..k - 1).rev().take(16).find(|&j| t[j].text == ",")?;
    let g = grammar::group_from(tk, c + 1).filter(|g| g.kind == GroupKind::Active)?;
    let np = group_speaker(tk, &g, true)?;
    // the subject closes the clause, or the clitic sits inside the verb ("a-t-il souligné,"),
    // or adjuncts close it after them ("a-t-il déclaré lors d'un point presse, précisant")
    let end = if g.clitic.is_some() { g.end } else { np.e };
    (np.e == k - 1
        || (g.clitic.is_some() && g.end == k - 1)
        || (end < k - 1 && crate::indirect::only_adjuncts(tk, end, k - 1)))
    .then_some(np)
}

/// The subject of an absolute participle clause: in "..., répond X, Y soulignant que ...",
/// the name right before the participle at `k`, after a comma, is who underlines.
pub(crate) fn absolute_subject(tk: &Toks, k: usize) -> Option<Np> {
    let (s, e) = grammar::absolute_clause_name(tk, k)?;
    noun_phrase(tk, s, e).filter(|np| np.kind == NpKind::Person)
}

/// The speaker-like phrase a participle at token `k` is apposed to: `Le maire, estimant
/// que ...` (the phrase opens the sentence and a comma comes before the participle).
pub(crate) fn apposed_to(tk: &Toks, k: usize) -> Option<Np> {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(k);
    if k == 0 || t[k - 1].text != "," {
        return None;
    }
    let (s, e) = subject_before(tk, k - 1, ss)?;
    // "Le syndicat a critiqué la réforme, jugeant que": a chunk holding a verb is a clause,
    // whose subject ([`main_clause_subject`]) speaks, not the whole chunk
    if (s..e).any(|j| grammar::is_aux(&t[j])) {
        return None;
    }
    // ("Le rapport dresse un constat sévère, jugeant « … »": so is one with a verb in a
    // simple tense, told by a determiner after a word that is neither a preposition, a
    // conjunction nor a quantifier: in a noun phrase a determiner opens it or follows a
    // preposition; the subject is then the words before that verb)
    // ("du", "des" are "de" and an article: "Le président du club", "Le ministre chargé des
    // Transports" are noun phrases)
    let verb = (s + 1..e).find(|&j| {
        let w = &t[j - 1];
        grammar::is_determiner(&t[j])
            && !matches!(t[j].low.as_str(), "du" | "des")
            && w.is_word()
            && !w.cap
            && !grammar::is_preposition(w)
            && !matches!(
                w.low.as_str(),
                "de" | "d'" | "du" | "des" | "et" | "ou" | "tout" | "toute" | "tous" | "toutes"
            )
    });
    let e = verb.map_or(e, |j| j - 1);
    noun_phrase(tk, s, e).filter(|np| {
        s == ss
            && (matches!(np.kind, NpKind::Person | NpKind::Name)
                || (np.kind == NpKind::Role && np.role_head.is_some()))
    })
}

/// The person named at the start of the sentence holding token `before`, when the main
/// verb is not a reporting one: in "Le ministre, Manuel Valls, apportait son soutien à X,
/// en affirmant que ..." the subject is the first person the entity stage found in the
/// sentence's opening words (a person named later is an object or a complement).
pub(crate) fn person_opening(tk: &Toks, before: usize) -> Option<Np> {
    let (ss, _) = tk.sentence_of(before);
    let i = tk.persons.partition_point(|&(s, _)| s < ss);
    let &(s, e) = tk.persons.get(i)?;
    // within the opening words, where the subject stands: a role and its complements ("Le
    // ministre de l'Intérieur, ") may come first, eight tokens at most, but no other
    // preposition or attribution marker ("Selon Jean Morel, le ministre ...", "Face à X")
    let markers = depeche_lang::fr::attribution_markers();
    let complement = |k: usize| {
        let w = &tk.t[k];
        (grammar::is_preposition(w) && !matches!(w.low.as_str(), "de" | "du" | "des" | "d'"))
            || markers.contains_key(w.low.as_str())
    };
    // (a circumstance opening the sentence and closed by its comma is no part of the
    // subject's phrase: "Dans un entretien, X revient sur sa défaite.")
    let from = (ss..s)
        .rev()
        .find(|&k| tk.t[k].text == ",")
        .map_or(ss, |k| k + 1);
    if s >= before || s - from > 8 || s - ss > 16 || (from..s).any(complement) {
        return None;
    }
    noun_phrase(tk, s, e)
}

/// `par la Coordination rurale` after a passive participle.
pub(crate) fn agent_after(tk: &Toks, from: usize, se: usize) -> Option<Np> {
    let t = &tk.t;
    let k = (from..se.min(from + 3)).find(|&k| t[k].low == "par")?;
    let (s, e) = subject_after(tk, k + 1)?;
    noun_phrase(tk, s, e)
}

/// The subject at the start of a clause ending with a colon: `Sa voisine de quai, Inès
/// Roussel, hausse les épaules :`.
pub(crate) fn leading_subject(tk: &Toks, ss: usize, colon: usize) -> Option<Np> {
    let t = &tk.t;
    // a reporting verb in the clause gives the subject directly
    for k in ss..colon {
        if let Some(g) = verb_group(tk, k).filter(|g| g.kind == GroupKind::Active && g.end <= colon)
        {
            if let Some(np) = group_speaker(tk, &g, false) {
                return Some(np);
            }
        }
    }
    // "La réponse du gouvernement n'a pas tardé :", "Le message de X est clair :": the one
    // whose statement the clause names
    let nouns = depeche_lang::fr::statement_nouns();
    // ("Réaction immédiate de la CGT :": the noun may open the clause bare, as a heading
    // does, and take one adjective before its complement)
    let mut head = if grammar::is_determiner(&t[ss]) {
        ss + 1
    } else {
        ss
    };
    // ("Première réaction de X :", "Dernier avertissement de X :": an adjective of order or a
    // prenominal one may come first)
    if head + 1 < colon
        && (matches!(
            t[head].low.as_str(),
            "premier" | "première" | "dernier" | "dernière" | "seul" | "seule"
        ) || depeche_lang::fr::prenominal_adjectives().contains(t[head].low.as_str()))
        && nouns.contains(t[head + 1].low.as_str())
    {
        head += 1;
    }
    let is_de = |k: usize| matches!(t[k].low.as_str(), "de" | "du" | "des" | "d'");
    let de = if head + 1 < colon && is_de(head + 1) {
        Some(head + 1)
    } else if head + 2 < colon && t[head + 1].is_word() && !t[head + 1].cap && is_de(head + 2) {
        Some(head + 2)
    } else {
        None
    };
    if let Some(de) = de.filter(|&de| colon > de + 1 && nouns.contains(t[head].low.as_str())) {
        // the holder ends at the verb, a comma or a circumstance ("le bilan de l'entraîneur à
        // l'issue du tournoi était mitigé :"); "de" goes on with its complement
        let end = (de + 1..colon)
            .find(|&k| {
                grammar::is_aux(&t[k])
                    // ("La position du gouvernement reste inchangée :": a copula too)
                    || depeche_lang::fr::copulas().contains(t[k].low.as_str())
                    || matches!(t[k].low.as_str(), "," | "n'" | "ne")
                    || (k > de + 2
                        && grammar::is_preposition(&t[k])
                        && !matches!(t[k].low.as_str(), "de" | "du" | "des" | "d'"))
            })
            .unwrap_or(colon);
        let holder = noun_phrase(tk, de + 1, end).filter(|np| {
            matches!(np.kind, NpKind::Person | NpKind::Name)
                || (np.kind == NpKind::Role && np.role_head.is_some())
        });
        // ("Réaction du maire de Marseille, Benoît X :", "Le verdict de l'entraîneur,
        // Christophe Y, tombe :": the name in apposition to a role holder is who it is)
        let named = holder
            .as_ref()
            .filter(|np| np.kind == NpKind::Role && end < colon && t[end].text == ",")
            .and_then(|role| {
                let b = (end + 1..colon)
                    .find(|&k| matches!(t[k].text, "," | ":"))
                    .unwrap_or(colon);
                noun_phrase(tk, end + 1, b)
                    .filter(|np| np.kind == NpKind::Person)
                    .map(|np| Np {
                        role: np.role.clone().or_else(|| role.role.clone()),
                        role_head: np.role_head.clone().or_else(|| role.role_head.clone()),
                        ..np
                    })
            });
        if named.is_some() {
            return named;
        }
        if holder.is_some() {
            return holder;
        }
    }
    // "Dans un entretien au Figaro, X revient sur sa défaite :": a circumstance opening the
    // clause and closed by a comma names no speaker; the subject comes after it
    // ("Interrogé par Le Monde, X se veut rassurant :": so does a participle of interview)
    let ss = if grammar::is_preposition(&t[ss])
        || matches!(t[ss].low.as_str(), "lors" | "sur")
        || depeche_lang::fr::is_interview_participle(&t[ss].low)
    {
        (ss + 1..colon)
            .find(|&k| t[k].text == ",")
            .map_or(ss, |k| k + 1)
    } else {
        ss
    };
    if ss >= colon {
        return None;
    }
    // else the noun phrase around the first name of the clause, appositions included
    let runs = grammar::name_runs(tk, ss, colon);

    // "Ses convictions, il les puise dans le rêve : « ... »": a subject pronoun before any
    // name is the clause's subject and speaks (not an impersonal "il y a", "il faut")
    let first_name = runs.first().map_or(colon, |r| r.0);
    if let Some(p) = (ss..first_name).find(|&k| {
        matches!(t[k].low.as_str(), "il" | "elle" | "ils" | "elles")
            && t.get(k + 1).is_some_and(|x| {
                !matches!(
                    x.low.as_str(),
                    "y" | "faut"
                        | "fallait"
                        | "s'agit"
                        | "semble"
                        | "paraît"
                        | "suffit"
                        | "reste"
                        | "importe"
                        | "est"
                        | "était"
                        | "sera"
                )
            })
    }) {
        return noun_phrase(tk, p, p + 1);
    }
    // "Le maire revient sur sa défaite :": with no name, a titled subject opening the clause
    // (a title of two words may be capitalised, "Le Premier ministre est formel :", its first
    // word no name)
    let title_only = runs.len() == 1 && runs[0] == (ss + 1, ss + 2) && two_word_title(tk, ss + 1);
    let Some(&(_, re)) = runs.first().filter(|_| !title_only) else {
        return titled_opening(tk, ss, colon);
    };
    let mut e = re;
    if e < colon && t[e].text == "," {
        if let Some(c2) = (e + 1..colon).find(|&k| t[k].text == ",") {
            e = c2;
        }
    }
    let (s, e) = subject_before(tk, e, ss)?;
    noun_phrase(tk, s, e)
}

/// Whether tokens `k` and `k + 1` are a title of two words of the lexicon (`premier
/// ministre`, `garde des sceaux`'s like).
fn two_word_title(tk: &Toks, k: usize) -> bool {
    let t = &tk.t;
    t.get(k + 1).is_some_and(|n| {
        depeche_lang::fr::titles().contains_key(format!("{} {}", t[k].low, n.low).as_str())
    })
}

/// A role opening the clause `[ss, e)`: a determiner, a title from the lexicon and its
/// complements (`le maire`, `la porte-parole du ministère`), as a speaker.
fn titled_opening(tk: &Toks, ss: usize, e: usize) -> Option<Np> {
    let t = &tk.t;
    let two = two_word_title(tk, ss + 1);
    if ss + 2 > e
        || !grammar::is_determiner(&t[ss])
        || !(two || depeche_lang::fr::titles().contains_key(t[ss + 1].low.as_str()))
    {
        return None;
    }
    // the complements: "de"/"du"/"des"/"d'" and the words they govern, up to the verb
    let mut k = if two { ss + 3 } else { ss + 2 };
    while k + 1 < e && matches!(t[k].low.as_str(), "de" | "du" | "des" | "d'") {
        k += 2;
        while k < e && (t[k].cap || matches!(t[k].low.as_str(), "l'" | "la" | "le" | "les")) {
            k += 1;
        }
    }
    noun_phrase(tk, ss, k.min(e)).filter(|np| np.kind == NpKind::Role && np.role_head.is_some())
}
