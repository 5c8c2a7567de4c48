//! Quotations in marks: whether the marked words are a quotation at all, and who said them.

use super::*;

/// Attribute a quotation in marks.
pub(crate) fn attribute_direct(
    tk: &Toks,
    m: &Marked,
    marked: &[Marked],
    indirect: &[Cand],
    lead_ins: &[Cand],
) -> Cand {
    let t = &tk.t;
    let oi = tok_at(tk, m.open);
    let ci = last_tok_before(tk, m.close).unwrap_or(oi);
    let (ss, _) = tk.sentence_of(oi);
    let (_, se_close) = tk.sentence_of(ci.min(t.len() - 1));
    let mut c = Cand {
        s: m.s,
        e: m.e,
        kind: QuoteKind::Direct,
        partial: false,
        cue: None,
        source: None,
        at: m.open,
    };
    // words of the journalist's around the marks in the same sentence make it partial
    // "une série baptisée « Europe »", "des pages telles que « suicide »": a name or a term in
    // marks, a few words long, is not a quotation (a name, a title or a gloss may run to eight:
    // "se fait appeler « le prophète de l'Amérique »", "signifie « Rate Adaptive Digital
    // Subscriber Line »")
    let words_inside = (oi..=ci).filter(|&k| t[k].is_word()).count();
    // (the longer limit for a gloss or a name one goes by only: "a employé le terme « trahison
    // pure et simple de nos électeurs »" is the speaker's phrase; and words in the first
    // person are said by someone whatever names them)
    let limit = if gloss_before(tk, oi, ss) { 8 } else { 4 };
    let first_person = (oi..=ci).any(|k| {
        matches!(
            t[k].low.as_str(),
            "je" | "j'" | "nous" | "me" | "m'" | "mon" | "ma" | "mes" | "notre" | "nos"
        )
    });
    if words_inside <= limit
        && !first_person
        && (named_by_context(tk, oi, ss) || names_a_role(tk, oi, ci))
    {
        return c;
    }
    // "mis en examen pour « prise illégale d'intérêts »", "une plainte pour « A », « B » et
    // « C »": a charge's name after a judicial procedure is the law's wording, however long
    if words_inside <= 14 && !first_person && names_a_charge(tk, marked, oi, ss) {
        return c;
    }
    // words of another quotation are not the journalist's: « ... ! ». « ... ! » are two
    // statements standing alone
    let journalist = |k: usize| t[k].is_word() && marks::containing(marked, t[k].s).is_none();
    let before_words = (ss..oi).any(journalist);
    let after = ci + 1;
    c.partial = before_words && !matches!(t.get(oi.saturating_sub(1)).map(|x| x.text), Some(":"));

    // 1. inverted cue after the closing mark: "», a-t-il déclaré", "», selon X"
    let mut k = after;
    while k < t.len() && matches!(t[k].text, "," | "—" | "–") {
        k += 1;
    }
    // ("», nous a-t-il expliqué": the reporter addressed stands before the verb)
    if k > after {
        k = grammar::past_object_clitic(tk, k);
    }
    // without a comma ("» a déclaré Mitt Romney") only after a quotation opening its
    // sentence, and not before a "que" clause, whose subject would be the quotation
    // (or opening a clause after a semicolon: "… ; « ce boson change tout » indique X")
    let clause_start = (ss..oi)
        .rev()
        .find(|&j| t[j].text == ";" && marks::containing(marked, t[j].s).is_none())
        .map_or(ss, |j| j + 1);
    let bare = k == after && !(clause_start..oi).any(journalist);
    // `indirect` is sorted by start: the clauses starting before the quotation that hold it
    let upto = indirect.partition_point(|q| q.s <= m.open);
    let holding = indirect[..upto]
        .iter()
        .rev()
        .take(8)
        .find(|q| m.close <= q.e + 2);
    if k < t.len() && (k > after || bare) {
        if let Some(g) = grammar::group_from(tk, k)
            .filter(|g| g.kind != GroupKind::Passive && (k > after || !grammar::que_follows(tk, g)))
            .or_else(|| {
                // a verb no list knows is a cue only for words no reporting verb before has
                // taken already (a clause holding them, or a "que" right before the mark): in
                // "X, qui a estimé que « … », a convoqué ses ministres" the verb after the
                // comma is the main clause's, its object no speaker
                // (the "que" of a reporting verb: "Il faut que « … », a taclé X" and "la
                // preuve que « … », a cinglé X" leave the incise its own subject)
                let after_que = oi > ss + 1
                    && matches!(t[oi - 1].low.as_str(), "que" | "qu'")
                    && (oi.saturating_sub(5).max(ss)..oi - 1)
                        .any(|j| verb_group(tk, j).is_some_and(|g| g.end == oi - 1 && g.que));
                // (nor after a participle of the journalist's whose subject still waits for
                // its verb: in "Mario X, jugeant la situation « grave », a convoqué les
                // ministres" the verb after the comma is that subject's)
                // (a participle opening the sentence has no subject of its own there: the
                // incise's is its subject, "Évoquant la grève, « … », a balayé le ministre")
                let pending = (clause_start..oi).any(|j| {
                    marks::containing(marked, t[j].s).is_none()
                        && verb_group(tk, j).is_some_and(|g| {
                            g.kind == GroupKind::Gerund && !grammar::opens_sentence(tk, &g)
                        })
                });
                // (nor for words a lead-in or a source's relative attributes: in "X, pour qui
                // « … », a convoqué ses ministres" they are X's, and the verb after the comma
                // X's too)
                let led_in = lead_ins.iter().any(|q| q.s <= m.open && m.close <= q.e + 2)
                    || (oi > ss + 1
                        && matches!(
                            t[oi - 1].low.as_str(),
                            "qui" | "lequel" | "laquelle" | "lesquels" | "lesquelles"
                        )
                        && matches!(t[oi - 2].low.as_str(), "selon" | "pour" | "d'après"));
                (k > after && holding.is_none() && !after_que && !pending && !led_in)
                    .then(|| incise::unknown_verb_group(tk, k))
                    .flatten()
            })
        {
            // without a comma the cue must close the clause ("» a déclaré X." but not
            // "« Libération » rappelle le ministre à ses devoirs")
            // (an inverted clitic always closes: "» a-t-il précisé"; after a subject, a place,
            // a time or a circumstance may follow: "a déclaré X dans le Wisconsin", but "à"
            // before a possessive is the verb's own complement: "rappelle X à ses devoirs")
            let closes = |np: &Np| {
                k > after
                    || g.clitic.is_some()
                    || t.get(np.e).is_none_or(|x| {
                        let circumstance = matches!(
                            x.low.as_str(),
                            "à" | "au"
                                | "aux"
                                | "dans"
                                | "en"
                                | "lors"
                                | "devant"
                                | "sur"
                                | "pendant"
                                | "après"
                                | "avant"
                                | "depuis"
                                | "lorsqu'"
                                | "où"
                        ) && !(x.low == "à"
                            && t.get(np.e + 1).is_some_and(|y| {
                                matches!(y.low.as_str(), "ses" | "son" | "sa" | "leur" | "leurs")
                            }));
                        x.sent != t[k].sent
                            || matches!(x.text, "," | "." | ";" | "!" | "?")
                            || grammar::TIME_WORDS.contains(&x.low.as_str())
                            || circumstance
                    })
            };
            // a quotation opening its sentence, then "», explique l'ingénieur": the incise
            // alone says the phrase after the verb speaks, any determined noun phrase, titled
            // or not (after the journalist's words, "l'Otan « ... », a lancé des avions", the
            // phrase may be the verb's object)
            let plain = || {
                let (s, e) = grammar::subject_after(tk, g.end).filter(|_| !before_words)?;
                grammar::plain_np(tk, s, e)
            };
            if let Some(np) = group_speaker(tk, &g, true).or_else(plain).filter(closes) {
                c.cue = Some(cue_of(tk, &g));
                c.at = t[g.start].s;
                let np = if before_words {
                    sentence_subject_for(tk, oi, np)
                } else {
                    np
                };
                c.source = Some(Source::Np(np));
                return c;
            }
        }
    }
    // 1b. "« … », Paul Roux répond dans un entretien.": after the comma, a name or a titled
    // phrase then its reporting verb, uninverted, when the verb closes the clause
    if k > after && k < t.len() && !before_words {
        if let Some(g) = uninverted_cue_after(tk, k) {
            if let Some(np) = group_speaker(tk, &g, false) {
                c.cue = Some(cue_of(tk, &g));
                c.at = t[g.start].s;
                c.source = Some(Source::Np(np));
                return c;
            }
        }
    }
    // 2. "Selon X, « ... »": the whole clause is the quotation, the lead-in its source
    if let Some(q) = lead_ins
        .iter()
        .find(|q| q.s <= m.open && m.close <= q.e + 2)
    {
        c.cue = q.cue;
        c.at = q.at;
        c.source = q.source.clone();
        return c;
    }
    // inside an indirect clause: "Selon elle, ... « ... »", "a assuré que ... « ... »"
    if let Some(q) = holding {
        c.cue = q.cue;
        c.at = q.at;
        c.source = Some(Source::Inherit(q.s, q.e));
        return c;
    }
    // 3. a reporting verb or a colon before the mark in the same sentence
    let mut k = oi;
    while k > ss {
        k -= 1;
        if marks::containing(marked, t[k].s).is_some() {
            continue;
        }
        if let Some(g) = verb_group(tk, k) {
            if g.start > k || g.end > oi {
                continue;
            }
            // "Le Muséum a publié des recommandations … sur les « traits de vie »": a verb
            // that takes no statement (publier, évoquer, saluer) attributes words in marks
            // near it, in its object ("a salué ce « moment »"), not a term far down the clause
            if !g.que && (g.end..oi).filter(|&j| t[j].is_word()).count() > 8 {
                continue;
            }
            if let Some(source) = narrative_infinitive(tk, &g) {
                c.cue = Some(cue_of(tk, &g));
                c.at = t[g.start].s;
                c.source = Some(source);
                return c;
            }
            // "« A », a souligné X, « B »": the incise between two parts of a quotation is
            // inverted, its subject follows the verb
            let incise = g.start >= 2
                && t[g.start - 1].text == ","
                && matches!(t[g.start - 2].text, "»" | "”" | "\"");
            // ("Voici ce qu'a déclaré X : « … »": after "ce que" the subject follows its verb)
            // (the words in marks after the colon: "ce qu'appelle X les « trois niveaux »" is
            // a name X gives)
            let after_ce_que = g.start >= 2
                && matches!(t[g.start - 1].low.as_str(), "que" | "qu'")
                && t[g.start - 2].low == "ce"
                && t[oi - 1].text == ":";
            let np = match g.kind {
                GroupKind::Active if incise || after_ce_que => group_speaker(tk, &g, true),
                // ("Une trentaine de médecins alertent sur « … »": a group counted by a
                // collective noun speaks as its members would)
                GroupKind::Active => group_speaker(tk, &g, false).or_else(|| {
                    let (s, e) = grammar::subject_before(tk, g.start, 0)?;
                    // (of people: "une vingtaine de pays soutiennent « le plan »", "une
                    // dizaine de panneaux annoncent « … »" are no one's words)
                    let people = t.get(s + 3).is_some_and(|n| {
                        let w = n.low.trim_end_matches(['s', 'x']);
                        depeche_lang::fr::titles().contains_key(w)
                            || depeche_lang::fr::looks_like_agent_noun(w)
                    });
                    (grammar::collective_at(tk, s) && people)
                        .then(|| grammar::plain_np(tk, s, e))
                        .flatten()
                }),
                GroupKind::Passive => agent_after(tk, ci + 1, se_close),
                GroupKind::Gerund => None,
            };
            if let Some(np) = np {
                c.cue = Some(cue_of(tk, &g));
                c.at = t[g.start].s;
                c.source = Some(Source::Np(np));
                return c;
            }
            if g.kind == GroupKind::Gerund {
                // "..., saluant un accord « ... »": the speaker of the main clause
                c.cue = Some(cue_of(tk, &g));
                // "Estimant que « … », la CGT appelle à la grève": a participle opening the
                // sentence hangs on the main clause after the quotation's comma
                let main = grammar::opens_sentence(tk, &g)
                    .then(|| (ci + 1..se_close).find(|&j| t[j].text == ","))
                    .flatten()
                    .and_then(|j| {
                        // (a verb in the simple past is no auxiliary: "…, il vota contre")
                        speaking_subject(tk, j + 1, se_close).or_else(|| {
                            let p = t.get(j + 1)?;
                            matches!(p.low.as_str(), "il" | "elle")
                                .then(|| noun_phrase(tk, j + 1, j + 2))
                                .flatten()
                        })
                    });
                c.source = Some(
                    main.or_else(|| apposed_to(tk, g.start))
                        .or_else(|| main_clause_subject(tk, g.start))
                        .or_else(|| person_opening(tk, g.start))
                        .map_or(Source::Previous, Source::Np),
                );
                return c;
            }
        }
        // (or after other quotations of the list the colon opens: "L'entraîneur était
        // satisfait : « On a bien joué » et « on mérite la victoire »")
        let listed = |k: usize| {
            (k + 1..oi).all(|j| {
                marks::containing(marked, t[j].s).is_some()
                    || matches!(t[j].text, "," | "et" | "ou" | "«" | "»" | "“" | "”" | "\"")
            })
        };
        // (not a title listed so, capitalised, short and unpunctuated: "a cité deux romans :
        // « Les Misérables » et « Germinal »")
        let titled = || {
            let words: Vec<usize> = (oi + 1..ci).filter(|&j| t[j].is_word()).collect();
            words.first().is_some_and(|&j| t[j].cap)
                && words.len() <= 3
                && !(oi + 1..ci).any(|j| matches!(t[j].text, "." | "!" | "?" | ","))
        };
        if t[k].text == ":" && (k + 1 == oi || (listed(k) && !titled())) {
            // "Exclusif : Banques piratées : « … »": a rubric before an earlier colon is
            // nobody; the clause before the quotation starts after it
            let ss = (ss..k)
                .rev()
                .find(|&j| t[j].text == ":")
                .map_or(ss, |j| j + 1);
            // with no verb before the colon ("Banques piratées : « … »", a headline's way), the
            // words name the topic unless they name a person
            // ("Pour l'association X : « … »": a marker of attribution speaks like a verb)
            let verbless = !(ss..k).any(|j| grammar::is_aux(&t[j]) || verb_group(tk, j).is_some())
                && !depeche_lang::fr::attribution_markers()
                    .keys()
                    .any(|m| m.split(' ').next() == Some(t[ss].low.as_str()));
            // ("Morel : « … »", a debate or a hearing written as a transcript: a surname alone
            // speaks when the entity stage reads it as a person, a kicker such as "Exclusif"
            // does not)
            let tagged_person = |np: &Np| {
                let i = tk.persons.partition_point(|&(s, _)| s <= np.s);
                i > 0 && tk.persons[i - 1].1 >= np.e
            };
            // ("Réaction de la CGT : « … »": a statement noun and its "de" name whose words
            // follow, a body's too; the noun alone, "Réponse : « … »", names no one)
            // (a document of a body's as well: "Un rapport de l'ONU va dans le même sens : « … »")
            let stated = (ss..(ss + 2).min(k)).find(|&j| {
                (depeche_lang::fr::statement_nouns().contains(t[j].low.as_str())
                    || depeche_lang::fr::is_source_document(&t[j].low))
                    && (j + 1..(j + 3).min(k))
                        .any(|d| matches!(t[d].low.as_str(), "de" | "du" | "des" | "d'"))
            });
            let speaks = |np: &Np| {
                !verbless
                    || stated.is_some_and(|j| np.s > j + 1)
                    || matches!(np.kind, NpKind::Person | NpKind::Pronoun)
                    || (np.kind == NpKind::Name && tagged_person(np))
                    || (np.kind == NpKind::Role && np.role_head.is_some() && !np.organization)
            };
            // "Même son de cloche chez le syndicat SUD : « … »", "Côté patronal, …": with no
            // verb, whom the words are heard at, after "chez" or "du côté de"
            let at_whose = || {
                let c = (ss..k).rev().find(|&j| {
                    t[j].low == "chez"
                        || (t[j].low == "côté"
                            && t.get(j + 1).is_some_and(|x| {
                                matches!(x.low.as_str(), "de" | "du" | "des" | "d'")
                            }))
                })?;
                let from = if t[c].low == "chez" || matches!(t[c + 1].low.as_str(), "du" | "des") {
                    c + 1
                } else {
                    c + 2
                };
                noun_phrase(tk, from, k).filter(|np| np.kind != NpKind::Pronoun)
            };
            // "Sa réponse : « … »", "Son message est clair : « … »": a statement noun after a
            // possessive heading the clause is the words of whom the possessive stands for
            // (a few lower-case words may follow the noun; "Son bilan :" is a count)
            let possessed = matches!(t[ss].low.as_str(), "son" | "sa" | "leur")
                && t.get(ss + 1).is_some_and(|x| {
                    depeche_lang::fr::statement_nouns().contains(x.low.as_str())
                        && !matches!(x.low.as_str(), "bilan" | "verdict" | "propos")
                })
                && k <= ss + 5
                && (ss + 2..k).all(|j| t[j].is_word() && !t[j].cap);
            if possessed {
                let pronoun = if t[ss].low == "leur" { "eux" } else { "lui" };
                c.at = t[ss].s;
                c.source = Some(Source::Np(Np::possessor(ss, pronoun)));
                return c;
            }
            let lead = leading_subject(tk, ss, k)
                .filter(speaks)
                .or_else(|| verbless.then(at_whose).flatten());
            if let Some(np) = lead {
                c.at = t[ss].s;
                // "X a déclaré (mardi) : « … »": the reporting verb before the colon, up to a
                // few words of circumstance after it, is the cue
                c.cue = (ss..k)
                    .rev()
                    .take(6)
                    .find_map(|j| {
                        verb_group(tk, j).filter(|g| {
                            g.end <= k
                                && k - g.end <= 3
                                && t[g.end..k].iter().all(|x| x.is_word())
                                && !attribute_of_copula(tk, g)
                        })
                    })
                    .map(|g| cue_of(tk, &g));
                c.source = Some(Source::Np(np));
                return c;
            }
        }
    }
    // 4. an inverted cue closing the sentence after the quotation: `"l'image" ... et "...", a déclaré X.`
    let mut k = after;
    while k < se_close {
        if t[k].text == "," && marks::containing(marked, t[k].s).is_none() {
            if let Some(g) = grammar::group_from(tk, k + 1).filter(|g| g.kind == GroupKind::Active)
            {
                if let Some(np) = group_speaker(tk, &g, true) {
                    c.cue = Some(cue_of(tk, &g));
                    c.at = t[g.start].s;
                    c.source = Some(Source::Np(np));
                    return c;
                }
            }
        }
        k += 1;
    }
    // 4a. "Paul Roux (« Nous ne céderons pas ») a quitté la salle": words in marks in a
    // parenthesis right after a person's name are that person's
    if oi >= 2 && t[oi - 1].text == "(" {
        let name = tk
            .persons
            .iter()
            .find(|&&(_, e)| e == oi - 1)
            .copied()
            .or_else(|| {
                grammar::name_runs(tk, ss, oi - 1)
                    .last()
                    .copied()
                    .filter(|&(_, e)| e == oi - 1)
            });
        if let Some(np) = name.and_then(|(s, e)| noun_phrase(tk, s, e)) {
            if np.kind == NpKind::Person {
                c.source = Some(Source::Np(np));
                return c;
            }
        }
    }
    // 4b. "Pierre Moscovici veut « retrouver le sens des aspirations sociales »": words of
    // someone's in marks, in a sentence that opens with that person and has no other cue
    if c.partial && words_inside >= 3 && t.get(oi + 1).is_some_and(|x| !x.cap) {
        // (or a pronoun, or a person's role, as that clause's subject: "Il rejette « le
        // catastrophisme ambiant »", "Le député veut « … »" are the words of whom they stand
        // for, resolved like any pronoun or role; a body's role is no one's voice here)
        if let Some(np) = clause_person(tk, ss, oi)
            .or_else(|| person_opening(tk, oi))
            .or_else(|| subject_standing_for(tk, ss, oi))
        {
            c.source = Some(Source::Np(np));
            return c;
        }
    }
    // 4c. "« La bande a semé le trouble » : le substitut X a requis la sévérité": a quotation
    // opening its sentence, then a colon and a clause whose subject is a named person or a
    // person's role: the words are that person's
    if !before_words && words_inside >= 4 && t.get(after).is_some_and(|x| x.text == ":") {
        let from = after + 1;
        let verb = (from..se_close.min(from + 12)).find(|&k| {
            grammar::is_aux(&t[k])
                || matches!(t[k].low.as_str(), "ne" | "n'")
                || verb_group(tk, k).is_some_and(|g| g.start == k)
        });
        let np = verb
            .and_then(|k| grammar::subject_before(tk, k, from))
            .filter(|&(a, _)| a == from || (a == from + 1 && grammar::is_determiner(&t[from])))
            .and_then(|(a, b)| noun_phrase(tk, a, b))
            .filter(|np| {
                np.kind == NpKind::Person
                    || (np.kind == NpKind::Role && np.role_head.is_some() && !np.organization)
            });
        if let Some(np) = np {
            c.source = Some(Source::Np(np));
            return c;
        }
    }
    // 5. a statement standing alone continues the previous speaker's, when the quotation
    // before it is in the previous sentence or paragraph
    let whole = !before_words && !(after..se_close).any(journalist);
    // "« Profil bas »." alone on its line, between two paragraphs of a report: a few words in
    // marks that make up their whole line, with no punctuation of their own, are an
    // intertitle of the journalist's, not the previous speaker going on
    let breaks_before = |k: usize| k == 0 || tk.text[t[k - 1].e..t[k].s].contains('\n');
    // (not an answer a colon announces, "Le ministre a répondu :\n« Certainement pas »", nor
    // words in the first person, "« Je reste »")
    let intertitle = whole
        && words_inside <= 3
        && !first_person
        && !(ss > 0 && t[ss - 1].text == ":")
        && breaks_before(oi)
        && (oi + 1..ci).all(|k| t[k].is_word())
        && (se_close >= t.len() || breaks_before(se_close));
    if whole && !intertitle {
        let prev_colon = ss > 0 && t[ss - 1].text == ":";
        if prev_colon {
            let (ps, _) = tk.sentence_of(ss - 1);
            if let Some(np) = leading_subject(tk, ps, ss - 1) {
                c.source = Some(Source::Np(np));
                return c;
            }
        }
        let prev_quote = marked
            .partition_point(|o| o.close <= m.open)
            .checked_sub(1)
            .map(|i| &marked[i]);
        if let Some(p) = prev_quote {
            // measured from where the previous quotation ends: it may run over sentences
            let pi = tok_at(tk, p.close).min(t.len() - 1);
            if t[oi].para.saturating_sub(t[pi].para) <= 1
                && t[oi].sent.saturating_sub(t[pi].sent) <= 2
            {
                c.source = Some(Source::Previous);
                return c;
            }
        }
        // "Il a souhaité faire un rappel au règlement. « On ne peut pas accepter ... »": a
        // quotation standing as a sentence of its own, right after a sentence of the same
        // paragraph whose subject is a person, is that person's
        // ("Le docteur X ne mâche pas ses mots. ¶ « … »": or the last of the paragraph before,
        // when the quotation opens its own; "X, 34 ans, habite le quartier. « … »": a person
        // named first is the subject whatever the verb)
        if ss > 0 {
            let (ps, pe) = tk.sentence_of(ss - 1);
            let next_para = t[ps].para + 1 == t[oi].para && t[ss - 1].para != t[ss].para;
            if (t[ps].para == t[oi].para || next_para)
                && !marks::overlaps(marked, t[ps].s, t[pe - 1].e)
            {
                let np = person_subject(tk, ps, pe)
                    .or_else(|| person_opening(tk, pe - 1).filter(|np| np.kind == NpKind::Person));
                if let Some(np) = np {
                    c.at = t[ps].s;
                    c.source = Some(Source::Np(np));
                    return c;
                }
            }
        }
        // "« ... » Le maire Paul Roux ne décolère pas.", "« ... » Ce sont les mots de X.": a
        // quotation standing first, then a sentence of the same paragraph opening on a person
        if let Some(np) = person_opening_next(tk, marked, se_close) {
            c.at = t[np.s].s;
            c.source = Some(Source::Np(np));
            return c;
        }
    }
    // 6. six words or more in marks that no cue attributes are still somebody's words, not a
    // name or a term, unless they are a title: the speaker of the quotation before, or the
    // sentence's subject (resolved in `resolve`)
    if words_inside >= 6 && !title_like(tk, oi, ci, ss) {
        let subject = main_clause_subject(tk, oi).or_else(|| person_opening(tk, oi));
        c.source = Some(Source::Unattributed(subject));
    }
    c
}

/// The person named in the first words (ten tokens) of the sentence after the one ending at
/// token `se`, in the same paragraph and with no quote marks of its own.
fn person_opening_next(tk: &Toks, marked: &[Marked], se: usize) -> Option<Np> {
    let t = &tk.t;
    let (ns, ne) = tk.sents.get(t.get(se)?.sent).copied()?;
    if ns != se || t[ns].para != t[se - 1].para || marks::overlaps(marked, t[ns].s, t[ne - 1].e) {
        return None;
    }
    // the entity stage's persons, or else the names the quotation rules see
    let i = tk.persons.partition_point(|&(s, _)| s < ns);
    let (s, e) = tk
        .persons
        .get(i)
        .copied()
        .or_else(|| grammar::name_runs(tk, ns, ne).first().copied())?;
    // a name standing alone (a byline after the last paragraph) says nothing of the quotation
    let words_besides = (ns..ne)
        .filter(|&k| t[k].is_word() && (k < s || k >= e))
        .count();
    if s >= ns + 10 || e > ne || words_besides < 3 {
        return None;
    }
    noun_phrase(tk, s, e).filter(|np| np.kind == NpKind::Person)
}

/// Whether the marked words between tokens `oi` and `ci` (the marks) read as the title of a
/// work or a document rather than as speech: capitalised, with no sentence punctuation, set
/// inside the journalist's sentence ("le rapport « Les revenus des ménages en France »").
fn title_like(tk: &Toks, oi: usize, ci: usize, ss: usize) -> bool {
    let t = &tk.t;
    let first = (oi + 1..=ci).find(|&k| t[k].is_word());
    let capitalised = first.is_some_and(|k| t[k].cap);
    let punctuated = (oi + 1..=ci).any(|k| matches!(t[k].text, "." | "!" | "?" | ":" | ";" | ","));
    let embedded = oi > ss && t[oi - 1].text != ":";
    capitalised && !punctuated && embedded
}

/// Whether the words in marks between tokens `oi` and `ci` are only a person's role with its
/// definite article (`ne signe pas « le premier ministre »`, `se présente comme « la présidente »`):
/// a title someone bears or is given, no one's words (after a colon it is an answer).
fn names_a_role(tk: &Toks, oi: usize, ci: usize) -> bool {
    let t = &tk.t;
    let Some(last) = (oi + 1..=ci).rev().find(|&k| t[k].is_word()) else {
        return false;
    };
    // (after a colon the phrase is someone's answer: "a répondu : « le président »"; a title
    // takes the definite article: "un homme libre" describes, it is someone's words)
    if oi == 0
        || t[oi - 1].text == ":"
        || !matches!(t[oi + 1].low.as_str(), "le" | "la" | "l'" | "les")
    {
        return false;
    }
    // (and the title is all there is after it: "« Le gouvernement doit agir »" is a statement)
    noun_phrase(tk, oi + 1, last + 1).is_some_and(|np| {
        np.s == oi + 1
            && np.e == last + 1
            && np.kind == NpKind::Role
            && np.role_head.as_deref().is_some_and(|head| {
                head.split(' ')
                    .eq((oi + 2..=last).map(|k| t[k].low.as_str()))
            })
    })
}

/// Whether the words right before the opening mark at token `open` name what follows
/// (`baptisée`, `telles que`, `le mot`).
pub(crate) fn named_by_context(tk: &Toks, open: usize, ss: usize) -> bool {
    let t = &tk.t;
    let words = depeche_lang::fr::naming_words();
    let one = open > ss && words.contains(t[open - 1].low.as_str());
    let two = open > ss + 1
        && words.contains(format!("{} {}", t[open - 2].low, t[open - 1].low).as_str());
    // "bénévole au « Secours pop »", "les clients du « Petit Marché »": a capitalised phrase
    // in marks after a contracted article is the name of a place or body
    let named = open > ss
        && matches!(t[open - 1].low.as_str(), "au" | "aux" | "du" | "des")
        && t.get(open + 1)
            .is_some_and(|x| x.text.chars().next().is_some_and(char::is_uppercase));
    // "Éric X, dit « le Bulldozer », …": "dit" between commas after a name is "called"
    // (and a comma right after the closing mark: "X, dit « comprendre la colère » des
    // agriculteurs" is X saying it)
    let closed_by_comma = (open + 1..(open + 10).min(t.len()))
        .find(|&k| matches!(t[k].text, "»" | "”" | "\""))
        .is_some_and(|k| t.get(k + 1).is_some_and(|x| x.text == ","));
    let nickname = open > ss + 2
        && matches!(t[open - 1].low.as_str(), "dit" | "dite" | "dits" | "dites")
        && t[open - 2].text == ","
        && t[open - 3].cap
        && t[open - 3].is_word()
        && closed_by_comma;
    one || two || named || nickname
}

/// Whether the mark at token `open` opens a charge's name: right after `pour`, `de` or `d'`
/// (maybe `des soupçons de`), a word of a judicial procedure among the six before
/// (`est mise en examen pour`, `a porté plainte pour`, `soupçonné de`); or after another
/// charge in marks, with only a comma, `et` or `ou` between (`pour « A », « B » et « C »`).
fn names_a_charge(tk: &Toks, marked: &[Marked], open: usize, ss: usize) -> bool {
    let t = &tk.t;
    if open <= ss {
        return false;
    }
    // (a list: the mark before, closed right before the comma or the conjunction, opened a
    // charge)
    if open > ss + 1 && matches!(t[open - 1].low.as_str(), "," | "et" | "ou") {
        let prev = open - 2;
        if matches!(t[prev].text, "»" | "”" | "\"") {
            if let Some(m) = marks::containing(marked, t[prev].s) {
                let o = tk.at_byte(m.open);
                if o < prev && names_a_charge(tk, marked, o, ss) {
                    return true;
                }
            }
        }
    }
    // ("a porté plainte pour « faire éclater la vérité »": an infinitive in marks is a
    // purpose, someone's words)
    if t.get(open + 1)
        .is_some_and(|w| depeche_lang::fr::looks_like_infinitive(&w.low))
    {
        return false;
    }
    let preposition = match t[open - 1].low.as_str() {
        "pour" => "pour",
        "de" | "d'" => "de",
        _ => return false,
    };
    (open.saturating_sub(7).max(ss)..open - 1)
        .any(|k| depeche_lang::fr::judicial_word_before(t[k].low.as_str(), preposition))
}

/// Whether the words before the mark at token `open` gloss or name what is in it (`signifie`,
/// `veut dire`, `se fait appeler`, `s'appelle`): a definition or a name may run longer than
/// the term a naming word introduces.
fn gloss_before(tk: &Toks, open: usize, ss: usize) -> bool {
    let t = &tk.t;
    let w = |k: usize| t[k].low.as_str();
    (open > ss && w(open - 1).starts_with("signifi"))
        || (open > ss + 1
            && matches!(
                w(open - 1),
                "dire" | "appeler" | "appelle" | "appellent" | "appelait" | "appelaient"
            )
            && matches!(
                w(open - 2),
                "veut"
                    | "veulent"
                    | "voulait"
                    | "voulaient"
                    | "fait"
                    | "font"
                    | "faisait"
                    | "faisaient"
                    | "faire"
                    | "s'"
            ))
}

/// The subject of the sentence's main clause when it is a pronoun or a person's role and its
/// verb stands right before the mark at token `oi`, a few lower-case words at most ("Il
/// rejette « … »", "Le député veut « … »", "Elle plaide pour « … »"). Only the main clause's:
/// the subject opens the sentence, or follows the comma closing a circumstance that opens it
/// ("Dans le Doubs, le conseiller rejette « … »"); a subordinate's pronoun ("…, puisqu'elles
/// iront « … »") may stand for things.
fn subject_standing_for(tk: &Toks, ss: usize, oi: usize) -> Option<Np> {
    let t = &tk.t;
    // (the verb right before the mark, or the verb and its preposition, "plaide pour « … »":
    // marks further into the predicate, after an infinitive or a noun, "veut assouplir le
    // dispositif « … »", "lutter contre les « … »", hold a term or a name, no one's words)
    let verb_zone = |v: usize| {
        let preposition = v + 2 == oi
            && matches!(
                t[v + 1].low.as_str(),
                "pour" | "contre" | "à" | "de" | "d'" | "sur" | "en"
            );
        (v + 1 == oi || preposition)
            && t[v].is_word()
            && !t[v].cap
            && !grammar::is_determiner(&t[v])
            && t[v].low != "comme"
    };
    // (a participle is the verb after its auxiliary, "a rejeté « … »"; right after the
    // subject it describes it, "Les officiers considérés « … »" are called so by others)
    let participle = |v: usize| {
        ["é", "ée", "és", "ées"]
            .iter()
            .any(|x| t[v].low.ends_with(x))
    };
    (oi.saturating_sub(2).max(ss + 1)..oi)
        .filter(|&v| verb_zone(v))
        .find_map(|v| {
            let aux = v > ss + 1 && grammar::is_aux(&t[v - 1]);
            if participle(v) && !aux {
                return None;
            }
            let vs = if aux { v - 1 } else { v };
            let (s, e) = grammar::subject_before(tk, vs, ss)?;
            let adjacent = e == vs || (e + 1 == vs && t[e].text == ",");
            let opens_main =
                s == ss || (s > ss + 1 && t[s - 1].text == "," && grammar::is_preposition(&t[ss]));
            if !adjacent || !opens_main {
                return None;
            }
            // (the subject's words hold no verb: "Le maire veut" is no speaker's name)
            if (s..e).any(|k| t[k].verbish || grammar::is_aux(&t[k])) {
                return None;
            }
            let np = noun_phrase(tk, s, e)?;
            let stands_for = match np.kind {
                NpKind::Pronoun => {
                    e == s + 1 && matches!(t[s].low.as_str(), "il" | "elle" | "ils" | "elles")
                }
                NpKind::Role => np.role_head.is_some() && !np.organization,
                _ => false,
            };
            stands_for.then_some(np)
        })
}

/// The person subject of the clause right before a mark at token `oi`: the last person named
/// in the sentence and followed by a verb, an auxiliary or a clitic ("lorsque le pape X l'a
/// nommée « ... »"), who says the words more surely than the person opening the sentence.
fn clause_person(tk: &Toks, ss: usize, oi: usize) -> Option<Np> {
    let t = &tk.t;
    let lo = tk.persons.partition_point(|&(s, _)| s < ss);
    let hi = tk.persons.partition_point(|&(s, _)| s < oi);
    tk.persons[lo..hi].iter().rev().find_map(|&(s, e)| {
        let next = t.get(e)?;
        let subject = e < oi
            && (grammar::is_aux(next)
                || verb_group(tk, e).is_some()
                || matches!(
                    next.low.as_str(),
                    "l'" | "le"
                        | "la"
                        | "les"
                        | "lui"
                        | "leur"
                        | "se"
                        | "s'"
                        | "ne"
                        | "n'"
                        | "y"
                        | "en"
                ));
        if !subject || s == ss {
            return None;
        }
        noun_phrase(tk, s, e)
    })
}

/// Quotations in marks split at an incise inside them: `« A, explique X, B. »` and
/// `« A, explique X. B. »` are two parts of X's words, the cue between them. The first part
/// ends before the incise's comma (its cue then follows it, as after a closing mark), the
/// second starts after the incise; the incise belongs to neither. The marks themselves are
/// unchanged for every other use (the incise's words stay out of the journalist's). Each
/// part comes with the part it continues, if any: the second takes the first's speaker.
pub(crate) fn split_at_incises(tk: &Toks, marked: &[Marked]) -> Vec<(Marked, Option<Marked>)> {
    let t = &tk.t;
    let mut out = Vec::with_capacity(marked.len());
    for m in marked {
        let oi = tok_at(tk, m.open);
        let Some(ci) = last_tok_before(tk, m.close) else {
            out.push((*m, None));
            continue;
        };
        let incise = (oi + 2..ci.saturating_sub(2)).find_map(|k| {
            if t[k].text != "," || t[k - 1].text == "," {
                return None;
            }
            let g = grammar::group_from(tk, grammar::past_object_clitic(tk, k + 1))?;
            if g.kind != GroupKind::Active {
                return None;
            }
            // the cue's subject is a clitic on the verb or the phrase right after it, and
            // the incise ends at a comma or a period before the closing mark
            // (the clitic of a compound tense stands before the participle: "a-t-il déclaré")
            let end = match g.clitic {
                Some(c) => (c + 1).max(g.end),
                None => {
                    let (_, e) = grammar::subject_after(tk, g.end)?;
                    group_speaker(tk, &g, true)?;
                    e
                }
            };
            // ("« …, explique l'association dans un communiqué, … »": adjuncts after the
            // subject, a phrase opened by a preposition with no verb, run to the incise's comma)
            let end = if end < ci && t[end].is_word() && grammar::is_preposition(&t[end]) {
                (end + 1..(end + 8).min(ci))
                    // (a noun may look like a participle: "dans un communiqué")
                    .take_while(|&j| {
                        !grammar::is_aux(&t[j]) && !matches!(t[j].text, "." | ";" | ":" | "!" | "?")
                    })
                    .find(|&j| t[j].text == ",")
                    .unwrap_or(end)
            } else {
                end
            };
            // ("« …, lance Paul Roux, éleveur, qui trait soixante vaches. Autant … »": a
            // relative clause describing the speaker belongs to the incise, up to its period)
            let end = if end + 1 < ci
                && t[end].text == ","
                && matches!(t[end + 1].low.as_str(), "qui" | "dont")
            {
                // (a period that ends the quotation leaves the relative's end at its comma)
                (end + 2..ci)
                    .find(|&j| t[j].text == ".")
                    .filter(|&j| j + 1 < ci)
                    .unwrap_or(end)
            } else {
                end
            };
            // and words of the quotation follow it; an incise that runs to the closing mark
            // ("« Nous viendrons, a indiqué l'agence. »") leaves one quotation, the words
            // before it, the incise its cue as after a closing mark
            if end <= ci
                && matches!(t[end].text, "." | "!" | "…")
                && (end + 1..=ci).all(|j| !t[j].is_word())
            {
                return Some((k, None));
            }
            (end < ci && matches!(t[end].text, "," | ".") && t[end + 1].s < m.e)
                .then_some((k, Some(end)))
        });
        match incise {
            Some((k, end)) => {
                let first = Marked {
                    close: t[k].s,
                    e: t[k - 1].e,
                    multi_paragraph: false,
                    ..*m
                };
                out.push((first, None));
                let Some(end) = end else { continue };
                let second = Marked {
                    open: t[end + 1].s,
                    s: t[end + 1].s,
                    ..*m
                };
                out.push((second, Some(first)));
            }
            None => out.push((*m, None)),
        }
    }
    out
}

/// The reporting verb of `« … », Paul Roux répond dans un entretien.`: a name, or a titled
/// phrase, starting at token `k`, then an active reporting verb within eight tokens that
/// closes the clause (the sentence ends, or a place, a time or a circumstance follows), and no
/// "que" after it, whose subject would then be its own statement.
fn uninverted_cue_after(tk: &Toks, k: usize) -> Option<grammar::VerbGroup> {
    let t = &tk.t;
    let sent = t[k].sent;
    let titled = t[k].namey
        || (grammar::is_determiner(&t[k])
            && t.get(k + 1)
                .is_some_and(|x| depeche_lang::fr::titles().contains_key(x.low.as_str())));
    if !titled {
        return None;
    }
    let j = (k + 1..(k + 8).min(t.len()))
        .take_while(|&j| t[j].sent == sent && !matches!(t[j].text, "." | ";" | ":" | "«" | "»"))
        .find(|&j| t[j].verbish || grammar::is_aux(&t[j]))?;
    let g = grammar::group_from(tk, j).filter(|g| g.kind == GroupKind::Active)?;
    let closes = t.get(g.end).is_none_or(|x| {
        x.sent != sent
            || matches!(x.text, "." | "!" | "?" | ";" | ":" | ",")
            || grammar::TIME_WORDS.contains(&x.low.as_str())
            || matches!(
                x.low.as_str(),
                "dans"
                    | "à"
                    | "au"
                    | "aux"
                    | "lors"
                    | "devant"
                    | "sur"
                    | "en"
                    | "pendant"
                    | "après"
            )
    });
    (closes && !grammar::que_follows(tk, &g) && g.clitic.is_none()).then_some(g)
}

/// `s'est montré confiant :`, `est restée souriante :`: a present participle after a copula
/// is an adjective (a mood), not the verb of saying its form shares.
fn attribute_of_copula(tk: &Toks, g: &grammar::VerbGroup) -> bool {
    g.kind == GroupKind::Gerund
        && g.start > 0
        && depeche_lang::fr::copulas().contains(tk.t[g.start - 1].low.as_str())
}
