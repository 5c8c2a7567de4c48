//! Indirect speech: the clauses a reporting verb, `selon X`, an inverted closing cue, `comme
//! le dit X`, a statement noun or a continuation in the conditional report, each with the
//! source its construction names.

use super::*;

/// `X a affirmé que CLAUSE.`: the que-clause of a reporting verb.
pub(crate) fn indirect_que(
    tk: &Toks,
    in_marks: &dyn Fn(usize) -> bool,
    marked: &[Marked],
    out: &mut Vec<Cand>,
) {
    let t = &tk.t;
    let mut i = 0;
    while i < t.len() {
        let Some(g) = verb_group(tk, i) else {
            i += 1;
            continue;
        };
        i = g.end.max(i + 1);
        // "X a critiqué la liste et estimé que ...": a participle coordinated with an active
        // group before it shares that group's auxiliary and subject
        let coordinated = (g.kind == GroupKind::Passive
            && g.start == g.end - 1
            && g.start > 0
            && t[g.start - 1].low == "et")
            .then(|| {
                let (ss, _) = tk.sentence_of(g.start);
                (ss..g.start - 1)
                    .rev()
                    .filter_map(|k| verb_group(tk, k))
                    .find(|h| h.kind == GroupKind::Active && h.end < g.start)
                    // (in the same clause: "a entendu la victime, choquée et informée que" is
                    // an apposition's passive; a comma right before the "et" closes the first
                    // verb's object: "a salué la décision, et souhaité que")
                    .filter(|h| !(h.end..g.start - 2).any(|k| t[k].text == ","))
            })
            .flatten();
        let g = match &coordinated {
            Some(_) => VerbGroup {
                kind: GroupKind::Active,
                ..g
            },
            None => g,
        };
        if g.kind == GroupKind::Passive || in_marks(t[g.start].s) {
            continue;
        }
        // "X s'est dit satisfait des résultats": "se dire" with an attribute reports it
        // (the pronoun of "s'est contenté de dire" is the semi-auxiliary's: its "dire" reports
        // a que-clause, no attribute)
        let reflexive = matches!(t[g.start].low.as_str(), "s'" | "se")
            && !(g.start..g.end).any(|k| {
                depeche_lang::fr::semi_auxiliaries().contains(t[k].low.as_str())
                    && !matches!(t[k].low.as_str(), "s'" | "se")
            });
        if matches!(g.lemma, "dire" | "se dire") && reflexive && g.kind == GroupKind::Active {
            if let Some(cand) = said_attribute(tk, &g, marked) {
                out.push(cand);
            }
            continue;
        }
        // "X s'est déclaré très satisfait des discussions": "se déclarer" with an adjective
        // reports it as "se dire" does ("s'est déclaré candidat", "en faillite" do not)
        if g.lemma == "déclarer"
            && reflexive
            && g.kind == GroupKind::Active
            && declared_adjective(tk, g.end)
        {
            if let Some(cand) = said_attribute(tk, &g, marked) {
                out.push(cand);
                continue;
            }
        }
        if g.kind == GroupKind::Active && depeche_lang::fr::charge_verbs().contains(g.lemma) {
            if let Some(cand) = charge_clause(tk, &g, marked) {
                out.push(cand);
                continue;
            }
        }
        if !g.que {
            continue;
        }
        // "il affirme avoir été menacé": the infinitive clause of a declarative verb
        if g.kind == GroupKind::Active
            && !grammar::que_follows(tk, &g)
            && depeche_lang::fr::infinitive_reports().contains(g.lemma)
        {
            if let Some(cand) = infinitive_report(tk, &g, marked) {
                out.push(cand);
                continue;
            }
        }
        let (_, se) = tk.sentence_of(g.start);
        // "que" within a few tokens: "a affirmé lundi que", "a indiqué à l'AFP qu'", or
        // after an incise between commas: "a estimé, dans un entretien au Monde, que"
        let reach = if t.get(g.end).is_some_and(|x| x.text == ",") {
            (g.end + 1..(g.end + 16).min(se))
                .find(|&k| t[k].text == ",")
                .map_or(8, |k| k + 2 - g.end)
        } else {
            // (brackets of an acronym do not count: "a affirmé mardi sur Radio France
            // Internationale (RFI) que")
            8 + (g.end..(g.end + 12).min(se))
                .filter(|&k| matches!(t[k].text, "(" | ")"))
                .count()
        };
        // (a title in marks, a newspaper's name, is crossed: "a déclaré dans « Le Monde »
        // que"; its marks and words count in the reach)
        let title = |k: usize| {
            marks::containing(marked, t[k].e).is_some_and(|m| {
                m.open == t[k].s
                    && tk.text[m.s..m.e].split_whitespace().count() <= 4
                    && tk.text[m.s..m.e].starts_with(char::is_uppercase)
            })
        };
        let titled =
            (g.end..(g.end + 6).min(se)).any(|k| matches!(t[k].text, "«" | "“") && title(k));
        let reach = reach + if titled { 6 } else { 0 };
        let near = (g.end..(g.end + reach.max(8)).min(se))
            .take_while(|&k| {
                !matches!(t[k].text, "." | ":" | ";" | "\"")
                    && (!matches!(t[k].text, "«" | "“") || title(k))
            })
            .find(|&k| matches!(t[k].low.as_str(), "que" | "qu'"))
            // "a répondu X, ajoutant qu'...": a participle in between owns the "que" (but not
            // a noun that looks like a verb: "a répété à plusieurs reprises que")
            // (nor one coordinated after it: "a rappelé les enjeux et estimé que …" is
            // estimer's)
            // (nor one whose own "que" it is: "…, a précisé la préfecture, qui a assuré que")
            .filter(|&q| {
                !(g.end..q).any(|k| {
                    (t[k].verbish
                        && grammar::group_from(tk, k).is_some_and(|h| h.kind == GroupKind::Gerund))
                        || (k > g.end
                            && t[k - 1].low == "et"
                            && verb_group(tk, k).is_some_and(|h| h.start == k && h.que))
                        || (k > g.end
                            && verb_group(tk, k).is_some_and(|h| h.end == q && h.que)
                            && !noun_after_preposition(tk, k))
                })
            })
            // "a rappelé les engagements que le gouvernement a pris": a determiner and a
            // noun right after the verb take the "que" as their relative pronoun, unless the
            // noun's clause is its content ("a émis l'hypothèse que") or the verb tells a
            // person something ("a prévenu les élus que")
            .filter(|&q| {
                let object = q >= g.end + 2
                    && q <= g.end + 3
                    && grammar::is_determiner(&t[g.end])
                    && (g.end + 1..q).all(|k| t[k].is_word() && !t[k].cap);
                // ("a dénoncé le fait que …": what is denounced or welcomed is the clause)
                // (after a verb of judgment only: "a raconté le fait que tout le monde
                // connaissait" is a relative)
                let the_fact = q == g.end + 2
                    && t[g.end].low == "le"
                    && t[g.end + 1].low == "fait"
                    && depeche_lang::fr::fact_judging_verbs().contains(g.lemma);
                !object
                    || the_fact
                    || (g.end + 1..q).any(|k| grammar::time_noun(&t[k].low))
                    || depeche_lang::fr::content_nouns().contains(t[q - 1].low.as_str())
                    || depeche_lang::fr::content_nouns().contains(t[g.end + 1].low.as_str())
                    || depeche_lang::fr::person_object_que_verbs().contains(g.lemma)
            });
        // "a annoncé mardi soir à Paris, devant ses partisans, que ...": adjuncts of any
        // length, the last one closed by a comma right before "que"
        let after_adjuncts = || {
            (g.end..(g.end + 20).min(se))
                .take_while(|&k| !matches!(t[k].text, "." | ":" | ";" | "«" | "“" | "\""))
                .find(|&k| {
                    t[k].text == ","
                        && t.get(k + 1)
                            .is_some_and(|x| matches!(x.low.as_str(), "que" | "qu'"))
                })
                .map(|k| k + 1)
        };
        // "X a précisé : la réunion aura lieu demain.": a colon with no quote mark after it
        // introduces the statement itself
        // ("ne le cache pas :": the negation's second word comes first)
        let mut ck = if t
            .get(g.end)
            .is_some_and(|x| matches!(x.low.as_str(), "pas" | "plus"))
        {
            g.end + 1
        } else {
            g.end
        };
        // "l'a rappelé hier :", "explique le danger :", "a averti les députés :": a time word
        // or a short object may stand between the verb and the colon (with its complement:
        // "confirme la tendance de l'année :", "rappelle une règle connue de tous :")
        while t
            .get(ck)
            .is_some_and(|x| grammar::TIME_WORDS.contains(&x.low.as_str()))
        {
            ck += 1;
        }
        let mut long_object = false;
        if t.get(ck).is_some_and(grammar::is_determiner) {
            if let Some(c) = (ck + 2..(ck + 7).min(se))
                .take_while(|&k| t[k].is_word() || t[k].text == ":")
                .find(|&k| t[k].text == ":")
            {
                long_object = c >= ck + 5;
                ck = c;
            }
        }
        // (after an object with its complement, a clause with its verb, not a list of figures:
        // "promet une autonomie accrue de son système : de 3 h 30 à 6 h 30 …")
        let colon = t.get(ck).is_some_and(|x| x.text == ":")
            && (!long_object || {
                let e = clause_end(tk, se, ck + 1);
                grammar::has_verb_signal(tk, ck + 1, e) || (ck + 2..e).any(|k| bare_verb(tk, k))
            })
            && t.get(ck + 1)
                .is_some_and(|x| x.sent == t[g.start].sent && x.is_word() && !in_marks(x.s));
        // "a déclaré à l'issue d'une réunion avec les syndicats lundi soir que …": a long
        // adjunct opened by a preposition and closed by a time word, no verb or punctuation
        // in it (a "que" after a noun could be a relative; after a time word it is not)
        let after_long_adjunct = || {
            if !t.get(g.end).is_some_and(grammar::is_preposition) {
                return None;
            }
            // (a date's day in it, and a month or any time noun closing it: "dans
            // l'après-midi de ce vendredi 19 septembre qu'il")
            let q = (g.end + 1..(g.end + 20).min(se))
                .take_while(|&k| {
                    (t[k].is_word() || t[k].kind == depeche_article::TokenKind::Number)
                        && !grammar::is_aux(&t[k])
                        && !matches!(t[k].low.as_str(), "qui")
                })
                .find(|&k| matches!(t[k].low.as_str(), "que" | "qu'"))?;
            // (no comparison's "que", no infinitive: "s'est engagée à moderniser ses trains
            // au même standard Mallard que son parc")
            if (g.end + 1..q).any(|k| {
                matches!(
                    t[k].low.as_str(),
                    "même" | "plus" | "moins" | "aussi" | "autant" | "tel" | "telle" | "si"
                ) || (!t[k].cap && depeche_lang::fr::looks_like_infinitive(&t[k].low))
            }) {
                return None;
            }
            let before = t[q - 1].low.as_str();
            // (or by a proper name, which takes no relative "que": "sur les ondes de Radio
            // Côte d'Ivoire que", "à des journalistes de Maiduguri que")
            (grammar::TIME_WORDS.contains(&before)
                || matches!(
                    before,
                    "soir" | "matin" | "après-midi" | "midi" | "dernier" | "dernière"
                )
                || grammar::time_noun(before)
                || (t[q - 1].namey && q > g.end + 2))
                .then_some(q)
        };
        let Some(q) = near
            .or_else(after_adjuncts)
            .or_else(after_long_adjunct)
            .or(colon.then_some(ck))
        else {
            continue;
        };
        // "alors que", "tandis que": an adverbial clause, not what the verb reports
        if q > g.end && depeche_lang::fr::conjunction_que().contains(t[q - 1].low.as_str()) {
            continue;
        }
        // "explique aux habitants les transformations que subit la commune", "raconte ce que
        // vivent les réfugiés": after a noun or "ce", a "que" followed by a verb and then its
        // subject is a relative pronoun, the object of that verb; nothing is reported (a
        // content noun's clause is its content: "l'idée que seule la ville paiera")
        // (not after a verb telling a person, whose object comes before its "que": "a informé
        // les élus que subsiste un risque")
        if q > g.end
            && q + 2 < se
            && !depeche_lang::fr::person_object_que_verbs().contains(g.lemma)
            && relative_inverted(tk, q)
        {
            continue;
        }
        // "précise que : « ... »": the colon only announces the quotation
        // (and "a ajouté que, dans ces conditions, …": the comma opening an incise is no word
        // of the statement)
        let cs = if t.get(q + 1).is_some_and(|x| matches!(x.text, ":" | ",")) {
            q + 2
        } else {
            q + 1
        };
        // (past the incise the comma opens: "que, sinon, il saisirait la justice")
        let from = if t[cs - 1].text == "," {
            (cs..se)
                .find(|&k| t[k].text == ",")
                .map_or(cs, |k| k + 1)
                .min(se)
        } else {
            cs
        };
        let mut ce = before_announced_quote(tk, cs, clause_end(tk, se, from));
        // "X, estimant que CLAUSE, refuse ...": a participle in apposition ends at its comma,
        // and so does a relative clause ("X, qui a affirmé que CLAUSE, a quitté la salle")
        let apposed = g.kind == GroupKind::Gerund && g.start > 0 && t[g.start - 1].text == ",";
        let relative = g.start > 1 && t[g.start - 1].low == "qui" && t[g.start - 2].text == ",";
        // "En annonçant que CLAUSE, X a surpris ...": a gerund opening the sentence ends at its
        // comma too, and the main clause's subject after it is who announced
        let (sent_start, _) = tk.sentence_of(g.start);
        let fronted = grammar::opens_sentence(tk, &g);
        // "Si la maire pense que CLAUSE, les ingénieurs en doutent": a que-clause inside a
        // fronted "si" clause ends at the comma closing it
        let conditional = matches!(t[sent_start].low.as_str(), "si" | "s'")
            && !(sent_start..g.start).any(|k| t[k].text == ",");
        let mut main_after = None;
        // (the "si" clause closes at the comma before the main clause's subject, not at one
        // opening an apposition inside the reported clause: "Si X a confirmé que les travaux,
        // prévus en juin, seraient reportés, il n'a pas donné de date")
        let commas: Vec<usize> = (from..ce)
            .filter(|&k| t[k].text == "," && !in_marks(t[k].s))
            .collect();
        let main_comma = || {
            let clitic = |k: usize| {
                t.get(k + 1).is_some_and(|x| {
                    matches!(
                        x.low.as_str(),
                        "il" | "elle" | "ils" | "elles" | "on" | "c'" | "ce"
                    )
                })
            };
            let subject = |k: usize| {
                t.get(k + 1)
                    .is_some_and(|x| grammar::is_determiner(x) || x.cap)
            };
            commas
                .iter()
                .copied()
                .find(|&k| clitic(k))
                .or_else(|| commas.iter().copied().rev().find(|&k| subject(k)))
                .or_else(|| commas.first().copied())
        };
        if apposed || relative || fronted || conditional {
            let first = if conditional {
                main_comma()
            } else {
                commas.first().copied()
            };
            if let Some(k) = first {
                ce = clause_end(tk, k, cs);
                main_after = fronted.then_some(k + 1);
            }
        }
        if cs >= ce {
            continue;
        }
        let (bs, be) = (t[cs].s, t[ce - 1].e);
        // a clause wholly in quote marks is a direct quotation only
        if marks::containing(marked, bs).is_some_and(|m| be <= m.close + 1 && m.open + 3 >= bs) {
            continue;
        }
        // "des analyses révélant que ...": a participle right after a common noun that is
        // not a document speaking for its author describes that noun; no one speaks
        let describes_noun = g.kind == GroupKind::Gerund
            && g.start > 1
            && t[g.start - 1].is_word()
            && grammar::is_determiner(&t[g.start - 2])
            && !t[g.start - 1].cap
            && !depeche_lang::fr::is_source_document(t[g.start - 1].low.as_str())
            && !depeche_lang::fr::titles().contains_key(t[g.start - 1].low.as_str());
        if describes_noun {
            continue;
        }
        let np = if let Some(m) = main_after {
            speaking_subject(tk, m, se)
        } else if g.kind == GroupKind::Gerund {
            // "X, estimant que ..., refuse": the phrase the participle is apposed to speaks;
            // "TVE a émis un communiqué affirmant que ...": else the main clause's subject
            apposed_to(tk, g.start)
                .or_else(|| absolute_subject(tk, g.start))
                .or_else(|| inverted_subject_before(tk, g.start))
                .or_else(|| main_clause_subject(tk, g.start))
                .or_else(|| person_opening(tk, g.start))
        } else {
            // "certains habitants estiment que ...": a plain noun phrase is the subject
            // when no name, title or pronoun is
            group_speaker(tk, coordinated.as_ref().unwrap_or(&g), false).or_else(|| {
                let (s, e) = subject_before(tk, g.start, 0)?;
                grammar::plain_np(tk, s, e)
            })
        };
        out.push(Cand::indirect(
            bs,
            be,
            Some(cue_of(tk, &g)),
            t[g.start].s,
            narrative_infinitive(tk, &g).or(np.map(Source::Np)),
        ));
    }
}

/// Whether the "que" at token `q`, after a noun or "ce", opens a relative clause whose subject
/// follows its verb (`les transformations que subit la commune`, `ce que vivent les
/// réfugiés`): the word after "que" is a lower-case word that no list knows as opening a
/// que-clause before its subject (a determiner, a pronoun, a preposition, an adverb), and a
/// determiner or a capitalised word follows it.
fn relative_inverted(tk: &Toks, q: usize) -> bool {
    let t = &tk.t;
    let before = &t[q - 1];
    // (a time word or an adverb is no noun, "a assuré hier que"; nor is the person told,
    // "a expliqué aux journalistes que": a relative after an indirect object is rare)
    let told = q >= 3
        && (matches!(t[q - 2].low.as_str(), "aux" | "au")
            || (t[q - 3].low == "à" && grammar::is_determiner(&t[q - 2])));
    let after_noun = before.is_word()
        && (before.low == "ce"
            || (!before.cap
                && !told
                && !grammar::is_determiner(before)
                && !grammar::is_preposition(before)
                && !grammar::TIME_WORDS.contains(&before.low.as_str())
                && !grammar::time_noun(&before.low)
                && !depeche_lang::fr::linking_adverbs().contains(before.low.as_str())
                && !before.low.ends_with("ment")
                && !depeche_lang::fr::content_nouns().contains(before.low.as_str())));
    // ("ce qu'a vécu la famille": an auxiliary and its participle)
    let auxiliary = grammar::is_aux(&t[q + 1]) && q + 3 < t.len();
    let (v, n) = if auxiliary {
        (&t[q + 2], &t[q + 3])
    } else {
        (&t[q + 1], &t[q + 2])
    };
    // the verb is told by a finite ending of the third person (subit, vivent, a vécu), which
    // numbers (trois, quatre), adverbs (certes, sitôt) and prepositions (durant, hormis) lack
    let finite = auxiliary
        || (["ent", "ait", "it", "ut", "ont", "a", "e"]
            .iter()
            .any(|x| v.low.ends_with(x))
            && !v.low.contains('-')
            && !v.low.ends_with("ée")
            && !grammar::cardinal(v)
            && !matches!(
                v.low.as_str(),
                "une"
                    | "treize"
                    | "quatorze"
                    | "seize"
                    | "souvent"
                    | "parfois"
                    | "longtemps"
                    | "comme"
                    | "entre"
                    | "contre"
                    | "outre"
                    | "presque"
                    | "quelque"
            ));
    let verb = v.is_word()
        && finite
        && !v.cap
        && !grammar::is_determiner(v)
        && !grammar::is_preposition(v)
        && !grammar::TIME_WORDS.contains(&v.low.as_str())
        && !v.low.ends_with("ment")
        && !depeche_lang::fr::que_clause_openers().contains(v.low.as_str())
        && !depeche_lang::fr::linking_adverbs().contains(v.low.as_str());
    after_noun && verb && (grammar::is_determiner(n) || n.cap)
}

/// `Et d'ajouter : « ... »`, `Et de conclure que ...`: the narrative infinitive goes on with
/// the person the previous sentence was about, or else with the last speaker.
pub(crate) fn narrative_infinitive(tk: &Toks, g: &VerbGroup) -> Option<Source> {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(g.start);
    // "X a assuré que ..., avant d'ajouter que ...": the infinitive after "avant de" goes on
    // with the main clause's subject; opening its sentence ("Avant d'ajouter : « ... »"), with
    // the person the previous sentence was about, or else the last speaker
    let before = g.start > ss
        && t[g.start - 1].low == "avant"
        && matches!(t[g.start].low.as_str(), "de" | "d'");
    // "X a quitté la salle après avoir précisé que ...": likewise
    let after = g.start > ss && t[g.start - 1].low == "après" && t[g.start].low == "avoir";
    if before || after {
        if g.start - 1 > ss {
            return main_clause_subject(tk, g.start - 1).map(Source::Np);
        }
        return Some(carried_on(tk, ss));
    }
    // the group may start at "de", which also links semi-auxiliaries ("vient de préciser")
    if !(ss + 1..=ss + 2).contains(&g.start)
        || g.end <= ss + 2
        || t[ss].low != "et"
        || !matches!(t[ss + 1].low.as_str(), "de" | "d'")
    {
        return None;
    }
    Some(carried_on(tk, ss))
}

/// Who a sentence starting at token `ss` with no subject of its own goes on with: the person
/// the previous sentence of the paragraph was about, or else the last speaker.
fn carried_on(tk: &Toks, ss: usize) -> Source {
    let t = &tk.t;
    let previous = (ss > 0)
        .then(|| tk.sentence_of(ss - 1))
        .filter(|&(ps, _)| t[ps].para == t[ss].para)
        .and_then(|(ps, pe)| person_subject(tk, ps, pe));
    previous.map_or(Source::Previous, Source::Np)
}

/// `X affirme avoir vu ...`, `X dit ne rien regretter`: the infinitive clause right after a
/// declarative verb.
pub(crate) fn infinitive_report(tk: &Toks, g: &VerbGroup, marked: &[Marked]) -> Option<Cand> {
    let t = &tk.t;
    // "a annoncé mardi avoir détecté": a time word may come between
    let mut k = g.end;
    while t
        .get(k)
        .is_some_and(|x| grammar::TIME_WORDS.contains(&x.low.as_str()))
    {
        k += 1;
    }
    let sent = t[g.start].sent;
    // "a reconnu devant le tribunal avoir rendu des services", "a affirmé à la presse être
    // innocent": a short adjunct opened by a preposition may come between too, before an
    // auxiliary or a modal only (a lexical infinitive there is the adjunct's own)
    if let Some(j) = adjunct_then_auxiliary(tk, k) {
        k = j;
    }
    let from = k;
    // the auxiliaries and modal verbs open most such clauses; after a verb that only states
    // (`avoue`, `dit`, not `pense`), any infinitive does (`avoue ne pas comprendre`), told by
    // its ending unless a word that may be a determiner comes first (`a concédé la victoire`)
    let any = !depeche_lang::fr::infinitive_reports_aux_only().contains(g.lemma);
    let infinitive = |k: usize, open: bool| {
        t.get(k).filter(|x| x.sent == sent).is_some_and(|x| {
            let w = x.low.as_str();
            matches!(
                w,
                "avoir"
                    | "être"
                    | "vouloir"
                    | "pouvoir"
                    | "devoir"
                    | "savoir"
                    | "faire"
                    | "ignorer"
            ) || (open && !x.cap && depeche_lang::fr::looks_like_infinitive(w))
        })
    };
    // a negation may come first, then object clitics (`dit l'avoir vu`, `affirme ne pas lui
    // devoir`): a clitic counts only when an infinitive follows it
    if t.get(k)
        .is_some_and(|x| matches!(x.low.as_str(), "ne" | "n'"))
        && t.get(k + 1)
            .is_some_and(|x| matches!(x.low.as_str(), "pas" | "rien" | "jamais" | "plus"))
    {
        k += 2;
    } else if t.get(k).is_some_and(|x| x.low == "n'") {
        // "affirme n'avoir jamais frappé", "assure n'être au courant de rien": the elided
        // negation before the infinitive's auxiliary; a clitic may stand between, and the
        // negation's second word after it ("dit n'en rien savoir", "n'y être pour rien")
        let mut j = k + 1;
        if t.get(j)
            .is_some_and(|x| matches!(x.low.as_str(), "en" | "y"))
        {
            j += 1;
        }
        if t.get(j)
            .is_some_and(|x| matches!(x.low.as_str(), "rien" | "jamais" | "plus" | "pas"))
        {
            j += 1;
        }
        if infinitive(k + 1, false) {
            k += 1;
        } else if j > k + 1 && infinitive(j, false) {
            k = j;
        }
    }
    let mut open = any;
    while k < g.end + 6 && !infinitive(k, open) {
        match t.get(k).map(|x| x.low.as_str()) {
            Some("l'" | "le" | "la" | "les" | "leur") => open = false,
            Some("lui" | "y" | "en" | "s'" | "se" | "m'" | "me") => {}
            _ => return None,
        }
        k += 1;
    }
    if !infinitive(k, open) {
        return None;
    }
    complement_clause(tk, g, from, marked)
}

/// The token of an auxiliary or modal infinitive right after a short adjunct that a
/// preposition opens at `k` (`devant le tribunal avoir`, `à l'AFP être`): up to six words, no
/// punctuation.
fn adjunct_then_auxiliary(tk: &Toks, k: usize) -> Option<usize> {
    let t = &tk.t;
    let opens = t.get(k).is_some_and(|x| {
        matches!(
            x.low.as_str(),
            "devant" | "à" | "au" | "aux" | "auprès" | "dans" | "sur" | "lors" | "face"
        )
    });
    if !opens {
        return None;
    }
    (k + 2..(k + 8).min(t.len()))
        .take_while(|&j| t[j].is_word() && t[j].sent == t[k].sent)
        .find(|&j| {
            matches!(
                t[j].low.as_str(),
                "avoir" | "être" | "vouloir" | "pouvoir" | "devoir" | "ne" | "n'"
            )
        })
        // (not an infinitive a preposition of the adjunct governs: "aux familles prêtes à
        // être relogées")
        .filter(|&j| {
            (k + 1..j).all(|i| t[i].is_word() && !matches!(t[i].low.as_str(), "que" | "qu'"))
                && !matches!(
                    t[j - 1].low.as_str(),
                    "à" | "de" | "d'" | "pour" | "sans" | "par"
                )
        })
}

/// `X accuse le maire d'avoir menti`, `X reproche au club de cacher ses comptes`: the
/// infinitive after "de" is the charge the subject makes.
pub(crate) fn charge_clause(tk: &Toks, g: &VerbGroup, marked: &[Marked]) -> Option<Cand> {
    let t = &tk.t;
    let (_, se) = tk.sentence_of(g.start);
    let infinitive = |w: &str| {
        matches!(w, "être" | "avoir") || ["er", "ir", "re", "oir"].iter().any(|x| w.ends_with(x))
    };
    let de = (g.end..se.min(g.end + 12))
        .take_while(|&k| !matches!(t[k].text, "." | ";" | ":" | "«" | "“" | "\""))
        .find(|&k| {
            matches!(t[k].low.as_str(), "de" | "d'")
                && t.get(k + 1)
                    .is_some_and(|x| x.sent == t[k].sent && !x.cap && infinitive(&x.low))
        })?;
    let ce = before_announced_quote(tk, de + 1, clause_end(tk, se, de + 1));
    if ce <= de + 2 {
        return None;
    }
    let (bs, be) = (t[de + 1].s, t[ce - 1].e);
    if marks::containing(marked, bs).is_some() {
        return None;
    }
    reported_by_subject(tk, g, bs, be)
}

/// `X s'est dit prêt à négocier`: the attribute of "se dire" and what follows it in its clause.
/// Whether the word at `k`, past a degree adverb, is an adjective of attitude after "se
/// déclarer" (`satisfait`, `favorable`, `opposé`; data `attitude_adjectives.txt`), not one of
/// status (`incompétent`, `forfait`, `blessé`) nor a noun (`candidat`).
fn declared_adjective(tk: &Toks, k: usize) -> bool {
    let t = &tk.t;
    let mut k = k;
    if t.get(k).is_some_and(|x| {
        matches!(
            x.low.as_str(),
            "très" | "plutôt" | "assez" | "si" | "tout" | "fort"
        ) || x.low.ends_with("ment")
    }) {
        k += 1;
    }
    let Some(w) = t.get(k).filter(|x| x.is_word() && !x.cap) else {
        return false;
    };
    adjective_in(depeche_lang::fr::attitude_adjectives(), &w.low)
}

/// Whether the adjective `w` (lower case, any gender and number) is in `words`, a list of
/// masculine singular forms: `persuadées` → `persuadé`, `inquiète` → `inquiet`, `heureuse` →
/// `heureux`, `fière` → `fier`.
fn adjective_in(words: &depeche_lang::hash::HashSet<&str>, w: &str) -> bool {
    [
        Some(w),
        w.strip_suffix("es"),
        w.strip_suffix('s'),
        w.strip_suffix('e'),
    ]
    .into_iter()
    .flatten()
    .any(|x| words.contains(x))
        || w.strip_suffix("ète")
            .is_some_and(|x| words.contains(format!("{x}et").as_str()))
        || w.strip_suffix("euse")
            .is_some_and(|x| words.contains(format!("{x}eux").as_str()))
        || w.strip_suffix("ière")
            .is_some_and(|x| words.contains(format!("{x}ier").as_str()))
}

pub(crate) fn said_attribute(tk: &Toks, g: &VerbGroup, marked: &[Marked]) -> Option<Cand> {
    let t = &tk.t;
    let first = t.get(g.end).filter(|x| x.sent == t[g.start].sent)?;
    // an attribute is an adjective or a participle: a lower-case word that is no determiner,
    // preposition or conjunction ("s'est dit que", "se dit à lui-même" are something else)
    if !first.is_word()
        || first.cap
        || grammar::is_determiner(first)
        || grammar::is_preposition(first)
        || matches!(
            first.low.as_str(),
            "que" | "qu'" | "et" | "ou" | "il" | "elle"
        )
    {
        return None;
    }
    // "s'est dit convaincu que P": the adjective of conviction before its "que" is the
    // speaker's stance, P the statement (read as after "est convaincu que")
    let conviction = adjective_in(depeche_lang::fr::conviction_adjectives(), &first.low);
    if conviction
        && t.get(g.end + 1)
            .is_some_and(|x| matches!(x.low.as_str(), "que" | "qu'"))
    {
        // ("se dit persuadé que, malgré les critiques, P": an incise right after "que")
        let mut from = g.end + 2;
        if t.get(from).is_some_and(|x| x.text == ",") {
            if let Some(k) = (from + 1..(from + 12).min(t.len()))
                .take_while(|&k| t[k].sent == t[from].sent)
                .find(|&k| t[k].text == ",")
            {
                from = k + 1;
            }
        }
        let after_que = VerbGroup { end: from, ..*g };
        return complement_clause(tk, &after_que, after_que.end, marked);
    }
    // ("s'est dit confiant, assurant que P": a reporting participle after a comma opens a
    // statement of its own, and the attribute ends before it)
    let mut cand = complement_clause(tk, g, g.end, marked)?;
    let last = tk.at_byte(cand.e.saturating_sub(1));
    if let Some(k) = (g.end + 1..last).find(|&k| {
        t[k].text == ","
            && grammar::group_from(tk, k + 1).is_some_and(|h| h.kind == GroupKind::Gerund)
    }) {
        cand.e = t[k - 1].e;
    }
    Some(cand)
}

/// The rest of a reporting verb's clause, from token `from` (the word after the verb group,
/// or past a time word or an adjunct) to the clause's end, as an indirect statement by the
/// group's subject (not when it opens inside marks).
pub(crate) fn complement_clause(
    tk: &Toks,
    g: &VerbGroup,
    from: usize,
    marked: &[Marked],
) -> Option<Cand> {
    let t = &tk.t;
    let (_, se) = tk.sentence_of(g.start);
    let mut ce = clause_end(tk, se, from);
    // "X, qui reconnaît être fatigué, ne se représente pas": a relative between commas ends
    // at its comma, as a que-clause in one does
    // (at the comma before the main clause's verb when one is seen, "qui dit avoir vu la
    // voiture, le conducteur et la victime, a témoigné"; else at the first)
    if g.start > 1 && t[g.start - 1].low == "qui" && t[g.start - 2].text == "," {
        let commas = || (g.end..ce).filter(|&k| t[k].text == ",");
        let before_verb = commas().find(|&k| {
            t.get(k + 1).is_some_and(|x| {
                grammar::is_aux(x)
                    || matches!(x.low.as_str(), "ne" | "n'")
                    || verb_group(tk, k + 1).is_some_and(|v| v.start == k + 1)
            })
        });
        if let Some(k) = before_verb.or_else(|| commas().next()) {
            ce = k;
        }
    }
    if ce <= from + 1 {
        return None;
    }
    let (bs, be) = (t[from].s, t[ce - 1].e);
    if marks::containing(marked, bs).is_some() {
        return None;
    }
    reported_by_subject(tk, g, bs, be)
}

/// `CLAUSE comme le précise X`, `CLAUSE, comme l'a souligné X :`: the clause before "comme" is
/// what the inverted subject said.
pub(crate) fn indirect_comme(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
    let t = &tk.t;
    for k in 0..t.len() {
        if !subjects::is_comme(tk, k) || marks::containing(marked, t[k].s).is_some() {
            continue;
        }
        let Some(g) = (k + 1..(k + 4).min(t.len()))
            .find_map(|j| grammar::group_from(tk, j))
            .filter(|g| {
                g.kind == GroupKind::Active
                    && comme_inverted(tk, g)
                    && !grammar::que_follows(tk, g)
                    && !depeche_lang::fr::comme_wish_verbs().contains(g.lemma)
            })
        else {
            continue;
        };
        let Some(np) = group_speaker(tk, &g, false) else {
            continue;
        };
        let (ss, se) = tk.sentence_of(k);
        // ("Ainsi que l'a dit X, CLAUSE": the sentence opens one word before the "que")
        let opens = k == ss || (k == ss + 1 && t[k].low == "que");
        let (cs, ce, np) = if opens {
            // "Comme l'a rappelé X, CLAUSE.": the clause follows the source's comma, or that
            // of its apposition ("Comme l'a dit le maire, Paul Roux, CLAUSE"); a name read on
            // past the comma into the clause is cut there
            let Some(mut comma) = (np.s..se).find(|&j| t[j].text == ",") else {
                continue;
            };
            let np = if np.e > comma {
                match noun_phrase(tk, np.s, comma) {
                    Some(np) => np,
                    None => continue,
                }
            } else {
                np
            };
            // (only a name after a role, or a role after a name, and not the clause's own
            // subject before a relative: "Comme l'a dit le préfet, Anne Colin, qui a été
            // blessée, sera décorée"; nor the first of a list: "…, Paris, Lyon et Marseille")
            if let Some(next) = (comma + 1..se).find(|&j| t[j].text == ",") {
                let kind = noun_phrase(tk, comma + 1, next).map(|p| p.kind);
                let pairs = match np.kind {
                    NpKind::Role => kind == Some(NpKind::Person),
                    NpKind::Person | NpKind::Name => {
                        kind == Some(NpKind::Role) || grammar::is_determiner(&t[comma + 1])
                    }
                    NpKind::Pronoun => false,
                };
                let relative = t
                    .get(next + 1)
                    .is_some_and(|x| matches!(x.low.as_str(), "qui" | "que" | "qu'" | "dont"));
                if pairs && !relative && apposition(tk, comma + 1, next) {
                    comma = next;
                }
            }
            (comma + 1, clause_end(tk, se, comma + 1), np)
        } else {
            let cs = (ss..k)
                .rev()
                .find(|&j| matches!(t[j].text, ";" | ":"))
                .map_or(ss, |j| j + 1);
            let head = if t[k].low == "que" { k - 1 } else { k };
            (cs, clause_end(tk, head, cs), np)
        };
        if (cs..ce).filter(|&j| t[j].is_word()).count() < 3 {
            continue;
        }
        let (bs, be) = (t[cs].s, t[ce - 1].e);
        if marks::containing(marked, bs).is_some_and(|m| be <= m.close) {
            continue;
        }
        out.push(Cand::indirect(
            bs,
            be,
            Some(cue_of(tk, &g)),
            t[g.start].s,
            Some(Source::Np(np)),
        ));
    }
}

/// `X estime que le projet est viable. Il coûterait moins que prévu.`: a sentence in the
/// conditional right after reported speech, in the same paragraph, with no quote marks and no
/// reporting verb of its own, carries on what the same source said: French news uses the
/// conditional for a claim it reports without vouching for it.
pub(crate) fn indirect_continued(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
    let t = &tk.t;
    // the byte end of each sentence's last reported clause, updated as sentences are added so
    // that a run of conditional sentences continues the same statement
    let mut reported_end: Vec<usize> = out
        .iter()
        .filter(|c| c.kind == QuoteKind::Indirect)
        .map(|c| c.e)
        .collect();
    for n in 1..tk.sents.len() {
        let (ps, pe) = tk.sents[n - 1];
        let (ss, se) = tk.sents[n];
        if ps >= pe || ss >= se || t[ps].para != t[ss].para {
            continue;
        }
        let pce = clause_end(tk, pe, ps);
        if pce <= ps {
            continue;
        }
        let prev_end = t[pce - 1].e;
        if !reported_end
            .iter()
            .any(|&e| e <= prev_end && e + 2 >= prev_end)
        {
            continue;
        }
        let ce = clause_end(tk, se, ss);
        if ce <= ss || t[se - 1].text == "?" {
            continue;
        }
        let (bs, be) = (t[ss].s, t[ce - 1].e);
        // the conditional must be the main clause's verb, before any coordination: in "Le
        // procès doit durer deux jours et le verdict pourrait tomber vendredi" the paper
        // speaks in its own voice and only guesses in the second clause; nor may it sit in a
        // subordinate clause ("Le club n'a pas nié que la saison pourrait être annulée")
        let first_clause_end = (ss..ce)
            .find(|&k| {
                matches!(
                    t[k].low.as_str(),
                    "," | ";" | "et" | "mais" | "car" | "que" | "qu'" | "qui" | "si" | "dont"
                )
            })
            .unwrap_or(ce);
        let conditional = (ss..first_clause_end)
            .any(|k| t[k].is_word() && !t[k].cap && depeche_lang::fr::is_conditional(&t[k].low));
        // (a passive reports nothing, "qui n'attendent qu'à être découvertes", unless its
        // agent is named: "serait contestée par les syndicats" gives the claim another source)
        let reporting = (ss..ce).any(|k| {
            t[k].verbish
                && verb_group(tk, k).is_some_and(|g| {
                    g.kind != GroupKind::Passive || t.get(g.end).is_some_and(|x| x.low == "par")
                })
        });
        if !conditional
            || reporting
            || (ss..ce).filter(|&k| t[k].is_word()).count() < 4
            || marks::overlaps(marked, bs, be)
            || out.iter().any(|c| c.s < be && bs < c.e)
        {
            continue;
        }
        out.push(Cand::indirect(bs, be, None, bs, Some(Source::Previous)));
        reported_end.push(be);
    }
}

/// `C'est l'avis de X.`, `Le constat est du professeur X.`: a sentence naming a stated view
/// and its holder attributes the sentence before it (same paragraph, no quote marks); so does
/// a `c'est` after a colon or a comma the clause before it (`Le projet est mort : c'est l'avis
/// de X`, `…, c'est du moins ce qu'affirme X`).
pub(crate) fn indirect_backward(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
    let t = &tk.t;
    let nouns = depeche_lang::fr::statement_nouns();
    for n in 0..tk.sents.len() {
        let (_, se) = tk.sents[n];
        for (p, ps, pe) in backward_pointers(tk, n) {
            if let Some(cand) = cest_ce_que(tk, marked, p, se, (ps, pe)) {
                out.push(cand);
                continue;
            }
            let Some(k) = (p + 1..se.min(p + 8))
                .find(|&k| nouns.contains(t[k].low.as_str()) && grammar::is_determiner(&t[k - 1]))
            else {
                continue;
            };
            let is_de = |j: usize| matches!(t[j].low.as_str(), "de" | "du" | "d'");
            // "C'est (d'ailleurs) l'avis de X" or "L'avis (amer) est de X"
            let opens_cest = (p..k).any(|j| t[j].low == "c'") && (p..k).any(|j| t[j].low == "est");
            let de = if opens_cest {
                (k + 1 < se && is_de(k + 1)).then_some(k + 1)
            } else if k == p + 1 {
                (k + 1..(k + 4).min(se))
                    .find(|&j| t[j].low == "est")
                    .filter(|&j| j + 1 < se && is_de(j + 1))
                    .map(|j| j + 1)
            } else {
                None
            };
            let Some(de) = de else { continue };
            let mut ne = de + 1;
            while ne < se && !matches!(t[ne].text, "," | "." | ";" | ":" | "!" | "?") {
                ne += 1;
            }
            let Some(np) = noun_phrase(tk, de + 1, ne) else {
                continue;
            };
            let speaker_like = matches!(np.kind, NpKind::Person | NpKind::Name)
                || (np.kind == NpKind::Role && np.role_head.is_some());
            if !speaker_like || marks::overlaps(marked, t[ps].s, t[pe - 1].e) {
                continue;
            }
            let ce = clause_end(tk, pe, ps);
            if (ps..ce).filter(|&j| t[j].is_word()).count() < 3
                || out.iter().any(|q| q.s <= t[ps].s && t[ce - 1].e <= q.e)
            {
                continue;
            }
            let lemma = nouns.get(t[k].low.as_str()).copied().unwrap_or("avis");
            out.push(Cand::indirect(
                t[ps].s,
                t[ce - 1].e,
                Some((t[p].s, t[de].e, lemma)),
                t[p].s,
                Some(Source::Np(np)),
            ));
        }
    }
}

/// Where sentence `n` may point back to a statement, each as (pointer's first token,
/// statement's tokens): its start, to the sentence before in the same paragraph; and a
/// `c'est` right after a colon or a comma, to the clause before it, when that clause has a
/// verb (`Le projet est mort : c'est ce qu'affirme X`; `Pour lui, c'est ce que` has none).
fn backward_pointers<'a>(
    tk: &'a Toks<'a>,
    n: usize,
) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    let t = &tk.t;
    let (ss, se) = tk.sents[n];
    let before = n
        .checked_sub(1)
        .map(|m| tk.sents[m])
        .filter(|&(ps, _)| t[ps].para == t[ss].para)
        .map(|(ps, pe)| (ss, ps, pe));
    // (a clause that reports already has its source: "Le maire a déclaré que P, c'est aussi
    // ce qu'a confirmé X" and "Selon le maire, P, c'est …" leave P the maire's)
    let reports = move |e: usize| {
        (ss..e).any(|j| {
            verb_group(tk, j).is_some()
                || matches!(t[j].low.as_str(), "selon" | "d'après" | "comme")
        }) || t[ss].low == "pour"
    };
    let within = (ss + 3..se.saturating_sub(4))
        .filter(move |&k| {
            matches!(t[k - 1].text, ":" | ",")
                && t[k].low == "c'"
                && t[k + 1].low == "est"
                && (grammar::has_verb_signal(tk, ss, k - 1)
                    || (ss..k - 1).any(|j| future(&t[j]) || modal(&t[j])))
                && !reports(k - 1)
        })
        .map(move |k| (k, ss, k - 1));
    before.into_iter().chain(within)
}

/// Whether a lower-case word has the ending of a future's third person singular (`fermera`,
/// `finira`, `viendra`), which the verb signal of other clauses does not need to know.
fn future(w: &crate::toks::Tok<'_>) -> bool {
    !w.cap
        && w.low.chars().count() > 5
        && ["era", "ira", "dra", "ura"]
            .iter()
            .any(|e| w.low.ends_with(e))
}

/// Whether a word is a modal or aspectual verb before an infinitive (`Les prix vont
/// augmenter`, `La ligne doit fermer`): a semi-auxiliary of the list, not its linking
/// prepositions.
fn modal(w: &crate::toks::Tok<'_>) -> bool {
    w.low.chars().count() > 2
        && w.low != "par"
        && depeche_lang::fr::semi_auxiliaries().contains(w.low.as_str())
}

/// The token after `c'est` at `p` and the words that hedge or stress it (`c'est en tout cas`,
/// `c'est du moins`, `c'est précisément`; data `hedge_words.txt`).
fn after_cest(tk: &Toks, p: usize, se: usize) -> Option<usize> {
    let t = &tk.t;
    if p + 1 >= se || t[p].low != "c'" || t[p + 1].low != "est" {
        return None;
    }
    let mut j = p + 2;
    while j < se && depeche_lang::fr::hedge_words().contains(t[j].low.as_str()) {
        j += 1;
    }
    Some(j)
}

/// `« ... ». C'est ce qu'a déclaré X.`, `... C'est ce qu'affirme X.`: "c'est ce que" and an
/// inverted reporting verb, from token `p` to `se`, attribute the statement over tokens `ps..pe`
/// (the sentence before, or the clause before a colon or a comma): a quotation standing
/// alone, or else the whole statement as indirect speech.
pub(crate) fn cest_ce_que(
    tk: &Toks,
    marked: &[Marked],
    p: usize,
    se: usize,
    (ps, pe): (usize, usize),
) -> Option<Cand> {
    let t = &tk.t;
    let j = after_cest(tk, p, se)?;
    if j + 2 >= se || t[j].low != "ce" || !matches!(t[j + 1].low.as_str(), "que" | "qu'") {
        return None;
    }
    let g = grammar::group_from(tk, j + 2).filter(|g| g.kind == GroupKind::Active)?;
    let np = group_speaker(tk, &g, true)?;
    let ce = clause_end(tk, pe, ps);
    if ce <= ps {
        return None;
    }
    let (kind, s, e) = match marks::containing(marked, t[ps].s) {
        // the statement is one quotation in marks
        Some(m) if t[ce - 1].e <= m.close => (QuoteKind::Direct, m.s, m.e),
        Some(_) => return None,
        None if !marks::overlaps(marked, t[ps].s, t[ce - 1].e) => {
            (QuoteKind::Indirect, t[ps].s, t[ce - 1].e)
        }
        None => return None,
    };
    Some(Cand {
        s,
        e,
        kind,
        partial: false,
        cue: Some(cue_of(tk, &g)),
        at: t[g.start].s,
        source: Some(Source::Np(np)),
    })
}

/// Whether a comma at token `c` and a conjunction open another clause, with a subject and a
/// verb of its own, before the sentence's end `se` (`…, selon la police, et des milliers de
/// personnes sont disparues`); a predicate going on with the same subject is no other clause
/// (`…, selon la police, et devrait encore augmenter`).
fn coordinated_clause(tk: &Toks, c: usize, se: usize) -> bool {
    let t = &tk.t;
    c + 2 < se
        && t[c].text == ","
        && matches!(
            t[c + 1].low.as_str(),
            "et" | "mais" | "car" | "tandis" | "alors" | "puis"
        )
        && (grammar::is_determiner(&t[c + 2])
            || t[c + 2].cap
            || t[c + 2].kind == depeche_article::TokenKind::Number
            || matches!(
                t[c + 2].low.as_str(),
                "il" | "elle"
                    | "ils"
                    | "elles"
                    | "on"
                    | "celui"
                    | "celle"
                    | "ceux"
                    | "celles"
                    | "beaucoup"
                    | ","
            ))
        && grammar::has_verb_signal(tk, c + 2, clause_end(tk, se, c + 2))
}

/// Whether the lower-case word at `k` can be the verb of a clause its noun phrase opens,
/// where no ending tells it (`le maire de Lyon quitte …`, `la directrice de l'hôpital
/// envisage …`): it follows a noun or a name directly, and is no function word, number,
/// adjective of relation, participle or word in `-ant`.
pub(crate) fn bare_verb(tk: &Toks, k: usize) -> bool {
    let t = &tk.t;
    let w = &t[k];
    let prev = &t[k - 1];
    // (besides adjectives of relation: participles, words in -ant, -eux, and plurals)
    const OTHER_ENDINGS: &[&str] = &[
        "aux", "eux", "euse", "é", "ée", "és", "ées", "ant", "ante", "ants", "antes", "s", "x",
    ];
    w.is_word()
        && !w.cap
        && prev.is_word()
        && !grammar::is_determiner(prev)
        && !grammar::is_preposition(prev)
        && !matches!(prev.low.as_str(), "de" | "du" | "des" | "d'" | "et" | "ou")
        && !grammar::is_determiner(w)
        && !grammar::is_preposition(w)
        && !matches!(
            w.low.as_str(),
            "de" | "du" | "des" | "d'" | "et" | "ou" | "lui-même" | "elle-même" | "aussi" | "même"
        )
        && !crate::speakers::RELATION_ADJECTIVE_ENDINGS
            .iter()
            .chain(OTHER_ENDINGS)
            .any(|e| w.low.ends_with(e))
}

/// `Selon X, CLAUSE.` / `CLAUSE, selon X.` / `d'après X` / `X, selon qui CLAUSE`.
pub(crate) fn indirect_selon(
    tk: &Toks,
    in_marks: &dyn Fn(usize) -> bool,
    marked: &[Marked],
    out: &mut Vec<Cand>,
    lead_ins: &mut Vec<Cand>,
) {
    let t = &tk.t;
    // reused for every multi-word marker
    let mut key = String::new();
    for i in 0..t.len() {
        let Some((marker, mlen, strong)) = marker_at(tk, i, &mut key) else {
            continue;
        };
        let (ss, se) = tk.sentence_of(i);
        if in_marks(t[i].s) {
            continue;
        }
        // "Pour sa part, Claude X, maire, a rappelé que …": "pour" and a possessive before
        // "part" is an adverbial (as for him), no source; the verb after it reports
        if marker == "pour"
            && t.get(i + 2).is_some_and(|x| x.low == "part")
            && matches!(
                t[i + 1].low.as_str(),
                "sa" | "leur" | "ma" | "notre" | "votre" | "ta"
            )
        {
            continue;
        }
        // "Le procureur a indiqué que, selon la police, le feu était accidentel": a source
        // opening the que-clause of a reporting verb is what the verb's subject cites; the
        // statement is the subject's, as the que-clause has it
        let q = if i > ss + 1 && t[i - 1].text == "," {
            i - 2
        } else {
            i.saturating_sub(1)
        };
        // (not a verb that rejects or deplores what the source claims, "a démenti que, selon
        // la presse, …", nor a negated one: the claim stays the source's)
        let cited = q > ss
            && matches!(t[q].low.as_str(), "que" | "qu'")
            && (q.saturating_sub(6).max(ss)..q).any(|j| {
                verb_group(tk, j).is_some_and(|g| {
                    g.end == q
                        && g.que
                        && !depeche_lang::fr::rejecting_verbs().contains(g.lemma)
                        && !(g.start.saturating_sub(2)..g.end)
                            .any(|k| matches!(t[k].low.as_str(), "ne" | "n'" | "pas"))
                })
            });
        if cited {
            continue;
        }
        let ns = i + mlen;
        // the source: up to the next comma or the sentence's end
        let mut ne = ns;
        while ne < se
            && (!matches!(
                t[ne].text,
                "," | "." | ";" | ":" | "«" | "“" | "\"" | "!" | "?"
            ) || grammar::is_initial_dot(tk, ne))
        {
            ne += 1;
            // "selon un rapport de l'INSEE sur « Les revenus des ménages », ...": a title in
            // marks after "sur" or "intitulé" belongs to the source
            if ne < se && matches!(t[ne - 1].low.as_str(), "sur" | "intitulé" | "intitulée") {
                if let Some(m) = marks::containing(marked, t[ne].s).filter(|m| m.open == t[ne].s) {
                    ne = tk.at_byte(m.close);
                }
            }
        }
        // "CLAUSE (selon X).", "Trois morts (selon la police) et dix blessés": a source in
        // brackets ends at the closing bracket, and reports the clause before it
        let bracketed = i > ss && t[i - 1].text == "(";
        if bracketed {
            if let Some(k) = (ns..ne).find(|&k| t[k].text == ")") {
                ne = k;
            }
        }
        // ("Selon la police le bilan est lourd", "Selon Paul X il faudra attendre": a comma
        // left out after a source opening the sentence; the statement starts at the
        // determiner or subject pronoun after the source's noun or name that a verb follows)
        let mut no_comma = false;
        if strong && i == ss && (ne == se || (ne + 1 == se && t[ne].text == ".")) {
            let split = (ns + 2..ne).find(|&k| {
                let opener = grammar::is_determiner(&t[k])
                    || matches!(t[k].low.as_str(), "il" | "elle" | "ils" | "elles" | "on");
                let after_head = t[k - 1].is_word()
                    && (t[k - 1].cap
                        || (!grammar::is_preposition(&t[k - 1])
                            && !grammar::is_determiner(&t[k - 1])
                            && !matches!(
                                t[k - 1].low.as_str(),
                                "de" | "d'" | "du" | "des" | "et"
                            )));
                opener
                    && after_head
                    && !matches!(t[k].low.as_str(), "de" | "d'" | "du" | "des")
                    && grammar::has_verb_signal(tk, k, ne)
            });
            if let Some(k) = split {
                ne = k;
                no_comma = true;
            }
        }
        // ("12 000 selon la CGT et 3 500 selon la police": the source ends before "et" and
        // the next figure its twin marker gives)
        if let Some(k) = (ns..ne)
            .find(|&k| t[k].low == "et" && (k + 1..ne).any(|j| j > k + 1 && t[j].low == t[i].low))
        {
            ne = k;
        }
        // "À ses yeux, ...", "À leur avis, ...": the possessive inside the marker stands for
        // the source, as "lui" does in "Selon lui, ..."
        // "Selon ses mots, ...", "D'après leurs propos, ...": a possessive before a noun of
        // statement is the source too, and so is the pronoun of "À l'en croire, ..."
        // ("selon ses propres chiffres": an adjective of ownership may stand between, and the
        // figures or estimates someone gives are theirs as their words are)
        let noun_at = if ne == ns + 3 && t[ns + 1].low == "propres" {
            ns + 2
        } else {
            ns + 1
        };
        let possessed = ne == noun_at + 1
            && (depeche_lang::fr::statement_nouns().contains(t[noun_at].low.as_str())
                || matches!(
                    t[noun_at].low.as_str(),
                    "mots"
                        | "propos"
                        | "paroles"
                        | "termes"
                        | "dires"
                        | "chiffres"
                        | "estimations"
                        | "calculs"
                        | "données"
                        | "décompte"
                        | "décomptes"
                        | "prévisions"
                        | "projections"
                ));
        let possessor =
            (i..if possessed { ns + 1 } else { ns }).find_map(|k| match t[k].low.as_str() {
                "son" | "sa" | "ses" => Some((k, "lui")),
                "leur" | "leurs" => Some((k, "eux")),
                "l'" if matches!(marker, "à l'en croire" | "à l'entendre") => Some((k, "lui")),
                _ => None,
            });
        let possessed = possessed && possessor.is_some_and(|(k, _)| k == ns);
        if ne == ns && possessor.is_none() {
            continue;
        }
        // "Selon lui en effet, ...", "D'après le ministre toutefois, ...": a linking adverb
        // between the source and its comma belongs to the sentence, not to the source
        let source_end = |ne: usize| {
            let mut end = ne;
            while end > ns + 1 {
                let w = t[end - 1].low.as_str();
                let linked = end < ne
                    && matches!(w, "en" | "par" | "de")
                    && depeche_lang::fr::linking_adverbs().contains(t[end].low.as_str());
                if !(depeche_lang::fr::linking_adverbs().contains(w) || linked) {
                    break;
                }
                end -= 1;
            }
            end
        };
        // "X, selon qui ...", "un rapport selon lequel ..."
        let relative = matches!(
            t[ns].low.as_str(),
            "qui" | "lequel" | "laquelle" | "lesquels" | "lesquelles"
        );
        // "D'après le ministre du budget, Jérôme Cahuzac, « ... »", "Selon François Dubet,
        // sociologue, ...": an apposition after the comma belongs to the source
        // "Selon lui, Renault, dont ..., doit": a pronoun takes no apposition; what follows
        // its comma is the statement's own subject
        let pronoun = source_end(ne) == ns + 1
            && matches!(t[ns].low.as_str(), "lui" | "elle" | "eux" | "elles");
        let mut describing = false;
        // "CLAUSE, selon HRW, une ONG basée à New York(, qui …)": after a closing source, a
        // phrase opened by "un"/"une" from its comma to `end` describes it
        let describes_source = |ne: usize, end: usize| {
            i > ss + 2
                && t[i - 1].text == ","
                && matches!(t[ne + 1].low.as_str(), "un" | "une")
                // (a noun of a body or of a person's role, maybe spelt in capitals: "une ONG",
                // "une institution", not what the verb before governs: "Il y a eu, selon la
                // préfecture, une vingtaine de blessés")
                && t.get(ne + 2).is_some_and(|x| {
                    x.is_word()
                        && (!x.cap || x.text.chars().all(|c| c.is_uppercase()))
                        && depeche_lang::fr::titles().contains_key(x.low.as_str())
                })
                && end - ne <= 9
                && (ne + 1..end).all(|j| t[j].is_word())
        };
        if !relative && !pronoun && ne < se && t[ne].text == "," {
            // (the apposition may end at a colon: "Selon la maire, Anne Roux : « ... »")
            if let Some(k) = (ne + 1..se).find(|&k| matches!(t[k].text, "," | ":")) {
                // "Pour le maire, interrogé lundi, « ... »": how the source was heard
                let heard = depeche_lang::fr::is_interview_participle(&t[ne + 1].low);
                // "Selon Le Monde, qui cite des sources proches du dossier, ...": a relative
                // on the source describes it
                let relative = matches!(t[ne + 1].low.as_str(), "qui" | "dont");
                // "CLAUSE, selon le Défenseur du peuple, une institution indépendante, qui a
                // dénoncé …": after a closing source, a phrase opened by "un"/"une" and a
                // relative on it describe the source; the statement is before the marker
                let described = describes_source(ne, k)
                    && t.get(k + 1)
                        .is_some_and(|x| matches!(x.low.as_str(), "qui" | "dont"));
                // "Selon Le Monde, le maire de Lyon, Paul X, quitte ses fonctions": a title
                // after its article, a name set off by commas and then a verb are the
                // statement's subject, not the source's apposition (the statement opens with
                // its own subject after the apposition: "Selon le ministre, Paul X, la
                // situation …")
                let subject = grammar::is_determiner(&t[ne + 1])
                    && t[k].text == ","
                    && (k + 1..se).find(|&j| t[j].text == ",").is_some_and(|k2| {
                        noun_phrase(tk, k + 1, k2).is_some_and(|p| p.kind == NpKind::Person)
                            && t.get(k2 + 1).is_some_and(|v| {
                                grammar::is_aux(v)
                                    || (v.is_word()
                                        && !v.cap
                                        && !grammar::is_determiner(v)
                                        && !grammar::is_preposition(v)
                                        && !depeche_lang::fr::linking_adverbs()
                                            .contains(v.low.as_str())
                                        && !matches!(
                                            v.low.as_str(),
                                            "il" | "elle"
                                                | "ils"
                                                | "elles"
                                                | "on"
                                                | "c'"
                                                | "ce"
                                                | "cela"
                                                | "ça"
                                                | "nous"
                                                | "je"
                                                | "j'"
                                                | "vous"
                                                | "qui"
                                                | "dont"
                                                | "et"
                                                | "mais"
                                                | "ou"
                                                | "si"
                                        ))
                            })
                    });
                if described {
                    describing = true;
                } else if (apposition(tk, ne + 1, k) && !subject) || heard || relative {
                    ne = k;
                    // "Selon Paul X, porte-parole du ministère, et Anne Y, la situation …": a
                    // second source joined by "et" after the first one's apposition
                    if t[ne].text == ","
                        && t.get(ne + 1)
                            .is_some_and(|x| matches!(x.low.as_str(), "et" | "ou"))
                    {
                        if let Some(k2) = (ne + 2..se).find(|&k| t[k].text == ",") {
                            if noun_phrase(tk, ne + 2, k2).is_some_and(|np| {
                                matches!(np.kind, NpKind::Person | NpKind::Name | NpKind::Role)
                            }) {
                                ne = k2;
                                // (with an apposition or a relative of its own: "et Marc Y,
                                // maire de la commune,")
                                if let Some(k3) = (ne + 1..se).find(|&k| t[k].text == ",") {
                                    let relative = matches!(t[ne + 1].low.as_str(), "qui" | "dont");
                                    if apposition(tk, ne + 1, k3) || relative {
                                        ne = k3;
                                    }
                                }
                            }
                        }
                    }
                }
            } else if i > ss
                && t[i - 1].text != "("
                && t[ne + 1].low == "qui"
                && (ss..i).any(|k| t[k].is_word())
            {
                // "« … », selon le jury, qui a salué le projet.": a relative on a closing
                // source runs to the sentence's end; what was said is before the marker (not
                // "dont": ", selon la police, dont trois mineurs" counts what was said)
                ne = clause_end(tk, se, ne + 1);
            } else if t[se - 1].text == "." && describes_source(ne, se - 1) {
                describing = true;
            } else if apposition(tk, ne + 1, se - 1)
                && t[se - 1].text == "."
                && (ss..i).all(|k| !t[k].is_word())
                // (a title after its article heads a subject as often, and the verb may have
                // no ending that tells it: "Selon Le Monde, le maire de Lyon quitte ses
                // fonctions."; it is an apposition only when no word after the title can be
                // that verb: "Selon Paul X, le maire de Lyon en 2020.")
                && (!grammar::is_determiner(&t[ne + 1]) || !(ne + 3..se - 1).any(|k| bare_verb(tk, k)))
            {
                // "Selon X, sociologue." opens and ends the sentence: nothing is reported
                continue;
            } else if i > ss
                && t[i - 1].text == ","
                && t[se - 1].text == "."
                && apposition(tk, ne + 1, se - 1)
                // (a person's title as the source and a person's name after it: not "selon le
                // club, Paris", "selon la mairie, X")
                && (ns..ne)
                    .find(|&k| !grammar::is_determiner(&t[k]))
                    .and_then(|k| depeche_lang::fr::titles().get(t[k].low.as_str()))
                    .is_some_and(|x| !x.organization)
                && noun_phrase(tk, ne + 1, se - 1).is_some_and(|p| p.kind == NpKind::Person)
            {
                // "CLAUSE, selon le procureur de Paris, Laure Roux.": the name in apposition
                // closing the sentence belongs to the source
                ne = se - 1;
            }
        }
        // "car selon eux, ...", "mais d'après lui, ...", "Toujours selon X, ...": after a
        // conjunction or a linking adverb the marker opens a clause of its own, as at the
        // start of a sentence
        let sentence_start = i == ss
            || (i > ss
                && (ss..i).all(|k| {
                    !t[k].is_word()
                        || depeche_lang::fr::linking_adverbs().contains(t[k].low.as_str())
                }))
            || (i > ss && CLAUSE_OPENERS.contains(&t[i - 1].low.as_str()))
            // ("X s'est montré serein : selon lui, …": after a colon or a semicolon, for
            // "selon" and "d'après"; "pour X," there is as often whom it is for)
            || (strong && i > ss && matches!(t[i - 1].text, ":" | ";") && !in_marks(t[i - 1].s));
        // "« ... » selon M. Houdré": a marker right after a closing quote mark closes the
        // clause that holds the quotation, as a comma would
        let after_close = i > ss
            && matches!(t[i - 1].text, "»" | "”" | "\"")
            && marks::containing(marked, t[i - 1].s).is_some_and(|m| m.close == t[i - 1].e);
        // a weak marker ("pour") reports only where a statement can follow it (the cases
        // below): most of its uses ("pour la première fois", "pour + infinitive") are
        // settled here, before reading a noun phrase
        // ("Pour Paul X : « … »": a colon and quote marks after the source, as after "selon")
        // (and the quotation ends the sentence: "Pour X : « … », a-t-elle martelé" has its own
        // cue, "Pour les Bleus : « … » ont scandé les spectateurs" its own speaker)
        let colon_quote = sentence_start
            && ne + 1 < se
            && t[ne].text == ":"
            && marks::containing(marked, t[ne + 1].s)
                .filter(|m| m.open == t[ne + 1].s)
                .is_some_and(|m| (tk.at_byte(m.close)..se).all(|k| !t[k].is_word()));
        let placed = relative
            || colon_quote
            || (sentence_start && ne < se && t[ne].text == ",")
            || after_close
            || (i > ss && t[i - 1].text == ",");
        if !strong && !placed {
            continue;
        }
        let np = if let Some((k, pronoun)) = possessor.filter(|_| ne == ns || possessed) {
            Some(Np::possessor(k, pronoun))
        } else if relative && t[ns].low != "qui" {
            // "la déclaration du ministre selon laquelle": whose statement it is speaks;
            // "un rapport selon lequel": the noun phrase right before the marker
            statement_holder(tk, ss, i).or_else(|| {
                (i.saturating_sub(4).max(ss)..i)
                    .rev()
                    .find(|&k| grammar::is_determiner(&t[k]))
                    .and_then(|d| noun_phrase(tk, d, i).or_else(|| grammar::plain_np(tk, d, i)))
            })
        } else if relative {
            // "Mathilde Verrier, selon qui ...", "le Medef, pour qui ...": the antecedent
            // before the marker
            subject_before(tk, i, ss)
                .and_then(|(s, e)| noun_phrase(tk, s, e))
                .or_else(|| {
                    // "surtout la CGT pour qui ...": the name right before the marker, or
                    // before its comma ("C'est l'avis de Paul Martin, pour qui ...", where
                    // the clause holding the name has no subject to take)
                    let (a, b) = *grammar::name_runs(tk, ss, i).last()?;
                    let a = if a > ss && grammar::is_determiner(&t[a - 1]) {
                        a - 1
                    } else {
                        a
                    };
                    // (before its comma only as the holder of a stated view: "l'avis de X, pour
                    // qui", not "les enfants de X, pour qui", "rend hommage à X, pour qui")
                    // (a title may stand between: "l'avis du syndicat CGT, pour qui")
                    let holder = (a.saturating_sub(4).max(ss + 1)..a).any(|d| {
                        matches!(t[d].low.as_str(), "de" | "d'" | "du")
                            && depeche_lang::fr::statement_nouns().contains(t[d - 1].low.as_str())
                            && (d + 1..a).all(|k| t[k].is_word() && !t[k].cap)
                    });
                    (b == i || (b + 1 == i && t[b].text == "," && holder))
                        .then(|| noun_phrase(tk, a, b))
                        .flatten()
                })
        } else {
            // "selon le modèle établi par les chercheurs": a document's author after "par"
            // speaks for it when the phrase as a whole names no source
            let src_end = source_end(ne);
            // (a relative clause describes the source and ends it: in "selon un cérémonial
            // identique à celui qui régla la rencontre entre X et Y" the names in the
            // relative are no source; not after a document, a piece of information or a
            // pronoun, whose holder the relative names: "selon les documents dont dispose
            // Mediapart", "selon les chiffres qui ont été communiqués par la gendarmerie",
            // "selon ceux qui le connaissent")
            let relative = (ns + 1..src_end).find(|&k| {
                matches!(
                    t[k].low.as_str(),
                    "qui" | "dont" | "lequel" | "laquelle" | "lesquels" | "lesquelles"
                )
            });
            let held = || {
                let head = t
                    .get(ns + 1)
                    .filter(|_| grammar::is_determiner(&t[ns]))
                    .map_or(t[ns].low.as_str(), |w| w.low.as_str());
                depeche_lang::fr::is_source_document(head)
                    || depeche_lang::fr::statement_nouns().contains(head)
                    || matches!(
                        head,
                        "éléments" | "travaux" | "pièces" | "sources" | "ceux" | "celles" | "celui"
                    )
            };
            let src_end = relative.filter(|_| !held()).unwrap_or(src_end);
            // "Selon un responsable s'exprimant sous couvert d'anonymat, ...", "un diplomate
            // requérant l'anonymat": a participle clause describes the source, which ends
            // before it (a word in -ant before a lower-case word, but for the adjectives and
            // nouns of titles: "le président sortant", "un expert indépendant")
            let described = (ns + 2..src_end).find(|&k| {
                let w = t[k].low.as_str();
                depeche_lang::fr::source_describers().contains(w)
                    || (w.chars().count() > 4
                        && w.ends_with("ant")
                        && !depeche_lang::fr::ant_nouns_adjectives().contains(w)
                        && t.get(k + 1).is_some_and(|n| n.is_word() && !n.cap))
            });
            described
                .and_then(|cut| noun_phrase(tk, ns, cut))
                .or_else(|| noun_phrase(tk, ns, src_end))
                .or_else(|| {
                    let p = (ns + 2..src_end).find(|&k| t[k].low == "par")?;
                    noun_phrase(tk, p + 1, src_end)
                        .or_else(|| grammar::plain_np(tk, p + 1, src_end))
                })
                // "Selon les organisateurs, ...", "D'après plusieurs témoins, ...": after a
                // marker that always attributes, a determined noun phrase whose head is a
                // title or names people by what they do is the source ("selon les époques"
                // is no one)
                .or_else(|| {
                    let end = described.unwrap_or(src_end);
                    strong.then(|| grammar::agentive_np(tk, ns, end)).flatten()
                })
                // "Pour beaucoup d'observateurs, ...", "Selon la plupart des économistes, ...":
                // a quantifier before people named by a title (data quantifiers.txt)
                .or_else(|| {
                    let q = grammar::after_quantifier(tk, ns)?;
                    let end = described.unwrap_or(src_end);
                    let np = grammar::plain_np(tk, q, end)?;
                    let head = t.get(np.s + 1)?.low.as_str();
                    let singular = head.strip_suffix('s').unwrap_or(head);
                    let title = depeche_lang::fr::titles()
                        .get(head)
                        .or_else(|| depeche_lang::fr::titles().get(singular))?;
                    // ("Pour de nombreux retraités, la pension ...": after the weak "pour", only
                    // people whose trade is to give views hold one)
                    let holds_views =
                        strong || depeche_lang::fr::opinion_holders().contains(singular);
                    (!title.organization && holds_views).then(|| Np {
                        role_head: Some(head.to_string()),
                        ..np
                    })
                })
        };
        let Some(np) = np else { continue };
        // a weak marker ("pour") attributes only to a speaker: a person, a name, or a role or
        // institution with a title ("Pour la syndicaliste, ...", "Pour l'ONG, ..."), never
        // "Pour la première fois, ..."
        let speaker_like = matches!(np.kind, NpKind::Person | NpKind::Name)
            || (np.kind == NpKind::Role && np.role_head.is_some());
        // "Pour lui, la réforme est injuste": a stressed personal pronoun after "pour" opening
        // the sentence stands for the person whose view it is
        let personal = np.kind == NpKind::Pronoun
            && matches!(np.name.as_str(), "lui" | "elle" | "eux" | "elles");
        if !strong && !speaker_like && !personal {
            continue;
        }
        // ("La famille de X, pour qui tout a basculé, …": after a family, "pour qui" says
        // what befell it more often than what it thinks)
        if !strong && relative && np.role_head.as_deref() == Some("famille") {
            continue;
        }
        let cue = Some((t[i].s, t[i + mlen - 1].e, marker));
        let (cs, ce) = if relative {
            let mut cs = ns + 1;
            let comma = cs < se && t[cs].text == ",";
            while cs < se && t[cs].text == "," {
                cs += 1;
            }
            // "X, pour qui, selon ses sources, CLAUSE", "pour qui, dans ce dossier, CLAUSE": a
            // phrase between commas opening the relative is an incise; the statement follows
            if comma {
                if let Some(k) = (cs + 1..se.min(cs + 10)).find(|&k| t[k].text == ",") {
                    cs = k + 1;
                }
            }
            let mut ce = clause_end(tk, se, cs);
            // "Les syndicats, selon lesquels la réforme est injuste, appellent à la grève":
            // a relative between commas is an incise, its statement ends at the next comma
            if i > ss && t[i - 1].text == "," {
                if let Some(k) = (cs..ce).find(|&k| t[k].text == ",") {
                    ce = k;
                }
            }
            // "le candidat, pour qui ils avaient voté": a verb that takes "pour" says what
            // was done for the antecedent, not what it thinks (data pour_object_verbs.tsv)
            if !strong && pour_object(tk, cs, ce) {
                continue;
            }
            (cs, ce)
        } else if sentence_start && ne < se && t[ne].text == "," {
            (ne + 1, clause_end(tk, se, ne + 1))
        } else if no_comma {
            (ne, clause_end(tk, se, ne))
        } else if strong && sentence_start && ne < se && matches!(t[ne].text, "«" | "“") {
            // "Selon Alan « Dave m'a contacté »": the comma may be left out before a quotation
            (ne, clause_end(tk, se, ne))
        } else if (strong || colon_quote) && sentence_start && ne + 1 < se && t[ne].text == ":" {
            // "Selon le ministre : « Nous ne céderons pas. »": a colon for the comma
            (ne + 1, clause_end(tk, se, ne + 1))
        } else if after_close {
            (ss, i)
        } else if describing {
            (ss, i - 1)
        } else if let Some(chunk) = counted_by_sources(tk, ss, se, i, ne)
            .filter(|_| strong && possessor.is_none() && source_end(ne) == ne)
            .filter(|_| {
                matches!(np.kind, NpKind::Person | NpKind::Name)
                    || (np.kind == NpKind::Role && np.role_head.is_some())
            })
        {
            // "Ils étaient 13 500 selon la préfecture, plus de 40 000 selon les
            // organisateurs.": each source's figure is its claim, from the comma before it
            (chunk, i)
        } else if strong
            && i > ss + 1
            // (a clause may end on a figure: "ils étaient 5000 selon la police"; but figures of
            // two sources in one sentence, "12 000 selon la CGT et 3 500 selon la police", are
            // a count, not a statement of either)
            && (t[i - 1].is_word()
                || t[i - 1].text == "%"
                || t[i - 1].kind == depeche_article::TokenKind::Number)
            && !(ss..se).any(|k| k != i && t[k].low == t[i].low)
            // (a number names an article of a law, "selon l'article 12", or a date, "selon une
            // étude de 2019"; but a survey's description may hold its sample: "selon un
            // sondage réalisé auprès de 1 002 personnes")
            && !(ns..ne).any(|k| {
                t[k].kind == depeche_article::TokenKind::Number
                    && !(ns..k).any(|d| t[d].low == "auprès")
            })
            && source_end(ne) == ne
            // (the source closes the sentence, or a relative on it does: "selon le ministère,
            // qui a ouvert une enquête", or a clause of its own after a conjunction: "…
            // selon un sondage, et beaucoup ont peur que …")
            && (ne == se
                || (ne + 1 == se && t[ne].text == ".")
                || (ne + 1 < se
                    && t[ne].text == ","
                    && matches!(t[ne + 1].low.as_str(), "qui" | "dont"))
                || coordinated_clause(tk, ne, se))
            && possessor.is_none()
            // (a name, or a role the title list knows: "selon le secteur", "selon un
            // calendrier précis" are how, and a noun's ending is no evidence here)
            && (matches!(np.kind, NpKind::Person | NpKind::Name)
                || (np.kind == NpKind::Role
                    && np
                        .role_head
                        .as_deref()
                        .and_then(|h| h.split_whitespace().next())
                        .is_some_and(|h| depeche_lang::fr::titles().contains_key(h)))
                // (a document with its author: "selon les prévisions du FMI"; estimates
                // of no one, "selon les premières estimations", say nothing of who speaks)
                || ((ns..ne).any(|k| depeche_lang::fr::is_source_document(&t[k].low))
                    && (ns..ne).any(|k| {
                        matches!(t[k].low.as_str(), "de" | "du" | "des" | "d'" | "par")
                            && t.get(k + 1).is_some_and(|n| n.cap || grammar::is_determiner(n))
                    })))
            // (the source itself, not the author of a rule or a plan after "par": "selon les
            // règles fixées par la Sécurité sociale" is how, not who says; a document's author
            // is: "selon un rapport publié par l'Insee")
            && (!(ns..np.s).any(|k| t[k].low == "par")
                || (ns..np.s)
                    .find(|&k| !grammar::is_determiner(&t[k]))
                    .is_some_and(|k| {
                        depeche_lang::fr::is_source_document(&t[k].low)
                            && !depeche_lang::fr::is_normative_document(&t[k].low)
                    }))
            // (what varies by someone is no one's statement: "les prix varient selon le
            // fournisseur", "les délais diffèrent selon les opérateurs")
            && !(ss..i).any(|k| depeche_lang::fr::variation_verbs().contains(t[k].low.as_str()))
        {
            // "Il y a eu trois morts selon la police.": a source that ends the sentence
            // attributes what came before it, with or without a comma
            (ss, i)
        } else if bracketed && ne < se && t[ne].text == ")" && i > ss + 1 {
            // (not after another bracket in the sentence: "300 emplois (selon la CFDT), contre
            // 500 (selon la direction)" is the first source's clause and a figure)
            if (ss..i - 1).any(|k| t[k].text == ")") {
                continue;
            }
            let from = ss;
            // (a comma left before the bracket is no part of the statement)
            let mut e = i - 1;
            while e > from + 1 && matches!(t[e - 1].text, "," | ";") {
                e -= 1;
            }
            // (a clause with its verb, not a noun phrase the bracket qualifies, "Les chiffres
            // (selon la CGT) sont contestés", nor words reported already, "« … », a déclaré X
            // (selon Le Monde)")
            let clause =
                grammar::has_verb_signal(tk, from, e) || (from..e).any(|k| bare_verb(tk, k));
            let reported = (from..e).any(|k| in_marks(t[k].s) || verb_group(tk, k).is_some());
            if !clause || reported {
                continue;
            }
            (from, e)
        } else if i > ss && t[i - 1].text == "," {
            // "CLAUSE, selon X." — or "En 2009, selon X, CLAUSE.", where the words before the
            // marker are only a lead-in and the statement follows the source
            let before = (ss..i - 1).filter(|&k| t[k].is_word()).count();
            let after = if ne < se && t[ne].text == "," {
                (ne + 1..se).filter(|&k| t[k].is_word()).count()
            } else {
                0
            };
            // ("Le procès, d'après l'avocat, durera deux semaines": the words before the
            // marker are the statement's subject when they are a determined noun phrase with
            // no comma, and the clause around the source is what is reported)
            let subject_first = after > 0
                && grammar::is_determiner(&t[ss])
                && !(ss..i - 1).any(|k| t[k].text == "," || grammar::is_preposition(&t[k]))
                && i - 1 - ss <= 6;
            // ("Le bilan s'élève à 3 700 morts, selon la police, et des milliers de
            // personnes sont disparues": a conjunction after the source's comma opens another
            // clause; the source's statement is the one before it)
            // (a clause with a subject and a verb of its own: "…, selon la police, et devrait
            // encore augmenter" goes on with the statement)
            let coordinated = coordinated_clause(tk, ne, se);
            if coordinated && before > 0 {
                (ss, i - 1)
            } else if after > before && !subject_first {
                (ne + 1, clause_end(tk, se, ne + 1))
            } else if after > 0 && !apposition(tk, ne + 1, clause_end(tk, se, ne + 1)) {
                // "..., ce qui a permis, d'après X, de rouvrir la route": a source in the
                // middle of a clause is an incise; the clause around it is what is reported
                let chunk = (ss..i - 1)
                    .rev()
                    .find(|&k| t[k].text == ",")
                    .map_or(ss, |k| k + 1);
                (chunk, clause_end(tk, se, ne + 1))
            } else {
                (ss, i - 1)
            }
        } else {
            continue;
        };
        if !strong && !sentence_start && !relative {
            continue;
        }
        // "CLAUSE (« ... », selon X)": what is reported before the marker starts inside its
        // parenthesis
        let cs = if cs < i && !relative {
            after_open_paren(tk, marked, cs, ce)
        } else {
            cs
        };
        if cs >= ce {
            continue;
        }
        // "Pour la France, Paul Roux, ministre des Affaires étrangères.": in a list of who
        // stands for whom, what follows the name is a role and no verb; an opinion has a
        // verb, or is a phrase of its own ("Pour X, une erreur historique.")
        // (a list writes the role bare or with its holder's name, "Pour la Grèce, la députée
        // X"; "Pour lui, la direction joue la montre": a determined title and no name opens
        // the opinion's subject, whatever verb the lexicon misses)
        // (past an adjective that stands before a title: "Pour la Suède, l'ancienne ministre X")
        let head = (cs..ce).find(|&k| {
            let adjective =
                k + 1 < ce && depeche_lang::fr::prenominal_adjectives().contains(t[k].low.as_str());
            !grammar::is_determiner(&t[k]) && !adjective
        });
        // (a verb the lexicon misses shows by the infinitive it governs, maybe past an adverb:
        // "Pour lui, le chef de l'État cherche surtout à calmer la rue")
        let governs_infinitive = (cs + 1..ce).any(|k| {
            let w = &t[k];
            w.is_word() && !w.cap && !grammar::is_determiner(w) && !grammar::is_preposition(w) && {
                let mut p = k + 1;
                while p < ce && matches!(t[p].low.as_str(), "surtout" | "toujours" | "déjà") {
                    p += 1;
                }
                p + 1 < ce
                    && matches!(t[p].low.as_str(), "à" | "de" | "d'")
                    && !t[p + 1].cap
                    && depeche_lang::fr::looks_like_infinitive(&t[p + 1].low)
            }
        });
        let role_only = head.is_some_and(|k| {
            depeche_lang::fr::titles().contains_key(t[k].low.as_str())
                && (k == cs || !grammar::name_runs(tk, k, ce).is_empty())
        }) && !grammar::has_verb_signal(tk, cs, ce)
            && !governs_infinitive;
        // ("Pour l'Italie, Romano X et Mario Y, commissaire sortant." names who stands for a
        // country or a body: persons' names first, with no verb, joined as a list, then
        // nothing but the last one's title; "Pour le FMI, la Grèce, un cas à part", "Pour
        // la CGT, Renault et PSA, même combat" and after a person, "Pour Paul X, Lyon et
        // Lille, même combat", are verbless views)
        let names_only = np.kind == NpKind::Name
            && !grammar::has_verb_signal(tk, cs, ce)
            && head.is_some_and(|k| {
                let runs = grammar::name_runs(tk, k, ce);
                let (Some(&(first, _)), Some(&(_, last))) = (runs.first(), runs.last()) else {
                    return false;
                };
                let persons = runs
                    .iter()
                    .all(|&(a, b)| noun_phrase(tk, a, b).is_some_and(|p| p.kind == NpKind::Person));
                let listed = runs.windows(2).all(|w| {
                    (w[0].1..w[1].0).all(|j| {
                        matches!(
                            t[j].low.as_str(),
                            "," | "et" | "ou" | "bien" | "sûr" | "aussi" | "notamment"
                        )
                    })
                });
                // (the title after the last name's comma, past its determiner or adjective)
                let titled = |j: usize| {
                    t[j - 1].text == ","
                        && (j..ce)
                            .find(|&x| {
                                !grammar::is_determiner(&t[x])
                                    && !depeche_lang::fr::prenominal_adjectives()
                                        .contains(t[x].low.as_str())
                            })
                            .is_some_and(|x| {
                                depeche_lang::fr::titles().contains_key(t[x].low.as_str())
                            })
                };
                let tail = (last..ce).find(|&j| t[j].is_word()).is_none_or(titled);
                first == k && persons && listed && tail
            });
        // ("Pour la Belgique, le libéral Jan X." in a list: a verbless phrase that ends on a
        // person's name names who stands for the country, whatever word of party or trade
        // stands before the name; a verbless view ends on what is thought: "Pour X, une
        // erreur historique.")
        let names_someone = !grammar::has_verb_signal(tk, cs, ce)
            && !governs_infinitive
            && grammar::name_runs(tk, cs, ce)
                .last()
                .is_some_and(|&(a, b)| {
                    // (a short phrase: an article and a word or two before the name, no
                    // complement's "de": "Pour Marine X, la faute de François Y." is a view)
                    a <= cs + 3
                        && (cs..a).all(|j| {
                            t[j].is_word()
                                && !matches!(t[j].low.as_str(), "de" | "d'" | "du" | "des")
                        })
                        && (b..ce).all(|j| !t[j].is_word())
                        && noun_phrase(tk, a, b).is_some_and(|p| p.kind == NpKind::Person)
                });
        if !strong && (role_only || names_only || names_someone) {
            continue;
        }
        // "Pour Noël, les commerçants …", "Pour les JO, …": an occasion after "pour"; "Pour
        // les victimes, une cellule a été ouverte", "… une aide sera versée": a passive
        // clause tells what is done for them, not what they think
        if !strong {
            // (the occasion's first word or two after the determiners: "Pour les JO de
            // Paris", "Pour l'Euro", "Pour ce Noël")
            let first = (ns..ne).find(|&k| !grammar::is_determiner(&t[k]));
            let occasion = first.is_some_and(|k| {
                let one = t[k].low.as_str();
                let two = t
                    .get(k + 1)
                    .filter(|_| k + 1 < ne)
                    .map(|x| format!("{one} {}", x.low));
                depeche_lang::fr::occasion_names().contains(one)
                    || two.is_some_and(|w| depeche_lang::fr::occasion_names().contains(w.as_str()))
            });
            // (an auxiliary of the passive's future or perfect, then a past participle; not
            // the conditional, "auraient été volés", in which news reports a claim; and only
            // for people who are not sources by trade or name: "Pour le parquet, le suspect a
            // été manipulé" is the prosecution's view)
            let source = matches!(np.kind, NpKind::Person | NpKind::Name)
                || np
                    .role_head
                    .as_deref()
                    .and_then(|h| h.split_whitespace().next())
                    .is_some_and(|h| depeche_lang::fr::titles().contains_key(h));
            let participle = [
                "é", "ée", "és", "ées", "ie", "ise", "ises", "ite", "ue", "erte",
            ];
            let passive = !source
                && (cs + 1..ce).any(|k| {
                    let aux = match t[k].low.as_str() {
                        "sera" | "seront" => true,
                        "été" => matches!(t[k - 1].low.as_str(), "a" | "ont"),
                        _ => false,
                    };
                    aux && t.get(k + 1).is_some_and(|x| {
                        x.is_word() && !x.cap && participle.iter().any(|e| x.low.ends_with(e))
                    })
                });
            // ("Pour X, c'est le premier titre olympique", "c'est sa troisième victoire": a
            // rank tells a fact about X, not X's view)
            let rank = (cs + 2 < ce)
                && t[cs].low == "c'"
                && t[cs + 1].low == "est"
                && (cs + 2..(cs + 5).min(ce)).any(|k| {
                    let w = t[k].low.as_str();
                    matches!(w, "premier" | "première" | "dernier" | "dernière")
                        || (w.ends_with("ième") && w.chars().count() > 5)
                        || (w.ends_with('e')
                            && w.len() <= 4
                            && w[..w.len() - 1].chars().all(|c| c.is_ascii_digit())
                            && w.len() > 1)
                });
            if occasion || passive || rank {
                continue;
            }
        }
        // "Pour l'Autriche, Franz Fischler, commissaire sortant, pourrait rester.": a person
        // named in apposition to a weak marker's country or body is who stands for it, and
        // what follows is said of that person, by no one
        let represented = !strong
            && np.kind != NpKind::Person
            && (ns..cs).find(|&k| t[k].text == ",").is_some_and(|c| {
                let b = (c + 1..cs).find(|&k| t[k].text == ",").unwrap_or(cs);
                c + 1 < b && noun_phrase(tk, c + 1, b).is_some_and(|p| p.kind == NpKind::Person)
            });
        if represented {
            continue;
        }
        let (bs, be) = (t[cs].s, t[ce - 1].e);
        let cand = Cand {
            s: bs,
            e: be,
            kind: QuoteKind::Indirect,
            partial: false,
            cue,
            at: t[i].s,
            source: Some(Source::Np(np)),
        };
        if marks::containing(marked, bs).is_some_and(|m| be <= m.close + 1 && m.open + 3 >= bs) {
            // the clause is a quotation in marks: a direct quotation only, whose source
            // this lead-in gives
            lead_ins.push(cand);
            continue;
        }
        out.push(cand);
    }
}

/// The attribution marker starting at token `i` (the longest one: "de l'avis de", "d'après",
/// "selon"), as (marker, tokens, strong). `key` is a buffer reused between calls.
pub(crate) fn marker_at(
    tk: &Toks,
    i: usize,
    key: &mut String,
) -> Option<(&'static str, usize, bool)> {
    let t = &tk.t;
    // one lookup per token: most words are neither a marker nor the start of one
    let word = marker_words().get(t[i].low.as_str())?;
    if let Some((k, strong)) = word.whole {
        return Some((k, 1, strong));
    }
    if !word.starts {
        return None;
    }
    let markers = depeche_lang::fr::attribution_markers();
    key.clear();
    key.push_str(&t[i].low);
    let mut best = None;
    // the longest markers run to five words: "du point de vue de", "si l'on en croit"
    for n in 2..=5 {
        let Some(w) = t.get(i + n - 1) else { break };
        if w.sent != t[i].sent {
            break;
        }
        // elided words join the next without a space: "d'" + "après", "l'" + "avis"
        if !t[i + n - 2].low.ends_with('\'') {
            key.push(' ');
        }
        key.push_str(&w.low);
        if let Some((&k, &strong)) = markers.get_key_value(key.as_str()) {
            best = Some((k, n, strong));
        }
        // "de" starts a marker ("de l'avis de") and a thousand other phrases: stop as soon
        // as the words so far begin no marker
        if !marker_prefixes().contains(key.as_str()) {
            break;
        }
    }
    best
}

/// Every beginning of a multi-word marker that ends at a word's end ("de l'", "de l'avis",
/// "du point de vue"), joined as [`marker_at`] joins its key.
fn marker_prefixes() -> &'static depeche_lang::hash::HashSet<&'static str> {
    static T: std::sync::OnceLock<depeche_lang::hash::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut set = depeche_lang::hash::HashSet::default();
        for &k in depeche_lang::fr::attribution_markers().keys() {
            for (at, c) in k.char_indices() {
                match c {
                    ' ' => set.insert(&k[..at]),
                    '\'' => set.insert(&k[..at + 1]),
                    _ => false,
                };
            }
        }
        set
    })
}

/// What a word is to the markers of `attribution_markers.tsv`.
#[derive(Default)]
pub(crate) struct MarkerWord {
    /// A marker of one word ("selon"), with its strength.
    pub whole: Option<(&'static str, bool)>,
    /// The first word of a multi-word marker ("d'" of "d'après", "de" of "de l'avis de").
    pub starts: bool,
}

/// Every word that is a marker or starts one, with what it is: asked of every token, so one
/// map answers both questions.
pub(crate) fn marker_words() -> &'static depeche_lang::hash::HashMap<&'static str, MarkerWord> {
    // looked up for every token: the lexicon's fast hash, not SipHash
    static T: std::sync::OnceLock<depeche_lang::hash::HashMap<&'static str, MarkerWord>> =
        std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut m: depeche_lang::hash::HashMap<&'static str, MarkerWord> = Default::default();
        for (&k, &strong) in depeche_lang::fr::attribution_markers() {
            // a token equal to the key is the marker (a multi-word key equals no token)
            m.entry(k).or_default().whole = Some((k, strong));
            if let Some(end) = k.find([' ', '\'']) {
                let first = if k.as_bytes()[end] == b'\'' {
                    &k[..=end]
                } else {
                    &k[..end]
                };
                m.entry(first).or_default().starts = true;
            }
        }
        m
    })
}

/// Whether the clause `s..e` holds a verb whose complement is introduced by `pour`.
fn pour_object(tk: &Toks, s: usize, e: usize) -> bool {
    let verbs = depeche_lang::fr::pour_object_verbs();
    let t = &tk.t;
    (s..e).any(|k| {
        verbs.get(&t[k].low).is_some()
            || (k + 1 < e
                && verbs.starts_multiword(&t[k].low)
                && verbs
                    .get(&format!("{} {}", t[k].low, t[k + 1].low))
                    .is_some())
    })
}

/// Words after which an attribution marker opens a clause of its own ("car selon eux, ...").
pub(crate) const CLAUSE_OPENERS: &[&str] = &[
    "car", "mais", "et", "or", "donc", "puisque", "puisqu'", "que", "qu'", "lorsque", "quand",
];

/// Whether tokens `[s, e)` are an apposition: a name alone, or a phrase headed by a title
/// ("sociologue français et professeur à l'université", "le porte-parole du parti").
pub(crate) fn apposition(tk: &Toks, s: usize, e: usize) -> bool {
    let t = &tk.t;
    if s >= e || e - s > 14 {
        return false;
    }
    // (past an adjective that stands before a title: "ancien ministre", "nouveau directeur")
    let h = (s..e)
        .find(|&k| {
            let adjective =
                k + 1 < e && depeche_lang::fr::prenominal_adjectives().contains(t[k].low.as_str());
            !grammar::is_determiner(&t[k]) && !adjective
        })
        .unwrap_or(e);
    // the title's complement starts with a preposition or a name ("ministre du budget",
    // "porte-parole de l'ONG"); a lower-case word right after it may be a verb ("le ministre
    // apportait son soutien" is a clause, not an apposition)
    // "Selon X, la mère du suspect a quitté la ville.": a title followed by a conjugated verb
    // ("a quitté") heads a clause of its own, not an apposition ("l'est du pays": a noun)
    // (not inside a relative or a subordinate clause of the apposition: "le directeur de
    // l'usine qui a démissionné vendredi", "depuis que son père a pris sa retraite")
    // (or a verb in the imperfect or the conditional: "le chauffeur du car roulait trop vite")
    let imperfect = |k: usize| {
        let w = t[k].low.as_str();
        t[k].is_word()
            && !t[k].cap
            && w.chars().count() > 5
            && ["ait", "aient"].iter().any(|x| w.ends_with(x))
            && !["portrait", "extrait", "souhait", "attrait"]
                .iter()
                .any(|x| w.starts_with(x))
    };
    let conjugated = || {
        (h + 1..e.saturating_sub(1)).any(|k| {
            ((grammar::is_aux(&t[k])
                && !grammar::is_determiner(&t[k - 1])
                && t[k + 1].is_word()
                && !t[k + 1].cap)
                || imperfect(k))
                && !(h + 1..k).any(|j| {
                    matches!(
                        t[j].low.as_str(),
                        "qui"
                            | "que"
                            | "qu'"
                            | "où"
                            | "dont"
                            | "quand"
                            | "lorsque"
                            | "lorsqu'"
                            | "si"
                    )
                })
        })
    };
    // (a title of two words, "secrétaire général de la CGT", "directrice générale de X": its
    // complement comes after both)
    let title_head = h < e && depeche_lang::fr::titles().contains_key(t[h].low.as_str());
    let hw = if title_head
        && h + 1 < e
        && !t[h + 1].cap
        && depeche_lang::fr::titles()
            .contains_key(format!("{} {}", t[h].low, t[h + 1].low).as_str())
    {
        h + 2
    } else {
        h + 1
    };
    let titled = title_head
        && (hw == e
            || t[hw].cap
            || grammar::is_preposition(&t[hw])
            || matches!(t[hw].low.as_str(), "de" | "du" | "des" | "d'")
            || grammar::is_determiner(&t[hw]))
        && !conjugated();
    // (a name may carry its honorific after a person or a side, "son avocat, Me Dupont, ...",
    // "la défense, Me Dupont, ..."; not after a group, "son entourage, M. Dupont, le
    // ministre, ...", unless the group is only the complement of a person's title:
    // "l'avocat de la famille, Me Dupont, ..."; so is a body's: "le chef du service, le Dr X")
    let complement = |k: usize| {
        (k >= 1 && matches!(t[k - 1].low.as_str(), "du" | "des"))
            || (k >= 2
                && grammar::is_determiner(&t[k - 1])
                && matches!(t[k - 2].low.as_str(), "de" | "d'"))
    };
    let group = s >= 2 && matches!(t[s - 2].low.as_str(), "proches" | "famille" | "amis");
    let titled_before = s >= 2
        && t[s - 1].text == ","
        && (group
            || complement(s - 2)
            || !depeche_lang::fr::titles()
                .get(t[s - 2].low.as_str())
                .is_some_and(|x| x.organization))
        && (!group || complement(s - 2));
    let mut n = s;
    // ("le directeur du Samu, le Dr X": the honorific may take the article)
    if n + 2 < e
        && titled_before
        && matches!(t[n].low.as_str(), "le" | "la")
        && depeche_lang::fr::honorifics().contains_key(t[n + 1].text)
    {
        n += 1;
    }
    if n + 1 < e && titled_before && depeche_lang::fr::honorifics().contains_key(t[n].text) {
        n += 1;
        if t[n].text == "." {
            n += 1;
        }
    }
    let named = grammar::name_runs(tk, n, e)
        .first()
        .is_some_and(|&(a, b)| a == n && b == e);
    titled || named
}

/// `CLAUSE, a prévenu SUD-Rail.`: a sentence closed by an inverted cue.
///
/// The cue may follow any comma of the sentence, not only the last one: its subject can carry
/// an apposition (`, a annoncé Mario Draghi, le président de la BCE.`) or adjuncts (`, a révélé
/// son avocate à l'AFP, à la demande de sa famille.`). The clause starts after the last `;` or
/// `:` before the cue, and may hold partial quotations in marks, provided no mark follows the cue
/// (a quotation after the comma is attributed on its own).
pub(crate) fn indirect_inverted(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
    let t = &tk.t;
    for &(ss, se) in &tk.sents {
        if se <= ss + 3 {
            continue;
        }
        // commas of the sentence outside marks, last first; the first one that opens a
        // closing cue wins
        let found = (ss + 2..se)
            .rev()
            .filter(|&k| t[k].text == "," && marks::containing(marked, t[k].s).is_none())
            .take(4)
            .find_map(|c| {
                // (words in marks in a relative clause describing the speaker are that
                // clause's: "…, affirme l'ONG, qui dénonce une « épidémie »"; looked for only
                // when marks follow the comma)
                if marks::overlaps(marked, t[c].s, t[se - 1].e) {
                    let relative = relative_comma(tk, c + 2, se);
                    if relative.is_none_or(|r| marks::overlaps(marked, t[c].s, t[r - 1].e)) {
                        return None;
                    }
                }
                // "CLAUSE, ce que souligne X.": the relative takes up the clause before it
                let ce_que = t.get(c + 1).is_some_and(|x| x.low == "ce")
                    && t.get(c + 2)
                        .is_some_and(|x| matches!(x.low.as_str(), "que" | "qu'"));
                let g = grammar::group_from(tk, if ce_que { c + 3 } else { c + 1 })?;
                // "..., fait savoir qu'il continue": a verb followed by its "que" clause has
                // its subject before it, it does not close the sentence
                if g.kind != GroupKind::Active || grammar::que_follows(tk, &g) {
                    return None;
                }
                // "Luca Roi, a averti les salariés que ...": a verb whose object is the person
                // told, then "que", has its subject before it too
                // (the object straight before "que", no comma: ", ajoutant que" is another
                // clause's)
                if depeche_lang::fr::person_object_que_verbs().contains(g.lemma)
                    && (g.end + 1..(g.end + 5).min(se))
                        .take_while(|&k| t[k].text != ",")
                        .any(|k| matches!(t[k].low.as_str(), "que" | "qu'"))
                {
                    return None;
                }
                // "La présidente, Magda X, a indiqué à la chaîne TV Globo que …": a verb whose
                // "que" follows its dative complement has its subject before it too
                if (g.end..(g.end + 8).min(se))
                    .take_while(|&k| !matches!(t[k].text, "," | ";" | ":" | "«" | "“" | "\""))
                    .any(|k| {
                        matches!(t[k].low.as_str(), "que" | "qu'" | "qu’")
                            && t[k - 1].low != "ainsi"
                    })
                    && matches!(
                        t.get(g.end).map(|x| x.low.as_str()),
                        Some("à" | "au" | "aux")
                    )
                {
                    return None;
                }
                // "Les écuries, mécontentes, ont menacé de saisir le Tribunal (TAS)": a verb
                // taking an infinitive has its subject before it; the phrase after the
                // infinitive is its object
                if t.get(g.end)
                    .is_some_and(|x| matches!(x.low.as_str(), "de" | "d'"))
                    && t.get(g.end + 1)
                        .is_some_and(|x| !x.cap && depeche_lang::fr::looks_like_infinitive(&x.low))
                {
                    return None;
                }
                // "Le président, Paul Roux, qui a décrété l'état d'urgence, a remercié la
                // France": what stands before the comma is the verb's subject, a person and
                // the relative clause describing them, no statement
                // (the relative running to the comma: "Le suspect, qui a été arrêté, a avoué,
                // a indiqué X" has a statement after it)
                if let Some(r) = relative_comma(tk, ss + 1, c) {
                    let person = || {
                        noun_phrase(tk, ss, r).is_some_and(|np| {
                            np.s == ss
                                && np.e == r
                                && (np.kind == NpKind::Person
                                    || (np.kind == NpKind::Role && np.role_head.is_some()))
                        })
                    };
                    // (and no verb before the relative: "Le joueur n'a pas convaincu Rennes,
                    // qui l'avait testé, a indiqué X" is a statement)
                    let verb = || {
                        (ss..r).any(|k| {
                            grammar::is_aux(&t[k])
                                || (depeche_lang::fr::semi_auxiliaries()
                                    .contains(t[k].low.as_str())
                                    && !matches!(
                                        t[k].low.as_str(),
                                        "à" | "de" | "d'" | "s'" | "par"
                                    ))
                                || verb_group(tk, k).is_some()
                        })
                    };
                    if !(r + 1..c).any(|k| t[k].text == ",") && !verb() && person() {
                        return None;
                    }
                }
                if apposed_subject(tk, ss, c) {
                    return None;
                }
                let np = group_speaker(tk, &g, true)?;
                let end = clause_end(tk, se, ss);
                // "..., ce que soulignent X et Y.": a second subject joined by "et" belongs to
                // the first one's phrase (the first one is the speaker given)
                let np_e = if g.clitic.is_none() {
                    coordinated_subject_end(tk, np.e, end).unwrap_or(np.e)
                } else {
                    np.e
                };
                // "..., a annoncé l'opérateur Tokyo Electric Power (Tepco).": an acronym or a
                // party in brackets after the subject is the subject's, not more text
                let np_e = if t.get(np_e).is_some_and(|x| x.text == "(") {
                    (np_e + 1..(np_e + 8).min(end))
                        .find(|&k| t[k].text == ")")
                        .map_or(np_e, |k| k + 1)
                } else {
                    np_e
                };
                // "..., répond X, mais il garde espoir", "..., a dit X, ajoutant que ...": a
                // new clause or a participle after the subject's (or clitic's) comma; the cue
                // closes the statement before it
                let after = if g.clitic.is_some() { g.end } else { np_e };
                let new_clause = after + 1 < end && t[after].text == "," && {
                    let w = &t[after + 1];
                    // "..., répond X, Y soulignant que": a name, then a participle
                    let absolute = || {
                        (after + 2..(after + 6).min(end)).any(|p| {
                            grammar::looks_like_participle(&t[p])
                                && grammar::absolute_clause_name(tk, p)
                                    .is_some_and(|(s, _)| s == after + 1)
                        })
                    };
                    // "..., estime X, interrogée par l'AFP": how the speaker was heard
                    depeche_lang::fr::clause_openers().contains(w.low.as_str())
                        || grammar::looks_like_participle(w)
                        || depeche_lang::fr::is_interview_participle(&w.low)
                        || absolute()
                };
                // "…, ajoute X, conseiller régional.": a role in apposition to the subject
                // closing the sentence is still the subject's phrase, the cue closes the
                // statement before it
                if new_clause || (g.clitic.is_none() && closing_apposition(tk, np_e, end)) {
                    return Some((c, g, np));
                }
                if g.clitic.is_some()
                    && g.end < end
                    && t[g.end].text == ","
                    && !marks::overlaps(marked, t[ss].s, t[se - 1].e)
                {
                    // "Contrairement aux discours, appuie-t-il, le français ...": an incise
                    // inside the statement; the statement is the whole sentence
                    return Some((end, g, np));
                }
                if g.clitic.is_none()
                    && np_e + 1 < end
                    && t[np_e].text == ","
                    && !only_adjuncts(tk, np_e, end)
                    && (np_e + 1..end).filter(|&k| t[k].is_word()).count() >= 2
                    && !marks::overlaps(marked, t[ss].s, t[se - 1].e)
                {
                    // "Le suspect, a indiqué le procureur, aurait agi seul.": the same incise
                    // with a noun phrase for subject, the statement around it
                    return Some((end, g, np));
                }
                if np_e < end && g.clitic.is_none() && !only_adjuncts(tk, np_e, end) {
                    return None; // more text after the subject: not a closing cue
                }
                Some((c, g, np))
            });
        // "Ce choix permettra d'atteindre « un haut niveau » a-t-il déclaré.": a cue whose
        // subject clitic is inverted closes the sentence even when the comma before it was
        // forgotten (an inverted clitic after a clause is no question without its "?")
        let found = found.or_else(|| {
            let end = clause_end(tk, se, ss);
            // (most sentences have no inverted clitic near their end: a cheap test first)
            if t[se - 1].text == "?" || !(ss..end).rev().take(10).any(|k| t[k].low.starts_with('-'))
            {
                return None;
            }
            (ss + 3..end).rev().take(8).find_map(|p| {
                // (only right after a closing mark: "Du moins le ministre l'a-t-il affirmé",
                // "Aussi X a-t-il démenti" invert after an adverb, with no incise)
                if !matches!(t[p - 1].text, "»" | "”")
                    || t[p].low.starts_with('-')
                    || marks::containing(marked, t[p].s).is_some()
                {
                    return None;
                }
                // (a clause opening in marks is the speaker's own words, which the direct pass
                // reports: "« … », la question est de savoir « … » affirme-t-il")
                let first = (ss..p).find(|&k| !matches!(t[k].text, "-" | "–" | "—"))?;
                if marks::containing(marked, t[first].s).is_some()
                    || matches!(t[first].text, "«" | "“" | "\"")
                {
                    return None;
                }
                let g = grammar::group_from(tk, p)?;
                if g.kind != GroupKind::Active
                    || g.clitic.is_none()
                    || grammar::que_follows(tk, &g)
                    || (g.end < end && !only_adjuncts(tk, g.end, end))
                {
                    return None;
                }
                let np = group_speaker(tk, &g, true)?;
                Some((p, g, np))
            })
        });
        let Some((c, g, np)) = found else { continue };
        let ce = c;
        // the clause after the last semicolon or colon: "... a critiqué X ; c'est une
        // ingérence, a déclaré Y."
        let ss = (ss..ce)
            .rev()
            .find(|&k| {
                matches!(t[k].text, ";" | ":") && marks::containing(marked, t[k].s).is_none()
            })
            .map_or(ss, |k| k + 1);
        let mut ss = after_open_paren(tk, marked, ss, ce);
        // "— Nous ne céderons pas, a déclaré X.": a dash opening the paragraph opens a
        // line of dialogue, the speaker's own words
        let dialogue = matches!(t[ss].text, "–" | "—")
            && (ss == 0 || tk.text[t[ss - 1].e..t[ss].s].contains('\n'));
        // "12 mai 2012. - Trois personnes sont mortes, a indiqué la police": the dash
        // after a dateline is not part of what was said
        while ss + 1 < ce && matches!(t[ss].text, "-" | "–" | "—") {
            ss += 1;
        }
        if ss + 1 >= ce {
            continue;
        }
        // a clause wholly in marks is a direct quotation only
        if marks::containing(marked, t[ss].s).is_some_and(|m| t[ce - 1].e <= m.close + 1) {
            continue;
        }
        if out.iter().any(|q| q.s <= t[ss].s && t[ce - 1].e <= q.e) {
            continue;
        }
        let mut cand = Cand::indirect(
            t[ss].s,
            t[ce - 1].e,
            Some(cue_of(tk, &g)),
            t[g.start].s,
            Some(Source::Np(np)),
        );
        if dialogue {
            cand.kind = QuoteKind::Direct;
        }
        out.push(cand);
    }
}

/// Whether the two phrases between commas right before the comma at token `c` are a person's
/// name and their role, in either order (`Au cours du conseil, Claude Roux, maire, a fait part
/// au conseil des conclusions du commissaire`): the subject of the verb after the comma, set
/// off by its apposition, so the verb opens no closing cue and what follows it is its object.
fn apposed_subject(tk: &Toks, ss: usize, c: usize) -> bool {
    let t = &tk.t;
    let Some(p) = (ss + 1..c).rev().find(|&k| t[k].text == ",") else {
        return false;
    };
    let q = (ss..p)
        .rev()
        .find(|&k| t[k].text == ",")
        .map_or(ss, |k| k + 1);
    // (phrases with no verb: "La police a arrêté le maire, Paul Roux, a indiqué X" reports)
    let exact = |a: usize, b: usize| {
        noun_phrase(tk, a, b).filter(|np| {
            np.s == a && np.e == b && !(a..b).any(|k| t[k].verbish || grammar::is_aux(&t[k]))
        })
    };
    let person = |np: &Option<Np>| np.as_ref().is_some_and(|n| n.kind == NpKind::Person);
    let role = |np: &Option<Np>| {
        np.as_ref()
            .is_some_and(|n| n.kind == NpKind::Role && n.role_head.is_some())
    };
    let (x, y) = (exact(q, p), exact(p + 1, c));
    (person(&x) && role(&y)) || (role(&x) && person(&y))
}

/// Where a second subject joined to an inverted one by "et" ends (`soulignent Paul Mercier et
/// Anne Roux`, `le syndicat et la préfecture`): at token `e`, "et", then a noun phrase with no
/// sign of a verb (not "et il a quitté la salle", a new clause), up to `end`.
fn coordinated_subject_end(tk: &Toks, e: usize, end: usize) -> Option<usize> {
    let t = &tk.t;
    if e + 1 >= end || t[e].low != "et" {
        return None;
    }
    // ("…, a annoncé le ministère de la Santé publique et de la Population": a body's name
    // going on with "et de" and capitalised words to the clause's end is one subject)
    if matches!(t[e + 1].low.as_str(), "de" | "du" | "des" | "d'") {
        let mut k = e + 2;
        while k < end && grammar::is_determiner(&t[k]) {
            k += 1;
        }
        let words = (k..end).take_while(|&j| t[j].is_word()).count();
        if words > 0 && k + words == end && t[k].cap {
            return Some(end);
        }
    }
    let (s2, e2) = grammar::subject_after(tk, e + 1)?;
    let e2 = e2.min(end);
    if s2 != e + 1 || e2 <= s2 || grammar::has_verb_signal(tk, s2, e2) {
        return None;
    }
    noun_phrase(tk, s2, e2)
        .filter(|np| np.kind != NpKind::Pronoun && np.e == e2)
        .map(|_| e2)
}

/// The start of the figure a source gives when a sentence sets two sources' figures side by
/// side (`13 500 selon la préfecture, 40 000 selon les organisateurs`): the marker at `i`
/// (its source ending at `ne`) has a twin in the sentence, its chunk (from the sentence's
/// start, a comma or `et`) holds a number right before the marker, and the source closes
/// the chunk (a comma, `et` or the sentence's end follows it).
fn counted_by_sources(tk: &Toks, ss: usize, se: usize, i: usize, ne: usize) -> Option<usize> {
    let t = &tk.t;
    let twin = (ss..se).any(|k| k != i && t[k].low == t[i].low);
    let chunk = (ss..i)
        .rev()
        .find(|&k| t[k].text == "," || t[k].low == "et")
        .map_or(ss, |k| k + 1);
    let number = |k: usize| {
        t[k].kind == depeche_article::TokenKind::Number
            || t[k].text == "%"
            || depeche_lang::fr::time::lexicon()
                .numbers
                .contains_key(&depeche_lang::fr::time::key(&t[k].low))
    };
    // (the figure, maybe with its unit: "13 500 personnes", "40 %")
    let figure = i > chunk && (number(i - 1) || (i >= chunk + 2 && number(i - 2)));
    let closed = ne >= se || matches!(t[ne].text, "," | ".") || t[ne].low == "et";
    // (a verb in the source's words makes them a clause: "Entre 50 000 selon la police et
    // 150 000 selon les syndicats ont défilé")
    let verbless = !(i + 1..ne.min(se)).any(|k| grammar::is_aux(&t[k]) || t[k].verbish);
    (twin && figure && closed && verbless).then_some(chunk)
}

/// Whether the participle-looking word at `k` is a noun governed by the preposition before
/// it ("a indiqué par communiqué que", "par voie de communiqué"): no verb of its own to take
/// the "que" after it ("avant d'ajouter que" is an infinitive's, and stays a verb).
fn noun_after_preposition(tk: &Toks, k: usize) -> bool {
    let t = &tk.t;
    k > 0
        && (grammar::is_preposition(&t[k - 1])
            || matches!(t[k - 1].low.as_str(), "de" | "d'" | "du" | "des"))
        && !depeche_lang::fr::looks_like_infinitive(&t[k].low)
}

/// The first comma in `[from, to)` that opens a relative clause (`, qui`, `, dont`).
fn relative_comma(tk: &Toks, from: usize, to: usize) -> Option<usize> {
    let t = &tk.t;
    (from..to).find(|&k| {
        t[k].text == ","
            && t.get(k + 1)
                .is_some_and(|x| matches!(x.low.as_str(), "qui" | "dont"))
    })
}

/// Whether tokens `[c, e)` are a comma and a role in apposition running to the end of the
/// clause: a title or an agent noun, with or without its article, and no verb
/// (`, conseiller régional de Bretagne`, `, la porte-parole du parti`, `, lui-même élu`).
fn closing_apposition(tk: &Toks, c: usize, e: usize) -> bool {
    let t = &tk.t;
    if c + 1 >= e || t[c].text != "," {
        return false;
    }
    // (", lui-même conseiller régional": the emphatic pronoun before the role)
    let from = if matches!(t[c + 1].low.as_str(), "lui-même" | "elle-même") {
        c + 2
    } else {
        c + 1
    };
    let head = match t.get(from) {
        Some(d) if from < e && grammar::is_determiner(d) => from + 1,
        _ => from,
    };
    let Some(h) = t.get(head).filter(|_| head < e) else {
        return false;
    };
    let role = depeche_lang::fr::titles().contains_key(h.low.as_str())
        || depeche_lang::fr::looks_like_agent_noun(&h.low);
    role && !h.cap
        && (c + 1..e).all(|k| {
            !grammar::is_aux(&t[k])
                && verb_group(tk, k).is_none()
                && !matches!(t[k].text, "," | ";" | ":" | "«" | "“" | "\"")
                && !matches!(t[k].low.as_str(), "qui" | "que" | "qu'" | "dont")
        })
}

/// Whether tokens `[s, e)` after an inverted subject are only adjuncts: phrases opened by a
/// preposition (`à l'AFP`, `, à la demande de sa famille`, `dans un communiqué`), so that the
/// cue still closes the sentence.
pub(crate) fn only_adjuncts(tk: &Toks, s: usize, e: usize) -> bool {
    let t = &tk.t;
    // ("…, affirme X dans un rapport publié jeudi, qui dénonce …": adjuncts, then a relative
    // describing the speaker; the relative's verb is no verb of the adjuncts)
    if let Some(r) = relative_comma(tk, s + 2, e) {
        return only_adjuncts(tk, s, r);
    }
    let mut k = s;
    while k < e && t[k].text == "," {
        k += 1;
    }
    if k > s && k < e && matches!(t[k].low.as_str(), "qui" | "dont") {
        // "..., note l'institut, qui attendait mieux": a relative clause describes the
        // speaker and ends the sentence; the cue still closes what was said
        return true;
    }
    // ("…, a appelé les autorités à « cesser les hostilités »": "à" or "de" before an
    // infinitive or words in marks completes the verb, the phrase before it is its object)
    let complement = matches!(t[k].low.as_str(), "à" | "de" | "d'")
        && t.get(k + 1).is_some_and(|x| {
            matches!(x.text, "«" | "“" | "\"")
                || (x.is_word() && !x.cap && depeche_lang::fr::looks_like_infinitive(&x.low))
        });
    // ("…, a annoncé X, cinq jours après le séisme", "…, a dit X, mardi soir": a phrase of
    // time closing the sentence is an adjunct as a prepositional one is; "Le prix, a dit X,
    // mardi, va augmenter" goes on with the statement after the time's comma)
    // (another adjunct may follow after a comma: "…, jeudi, avant de quitter la salle")
    let of_time = k < e
        && (grammar::TIME_WORDS.contains(&t[k].low.as_str())
            || ((t[k].kind == depeche_article::TokenKind::Number
                || depeche_lang::fr::time::lexicon()
                    .numbers
                    .contains_key(&depeche_lang::fr::time::key(&t[k].low)))
                && t.get(k + 1).is_some_and(|x| grammar::time_noun(&x.low))))
        && (k..e)
            .find(|&j| t[j].text == ",")
            .is_none_or(|c| only_adjuncts(tk, c, e));
    k < e
        && (grammar::is_preposition(&t[k]) || of_time)
        && !complement
        && !(k + 1..e).any(|j| verb_group(tk, j).is_some_and(|g| g.kind == GroupKind::Active))
}

/// The clause over bytes `[bs, be)` reported by the subject of `g`; a plain noun phrase is
/// the subject when no name, title or pronoun is ("En outre, plusieurs témoins ont raconté
/// avoir vu ...").
fn reported_by_subject(tk: &Toks, g: &VerbGroup, bs: usize, be: usize) -> Option<Cand> {
    let np = group_speaker(tk, g, false).or_else(|| {
        let (s, e) = subject_before(tk, g.start, 0)?;
        grammar::plain_np(tk, s, e)
    })?;
    Some(Cand::indirect(
        bs,
        be,
        Some(cue_of(tk, g)),
        tk.t[g.start].s,
        Some(Source::Np(np)),
    ))
}

/// `X est convaincu que CLAUSE`, `elle reste persuadée que`: a copula, an adjective of
/// conviction (data `conviction_adjectives.txt`) and a que-clause report the subject's view.
pub(crate) fn conviction_que(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
    let t = &tk.t;
    let adjectives = depeche_lang::fr::conviction_adjectives();
    let is_conviction = |w: &str| {
        let stem = w
            .strip_suffix("es")
            .or_else(|| w.strip_suffix('s'))
            .or_else(|| w.strip_suffix('e'))
            .filter(|s| adjectives.contains(s));
        adjectives.contains(w) || stem.is_some()
    };
    for k in 1..t.len().saturating_sub(1) {
        if !matches!(t[k + 1].low.as_str(), "que" | "qu'") || !is_conviction(t[k].low.as_str()) {
            continue;
        }
        // the copula right before, a negation or an adverb between: "n'est pas certain que"
        let Some(cop) = (k.saturating_sub(3)..k).rev().find(|&j| {
            matches!(
                t[j].low.as_str(),
                "est" | "sont" | "était" | "étaient" | "reste" | "restent" | "demeure" | "semble"
            )
        }) else {
            continue;
        };
        if marks::containing(marked, t[k].s).is_some() {
            continue;
        }
        let Some((s, e)) = subject_before(tk, cop, 0) else {
            continue;
        };
        // "il est certain que" is impersonal
        let Some(np) = noun_phrase(tk, s, e).filter(|np| np.name != "il") else {
            continue;
        };
        let (_, se) = tk.sentence_of(k);
        let cs = k + 2;
        let ce = clause_end(tk, se, cs);
        if cs >= ce {
            continue;
        }
        out.push(Cand::indirect(
            t[cs].s,
            t[ce - 1].e,
            Some((t[cop].s, t[k].e, "être convaincu")),
            t[cop].s,
            Some(Source::Np(np)),
        ));
    }
}

/// `X a été clair : CLAUSE`, `la directrice se montre optimiste : CLAUSE`: a copula, an
/// adjective of stance (data `stance_adjectives.txt`) and a colon with no quote mark after it
/// introduce the subject's statement, as a reporting verb before a colon does.
pub(crate) fn stance_colon(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
    let t = &tk.t;
    let adjectives = depeche_lang::fr::stance_adjectives();
    let is_stance = |w: &str| {
        adjectives.contains(w)
            || ["es", "s", "e"]
                .iter()
                .any(|e| w.strip_suffix(e).is_some_and(|s| adjectives.contains(s)))
            // (inquiète, franche: the feminine changes the stem)
            || w.strip_suffix("ète").is_some_and(|s| adjectives.contains(format!("{s}et").as_str()))
            || w.strip_suffix("che").is_some_and(|s| adjectives.contains(format!("{s}c").as_str()))
    };
    for k in 2..t.len().saturating_sub(1) {
        if t[k].text != ":" || !is_stance(t[k - 1].low.as_str()) {
            continue;
        }
        let (ss, _) = tk.sentence_of(k);
        let next = &t[k + 1];
        if next.sent != t[k].sent || !next.is_word() || marks::containing(marked, next.s).is_some()
        {
            continue;
        }
        // the copula a few words before: "est (très) clair", "a été formel", "se montre",
        // "se veut rassurant", "reste prudent"
        let copula = (k.saturating_sub(4).max(ss)..k - 1).any(|j| {
            matches!(
                t[j].low.as_str(),
                "est"
                    | "sont"
                    | "était"
                    | "étaient"
                    | "été"
                    | "sera"
                    | "montre"
                    | "montrent"
                    | "montré"
                    | "montrée"
                    | "montrés"
                    | "montrées"
                    | "veut"
                    | "veulent"
                    | "voulu"
                    | "voulue"
                    | "reste"
                    | "restent"
                    | "demeure"
                    | "semble"
            )
        });
        if !copula || marks::containing(marked, t[k].s).is_some() {
            continue;
        }
        // (a person or a title, "le gouvernement se veut rassurant": a name is cut to its first
        // word here, "Le Conseil constitutionnel a été clair", and a name "clear" is as often a
        // text's, "le Code du travail est formel"; nor the subject of a relative, "dont le
        // fils est inquiet")
        if (ss..k).any(|j| matches!(t[j].low.as_str(), "dont" | "qui")) {
            continue;
        }
        // ("Le recensement de l'INSEE est formel :", "Le message de la CGT est clair :": a
        // statement or a document of a body's speaks for the body)
        let documented = (ss..(ss + 2).min(k)).any(|j| {
            depeche_lang::fr::statement_nouns().contains(t[j].low.as_str())
                || depeche_lang::fr::is_source_document(&t[j].low)
        });
        let Some(np) = leading_subject(tk, ss, k).filter(|np| {
            (documented && np.kind == NpKind::Name)
                || np.kind == NpKind::Person
                || (np.kind == NpKind::Pronoun && matches!(np.name.as_str(), "il" | "elle"))
                || (np.kind == NpKind::Role && np.role_head.is_some())
        }) else {
            continue;
        };
        let cue = (t[k - 1].s, t[k - 1].e, "être clair");
        if let Some(cand) = after_colon(tk, marked, k, cue, np) {
            out.push(cand);
        }
    }
}

/// `Son constat : CLAUSE`, `X a adressé un message clair : CLAUSE`, `Le message du ministre :
/// CLAUSE`: a statement noun (data `statement_nouns.txt`, or `mots`, `paroles`) among the
/// last words before a colon with no quote mark after it introduces the
/// statement of whoever the noun belongs to: its holder after `de`, the clause's subject, or,
/// after a possessive opening the sentence, the person it takes up.
pub(crate) fn statement_colon(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
    let t = &tk.t;
    for k in 2..t.len().saturating_sub(1) {
        if t[k].text != ":" {
            continue;
        }
        let (ss, _) = tk.sentence_of(k);
        let next = &t[k + 1];
        if k > ss + 12
            || next.sent != t[k].sent
            || !next.is_word()
            || marks::containing(marked, next.s).is_some()
            || marks::overlaps(marked, t[ss].s, t[k].e)
        {
            continue;
        }
        // the noun, then at most two lower-case words (an adjective: "un message clair"), or
        // the noun opening the clause with its holder ("Le message du ministre X :"); a
        // count or a sentence ("Bilan :", "Verdict :") is no one's words
        let statement = |j: usize| {
            let w = t[j].low.as_str();
            (depeche_lang::fr::statement_nouns().contains(w) || matches!(w, "mots" | "paroles"))
                && !matches!(w, "bilan" | "verdict")
        };
        // (closing: after a demonstrative, "X a eu ces mots :", or an indefinite article with
        // an adjective, "un message clair :"; not after a preposition, "à ces mots :", nor a
        // reply awaited, "attend une réponse :")
        let closing = (k.saturating_sub(3).max(ss)..k)
            .rev()
            .find(|&j| statement(j))
            .filter(|&j| (j + 1..k).all(|x| t[x].is_word() && !t[x].cap))
            .filter(|&j| {
                j > ss + 1
                    && !grammar::is_preposition(&t[j - 2])
                    && (matches!(t[j - 1].low.as_str(), "ce" | "cet" | "cette" | "ces")
                        || (matches!(t[j - 1].low.as_str(), "un" | "une") && j + 1 < k))
            });
        // (opening: a singular noun, "Le message de X :"; "Les propos de X :" heads what is
        // said about them)
        let opening = (ss..(ss + 2).min(k)).find(|&j| {
            statement(j)
                && !t[j].low.ends_with('s')
                && t.get(j + 1)
                    .is_some_and(|x| matches!(x.low.as_str(), "de" | "du" | "des" | "d'"))
        });
        let possessive = matches!(t[ss].low.as_str(), "son" | "sa" | "ses" | "leur" | "leurs");
        let possessed = possessive
            && t.get(ss + 1).is_some_and(|x| {
                depeche_lang::fr::statement_nouns().contains(x.low.as_str())
                    && !matches!(x.low.as_str(), "bilan" | "verdict")
            })
            && ss + 2 == k;
        let Some(j) = closing.or(opening).or(possessed.then_some(ss + 1)) else {
            continue;
        };
        let np = if possessive && j == ss + 1 {
            let pronoun = if t[ss].low.starts_with("leur") {
                "eux"
            } else {
                "lui"
            };
            Some(Np::possessor(ss, pronoun))
        } else {
            // the noun's holder ("Le message du ministre X :") or the clause's subject ("X a
            // eu ces mots :"); a noun of no one's ("Le bilan :") names no one
            // (never the noun itself read as a name: "Réponse : …")
            leading_subject(tk, ss, k).filter(|np| {
                (np.s > j || np.e <= j)
                    && (matches!(np.kind, NpKind::Person | NpKind::Name)
                        || (np.kind == NpKind::Role && np.role_head.is_some()))
            })
        };
        let Some(np) = np else { continue };
        if let Some(cand) = after_colon(tk, marked, k, (t[j].s, t[j].e, "constat"), np) {
            out.push(cand);
        }
    }
}

/// The statement after the colon at token `k`, to the end of its clause, said by `np` with
/// `cue`: none when it is a word or two, or holds quote marks (a quotation is attributed on
/// its own).
fn after_colon(
    tk: &Toks,
    marked: &[Marked],
    k: usize,
    cue: (usize, usize, &'static str),
    np: Np,
) -> Option<Cand> {
    let t = &tk.t;
    let (ss, se) = tk.sentence_of(k);
    let ce = clause_end(tk, se, k + 1);
    if ce <= k + 2 || marks::overlaps(marked, t[k + 1].s, t[ce - 1].e) {
        return None;
    }
    Some(Cand::indirect(
        t[k + 1].s,
        t[ce - 1].e,
        Some(cue),
        t[ss].s,
        Some(Source::Np(np)),
    ))
}

/// `X a affirmé que CLAUSE, Y a répliqué que ...`, `... que CLAUSE, ajoutant que ...`: a
/// reported clause ends before the next statement's cue when that cue falls inside it, at
/// the comma or semicolon that opens the next statement.
pub(crate) fn end_before_other_cues(tk: &Toks, marked: &[Marked], cands: &mut [Cand]) {
    let t = &tk.t;
    let mut cues: Vec<usize> = cands
        .iter()
        .filter(|c| c.kind == QuoteKind::Indirect)
        .filter_map(|c| c.cue.map(|(s, _, _)| s))
        .collect();
    // (a quotation whose whole clause is in marks has a cue too, which no reported clause
    // holds yet: "… et assure que « la porte reste ouverte »" opens a statement as "… et
    // assure que la porte reste ouverte" does)
    for m in marked {
        let o = tk.at_byte(m.open);
        if o < 2 || !matches!(t[o - 1].low.as_str(), "que" | "qu'") {
            continue;
        }
        if let Some(g) = (o.saturating_sub(6)..o - 1)
            .find_map(|k| verb_group(tk, k).filter(|g| g.start == k && g.end == o - 1))
        {
            cues.push(t[g.start].s);
        }
    }
    for c in cands.iter_mut().filter(|c| c.kind == QuoteKind::Indirect) {
        // its own cue may sit inside it ("Le texte, appuie-t-il, est clair")
        let own = c.cue.map(|(s, _, _)| s);
        let Some(&cue) = cues
            .iter()
            .filter(|&&b| c.s < b && b < c.e && Some(b) != own)
            .min()
        else {
            continue;
        };
        let (cs, ck) = (tk.at_byte(c.s), tk.at_byte(cue));
        // ("X affirme que CLAUSE et assure que ...", "… et il a ajouté que …": a cue
        // coordinated by "et" opens the next statement at the "et")
        let coordinated = match ck.checked_sub(cs) {
            Some(n) if n > 2 && matches!(t[ck - 1].low.as_str(), "et" | "mais") => {
                Some((ck - 1, false))
            }
            Some(n)
                if n > 3
                    && matches!(t[ck - 2].low.as_str(), "et" | "mais")
                    && matches!(t[ck - 1].low.as_str(), "il" | "elle" | "ils" | "elles") =>
            {
                Some((ck - 2, true))
            }
            _ => None,
        }
        .filter(|&(et, pronoun)| shares_subject(tk, c.cue, cs, et, ck, pronoun))
        .map(|(et, _)| et)
        .or_else(|| {
            // ("X a dit que A et Anne Y a ajouté que B": a name of its own with a singular
            // verb is a new speaker; "que Paul Y et Marie Z ont confirmé que" is one subject
            // of the reported clause)
            let (a, b) = *grammar::name_runs(tk, cs, ck).last()?;
            let singular = !t[ck].low.ends_with("nt");
            (b == ck && a > cs + 2 && t[a - 1].low == "et" && singular)
                .then_some(a.saturating_sub(1))
        });
        let Some(sep) =
            coordinated.or_else(|| (cs..ck).rev().find(|&k| matches!(t[k].text, "," | ";")))
        else {
            continue;
        };
        let ce = clause_end(tk, sep, cs);
        if (cs..ce).filter(|&k| t[k].is_word()).count() >= 3 {
            c.e = t[ce - 1].e;
        }
    }
}

/// Whether the cue at token `ck`, coordinated by the "et" at `et` inside the clause reported
/// from `cs` by `cue`, has that cue's subject (and so opens a statement of its own): a pronoun
/// repeats it; after a compound cue ("a affirmé que"), a bare participle or the same auxiliary
/// does, unless the reported clause has an auxiliary of its own for it to share ("que les
/// riverains avaient manifesté et demandé que" is the riverains' request, "que le suspect a
/// été interpellé et a avoué" the suspect's confession, "que le préfet est venu et a assuré
/// que" may be the prefect's); after a simple cue ("affirme que"), a
/// simple verb of the same number. Never past a relative or a "que" of the clause ("les
/// enseignants qui ont manifesté et réclamé que").
fn shares_subject(
    tk: &Toks,
    cue: Option<(usize, usize, &'static str)>,
    cs: usize,
    et: usize,
    ck: usize,
    pronoun: bool,
) -> bool {
    let t = &tk.t;
    let Some((cue_s, _, _)) = cue else {
        return false;
    };
    let relative = (cs..et).any(|k| {
        matches!(
            t[k].low.as_str(),
            "qui" | "que" | "qu'" | "dont" | "lequel" | "laquelle" | "lesquels" | "lesquelles"
        )
    });
    if relative {
        return false;
    }
    if pronoun {
        return true;
    }
    // (past the cue's clitics: "leur a assuré que A et a rappelé que B")
    let mut first = tk.at_byte(cue_s);
    while first + 1 < et
        && matches!(
            t[first].low.as_str(),
            "leur" | "lui" | "nous" | "vous" | "l'" | "le" | "la" | "les" | "y" | "en"
        )
    {
        first += 1;
    }
    let compound = grammar::is_aux(&t[first]);
    // (an auxiliary of another tense in the clause is no repetition of the cue's: "a reconnu
    // que la situation était grave et a estimé que")
    // (of the same verb: "que la situation est grave et a annoncé que" has a copula, no
    // "avoir" of the clause's own)
    let own_same_tense = (cs..et).any(|k| {
        grammar::is_aux(&t[k])
            && grammar::aux_tense(&t[k].low) == grammar::aux_tense(&t[ck].low)
            && grammar::is_avoir(&t[k]) == grammar::is_avoir(&t[ck])
    });
    let plural = |w: &str| w.ends_with("nt");
    if grammar::is_aux(&t[ck]) {
        // ("estime que l'expropriation est illégale et a annoncé que": after a cue in a simple
        // tense, a compound one whose auxiliary the reported clause does not have goes with
        // the cue's subject when that clause already has its verb)
        // (a clause with a copula, a state, whose subject does not go on to speak: "que la
        // victime connaissait son agresseur et a déclaré" is the victim's; and an auxiliary
        // agreeing with the cue in number: "Les enquêteurs pensent que … et a déclaré" is not
        // theirs)
        let copula = (cs..et).any(|k| {
            matches!(
                t[k].low.as_str(),
                "est" | "sont" | "était" | "étaient" | "sera" | "seront" | "serait" | "seraient"
            )
        });
        // (a third person plural, not the "-ient" of soutient, maintient)
        let third_plural = |w: &str| {
            (w.ends_with("ent") && !w.ends_with("ient"))
                || matches!(w, "ont" | "sont" | "font" | "vont")
        };
        let simple_cue_then_compound = !compound
            && !own_same_tense
            && copula
            && third_plural(&t[ck].low) == third_plural(&t[first].low);
        (compound && t[ck].low == t[first].low && !own_same_tense) || simple_cue_then_compound
    } else if compound {
        // a bare participle: its auxiliary left out is the cue's, unless the clause has an
        // "avoir" of its own ("était fermée et ajouté que" leaves the cue's; a reporting
        // verb's participle never takes "être")
        let participle = grammar::looks_like_past_participle(&t[ck].low);
        let own_avoir = (cs..et)
            .any(|k| grammar::is_avoir(&t[k]) || matches!(t[k].low.as_str(), "ait" | "aient"));
        participle && !own_avoir
    } else {
        plural(&t[ck].low) == plural(&t[first].low)
    }
}

/// `X a émis l'hypothèse que CLAUSE`, `X a exprimé sa crainte que CLAUSE`, `X est d'avis que
/// CLAUSE`: the "que" clause of a noun of saying or thinking, held by the subject of the verb
/// the noun is the object of.
pub(crate) fn content_noun_que(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
    let t = &tk.t;
    let nouns = depeche_lang::fr::content_nouns();
    for k in 3..t.len() {
        if !matches!(t[k].low.as_str(), "que" | "qu'")
            || !nouns.contains(t[k - 1].low.as_str())
            || !(grammar::is_determiner(&t[k - 2]) || t[k - 2].low == "d'")
            || !depeche_lang::fr::content_noun_verbs().contains(t[k - 3].low.as_str())
        {
            continue;
        }
        let (ss, se) = tk.sentence_of(k);
        let Some((bs, be)) = que_clause(tk, marked, out, k, se) else {
            continue;
        };
        // the holder: the subject of the clause's first verb, before the noun
        let Some(np) = main_clause_subject(tk, k - 2).filter(|np| {
            matches!(np.kind, NpKind::Person | NpKind::Name | NpKind::Pronoun)
                || (np.kind == NpKind::Role && np.role_head.is_some())
        }) else {
            continue;
        };
        if np.e > k - 2 || np.s < ss {
            continue;
        }
        let lemma = nouns.get(t[k - 1].low.as_str()).copied().unwrap_or("avis");
        out.push(Cand::indirect(
            bs,
            be,
            Some((t[k - 3].s, t[k - 1].e, lemma)),
            t[np.s].s,
            Some(Source::Np(np)),
        ));
    }
}

/// `L'avis du ministre est que CLAUSE`, `L'hypothèse privilégiée par les enquêteurs est que
/// CLAUSE`: a noun of saying or thinking opening the sentence, its holder after `de` or after
/// a participle and `par`, then `est que`: the clause is the holder's statement (`Le problème
/// est que …` names no holder and reports nothing).
pub(crate) fn noun_is_que(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
    let t = &tk.t;
    let said = depeche_lang::fr::statement_nouns();
    let thought = depeche_lang::fr::content_nouns();
    for &(ss, se) in &tk.sents {
        if se < ss + 8 || !grammar::is_determiner(&t[ss]) {
            continue;
        }
        // ("La principale conclusion du rapport est que": a prenominal adjective first)
        let h = if depeche_lang::fr::prenominal_adjectives().contains(t[ss + 1].low.as_str()) {
            ss + 2
        } else {
            ss + 1
        };
        let noun = t[h].low.as_str();
        let Some(lemma) = said.get(noun).or_else(|| thought.get(noun)).copied() else {
            continue;
        };
        let Some(k) = (h + 3..(h + 14).min(se))
            .take_while(|&k| !matches!(t[k].text, "," | ":" | ";" | "«" | "“" | "\""))
            .find(|&k| {
                matches!(t[k].low.as_str(), "que" | "qu'")
                    && matches!(t[k - 1].low.as_str(), "est" | "était" | "reste" | "demeure")
            })
        else {
            continue;
        };
        let from = match t[h + 1].low.as_str() {
            "du" | "des" => h + 1,
            "de" | "d'" => h + 2,
            // ("l'explication avancée par la police": a participle and its agent)
            w if t[h + 2].low == "par"
                && !t[h + 1].cap
                && ["é", "ée", "és", "ées", "u", "ue", "is", "ise"]
                    .iter()
                    .any(|e| w.ends_with(e)) =>
            {
                h + 3
            }
            _ => continue,
        };
        let Some(np) = noun_phrase(tk, from, k - 1).filter(|np| {
            matches!(np.kind, NpKind::Person | NpKind::Name)
                || (np.kind == NpKind::Role && np.role_head.is_some())
        }) else {
            continue;
        };
        let Some((bs, be)) = que_clause(tk, marked, out, k, se) else {
            continue;
        };
        out.push(Cand::indirect(
            bs,
            be,
            Some((t[h].s, t[k].e, lemma)),
            t[ss].s,
            Some(Source::Np(np)),
        ));
    }
}

/// The clause after the "que" at token `k`, to its sentence's end `se`, as byte offsets:
/// none when it has fewer than three words, lies in marks, or overlaps a statement found
/// already.
fn que_clause(
    tk: &Toks,
    marked: &[Marked],
    out: &[Cand],
    k: usize,
    se: usize,
) -> Option<(usize, usize)> {
    let t = &tk.t;
    let (cs, ce) = (k + 1, clause_end(tk, se, k + 1));
    if (cs..ce).filter(|&j| t[j].is_word()).count() < 3 {
        return None;
    }
    let (bs, be) = (t[cs].s, t[ce - 1].e);
    if marks::containing(marked, bs).is_some_and(|m| be <= m.close + 1)
        || out.iter().any(|c| c.s < be && bs < c.e)
    {
        return None;
    }
    Some((bs, be))
}

/// `la déclaration du ministre selon laquelle …`, `les propos de X selon lesquels …`: the
/// holder of a statement noun (data `statement_nouns.txt`) whose "de" complement runs up to
/// the marker at token `i`, when it is a person, a name or a titled role.
fn statement_holder(tk: &Toks, ss: usize, i: usize) -> Option<Np> {
    let t = &tk.t;
    let nouns = depeche_lang::fr::statement_nouns();
    let n = (i.saturating_sub(10).max(ss + 1)..i.saturating_sub(2))
        .rev()
        .find(|&k| nouns.contains(t[k].low.as_str()) && grammar::is_determiner(&t[k - 1]))?;
    if !matches!(t[n + 1].low.as_str(), "de" | "du" | "des" | "d'") {
        return None;
    }
    let from = if matches!(t[n + 1].low.as_str(), "du" | "des") {
        n + 1
    } else {
        n + 2
    };
    noun_phrase(tk, from, i).filter(|np| {
        matches!(np.kind, NpKind::Person | NpKind::Name)
            || (np.kind == NpKind::Role && np.role_head.is_some())
    })
}
