//! Quotations and their speakers.
//!
//! The stage finds three kinds of reported speech and attributes each one:
//! - **direct** quotations between quote marks ([`marks`]): whole statements, partial quotes
//!   inside the journalist's sentence, quotations running over several paragraphs, and the
//!   answers of a Q/R interview;
//! - **indirect** speech: the que-clause of a reporting verb (`a affirmé que ...`), the
//!   clause governed by `selon X` / `d'après X`, a sentence closed by an inverted cue
//!   (`..., a prévenu SUD-Rail.`).
//!
//! Attribution looks, in order, for an inverted cue after the closing mark (`», a-t-il
//! déclaré`), a reporting verb or a colon before the quotation in its sentence, an indirect
//! clause that holds the quotation, and finally the speaker of the quotation just before
//! (a statement continued in the next sentence or paragraph). Speakers are noun phrases
//! ([`grammar`]) resolved against the people and institutions the article mentions
//! ([`speakers`]): pronouns by gender and recency, roles (`la maire`) by the roles seen with a
//! name. Quote marks with no speaker (scare quotes, titles of works, slogans) are not reported.
//!
//! French words (reporting verbs, titles, pronouns, markers) come from `depeche-lang`.

mod grammar;
mod marks;
mod speakers;
mod toks;

use depeche_article::{Article, Cue, EntityType, Quote, QuoteKind, Speaker, Stage};
use depeche_lang::Gender;
use grammar::{
    noun_phrase, subject_after, subject_before, verb_group, GroupKind, Np, NpKind, VerbGroup,
};
use marks::Marked;
use speakers::Memory;
use toks::Toks;

/// The quotation stage.
#[derive(Debug, Default, Clone)]
pub struct QuoteExtractor;

impl QuoteExtractor {
    pub fn french() -> Self {
        QuoteExtractor
    }
}

impl Stage for QuoteExtractor {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn annotate(&self, a: &mut Article) {
        let quotes = extract(a);
        a.quotes = quotes;
    }
}

/// Where a candidate's speaker comes from.
#[derive(Debug, Clone)]
enum Source {
    Np(Np),
    /// Same speaker as the candidate with this byte span (a partial quote inside an
    /// attributed clause).
    Inherit(usize, usize),
    /// Same speaker as the previous attributed quotation (a continued statement).
    Previous,
    /// The interviewee of a Q/R interview.
    Interviewee,
}

#[derive(Debug, Clone)]
struct Cand {
    s: usize,
    e: usize,
    kind: QuoteKind,
    partial: bool,
    /// Cue as (byte start, byte end, lemma).
    cue: Option<(usize, usize, &'static str)>,
    source: Option<Source>,
    /// Byte offset where the speaker is referred to (for pronoun resolution).
    at: usize,
}

fn extract(a: &Article) -> Vec<Quote> {
    if a.tokens.is_empty() {
        return Vec::new();
    }
    let tk = Toks::new(a);
    let paras: Vec<(usize, usize)> = a
        .paragraphs
        .iter()
        .map(|p| (p.span.byte_start, p.span.byte_end))
        .collect();
    let interview = interview_answers(&tk, &paras);
    let marked: Vec<Marked> = marks::find(&a.text, &paras)
        .into_iter()
        .filter(|m| {
            !interview
                .iter()
                .any(|&(s, e, _)| s <= m.open && m.close <= e)
        })
        .collect();
    let in_marks = |b: usize| marks::containing(&marked, b).is_some();

    let mut cands: Vec<Cand> = Vec::new();
    for &(s, e, question) in &interview {
        if !question {
            cands.push(Cand {
                s,
                e,
                kind: QuoteKind::Direct,
                partial: false,
                cue: None,
                source: Some(Source::Interviewee),
                at: s,
            });
        }
    }
    let in_question = |b: usize| interview.iter().any(|&(s, e, q)| q && s <= b && b < e);
    indirect_que(&tk, &in_marks, &marked, &mut cands);
    let mut lead_ins = Vec::new();
    indirect_selon(&tk, &in_marks, &marked, &mut cands, &mut lead_ins);
    indirect_inverted(&tk, &marked, &mut cands);
    let mut indirect = cands.clone();
    indirect.sort_by_key(|c| (c.s, c.e));
    for m in &marked {
        if in_question(m.open) {
            continue;
        }
        cands.push(attribute_direct(&tk, m, &marked, &indirect, &lead_ins));
    }
    // a title in quote marks that repeats a quotation of the body takes its speaker
    cands.sort_by_key(|c| (c.s, c.e));
    resolve(a, &tk, cands)
}

/// Paragraphs of a Q/R interview: (start, end, is_question), prefixes excluded.
fn interview_answers(tk: &Toks, paras: &[(usize, usize)]) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let text = tk.text;
    for &(ps, pe) in paras {
        let p = &text[ps..pe];
        for (prefix, q) in [
            ("Q :", true),
            ("Q:", true),
            ("Q.", true),
            ("R :", false),
            ("R:", false),
            ("R.", false),
            ("Q\u{a0}:", true),
            ("R\u{a0}:", false),
        ] {
            if let Some(rest) = p.strip_prefix(prefix) {
                let lead = rest.len() - rest.trim_start().len();
                let s = ps + prefix.len() + lead;
                if s < pe {
                    out.push((s, pe, q));
                }
                break;
            }
        }
    }
    // one question alone is not an interview
    if out.iter().filter(|x| !x.2).count() < 2 {
        out.clear();
    }
    out
}

/// Token index of the token starting at byte `b` (or the next one).
fn tok_at(tk: &Toks, b: usize) -> usize {
    tk.at_byte(b)
}

fn last_tok_before(tk: &Toks, b: usize) -> Option<usize> {
    tk.at_byte(b).checked_sub(1)
}

/// The speaker noun phrase of a verb group: its inverted clitic, the subject before it, or
/// (when `inverted`) the subject after it.
fn group_speaker(tk: &Toks, g: &VerbGroup, inverted: bool) -> Option<Np> {
    if let Some(c) = g.clitic {
        if tk.t[c].low == "-t-on" || tk.t[c].low == "-on" {
            return impersonal_source(tk, g);
        }
        return noun_phrase(tk, c, c + 1);
    }
    if !inverted && g.start > 0 && matches!(tk.t[g.start - 1].low.as_str(), "on" | "l'on") {
        return impersonal_source(tk, g);
    }
    if inverted {
        let (s, e) = subject_after(tk, g.end)?;
        return noun_phrase(tk, s, e);
    }
    let (s, e) = subject_before(tk, g.start, 0)?;
    let np = noun_phrase(tk, s, e)?;
    if np.kind == NpKind::Pronoun {
        // "Quant au chef du Sinn Fein, il a estimé que": the pronoun takes up the
        // dislocated phrase at the head of its own sentence, not an earlier speaker
        if let Some(d) = dislocated_subject(tk, s) {
            return Some(d);
        }
    }
    Some(np)
}

/// The phrase of `Quant à X,` heading the sentence of token `before`, when it ends before it.
fn dislocated_subject(tk: &Toks, before: usize) -> Option<Np> {
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
fn impersonal_source(tk: &Toks, g: &VerbGroup) -> Option<Np> {
    let t = &tk.t;
    let (ss, se) = tk.sentence_of(g.start);
    let place_np = |k: usize| -> Option<Np> {
        if k < se && matches!(t[k].low.as_str(), "à" | "au" | "aux" | "chez" | "dans") {
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
            return noun_phrase(tk, k + 1, e).filter(|np| np.kind != NpKind::Pronoun);
        }
        None
    };
    place_np(g.end).or_else(|| place_np(ss))
}

fn cue_of(tk: &Toks, g: &VerbGroup) -> (usize, usize, &'static str) {
    (tk.t[g.start].s, tk.t[g.end - 1].e, g.lemma)
}

/// Sentence-final punctuation excluded from an indirect clause's end.
fn clause_end(tk: &Toks, mut e: usize, floor: usize) -> usize {
    while e > floor && matches!(tk.t[e - 1].text, "." | "!" | "?" | "…" | "..." | ";" | ",") {
        e -= 1;
    }
    e
}

/// `X a affirmé que CLAUSE.`: the que-clause of a reporting verb.
fn indirect_que(
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
        if !g.que || g.kind == GroupKind::Passive || in_marks(t[g.start].s) {
            continue;
        }
        let (_, se) = tk.sentence_of(g.start);
        // "que" within a few tokens: "a affirmé lundi que", "a indiqué à l'AFP qu'"
        let Some(q) = (g.end..(g.end + 8).min(se))
            .take_while(|&k| !matches!(t[k].text, "." | ":" | ";" | "«" | "“" | "\""))
            .find(|&k| matches!(t[k].low.as_str(), "que" | "qu'"))
        else {
            continue;
        };
        // "alors que", "tandis que": an adverbial clause, not what the verb reports
        if q > g.end && depeche_lang::fr::conjunction_que().contains(t[q - 1].low.as_str()) {
            continue;
        }
        // "précise que : « ... »": the colon only announces the quotation
        let cs = if t.get(q + 1).is_some_and(|x| x.text == ":") {
            q + 2
        } else {
            q + 1
        };
        let ce = clause_end(tk, se, cs);
        if cs >= ce {
            continue;
        }
        let (bs, be) = (t[cs].s, t[ce - 1].e);
        // a clause wholly in quote marks is a direct quotation only
        if marks::containing(marked, bs).is_some_and(|m| be <= m.close + 1 && m.open + 3 >= bs) {
            continue;
        }
        let np = if g.kind == GroupKind::Gerund {
            // "TVE a émis un communiqué affirmant que ...": the main clause's subject speaks
            main_clause_subject(tk, g.start).or_else(|| person_opening(tk, g.start))
        } else {
            group_speaker(tk, &g, false)
        };
        out.push(Cand {
            s: bs,
            e: be,
            kind: QuoteKind::Indirect,
            partial: false,
            cue: Some(cue_of(tk, &g)),
            at: t[g.start].s,
            source: np.map(Source::Np),
        });
    }
}

/// `Selon X, CLAUSE.` / `CLAUSE, selon X.` / `d'après X` / `X, selon qui CLAUSE`.
fn indirect_selon(
    tk: &Toks,
    in_marks: &dyn Fn(usize) -> bool,
    marked: &[Marked],
    out: &mut Vec<Cand>,
    lead_ins: &mut Vec<Cand>,
) {
    let t = &tk.t;
    let markers = depeche_lang::fr::attribution_markers();
    // reused for every two-token marker
    let mut two = String::new();
    for i in 0..t.len() {
        let (ss, se) = tk.sentence_of(i);
        // only elided words start a two-token marker ("d'" + "après"): no string otherwise
        two.clear();
        if i + 1 < t.len() && t[i].low.ends_with('\'') {
            two.push_str(&t[i].low);
            two.push_str(&t[i + 1].low);
        }
        let (mlen, strong) = if let Some(&s) = markers.get(t[i].low.as_str()) {
            (1, s)
        } else if let Some(&s) = markers.get(two.as_str()) {
            (2, s)
        } else {
            continue;
        };
        if in_marks(t[i].s) {
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
        }
        if ne == ns {
            continue;
        }
        let relative = t[ns].low == "qui";
        // "D'après le ministre du budget, Jérôme Cahuzac, « ... »", "Selon François Dubet,
        // sociologue, ...": an apposition after the comma belongs to the source
        if !relative && ne < se && t[ne].text == "," {
            if let Some(k) = (ne + 1..se).find(|&k| t[k].text == ",") {
                if apposition(tk, ne + 1, k) {
                    ne = k;
                }
            } else if apposition(tk, ne + 1, se - 1)
                && t[se - 1].text == "."
                && (ss..i).all(|k| !t[k].is_word())
            {
                // "Selon X, sociologue." opens and ends the sentence: nothing is reported
                continue;
            }
        }
        let np = if relative {
            // "Mathilde Verrier, selon qui ...": the antecedent before the marker
            subject_before(tk, i, ss).and_then(|(s, e)| noun_phrase(tk, s, e))
        } else {
            noun_phrase(tk, ns, ne)
        };
        let Some(np) = np else { continue };
        if !strong && !matches!(np.kind, NpKind::Person | NpKind::Name) {
            continue;
        }
        let cue = Some((
            t[i].s,
            t[i + mlen - 1].e,
            if mlen == 2 {
                "d'après"
            } else {
                markers
                    .get_key_value(t[i].low.as_str())
                    .map_or("selon", |(k, _)| k)
            },
        ));
        let sentence_start = i == ss
            || (i > ss
                && (ss..i)
                    .all(|k| !t[k].is_word() || matches!(t[k].low.as_str(), "mais" | "et" | "or")));
        let (cs, ce) = if relative {
            (ns + 1, clause_end(tk, se, ns + 1))
        } else if sentence_start && ne < se && t[ne].text == "," {
            (ne + 1, clause_end(tk, se, ne + 1))
        } else if i > ss && t[i - 1].text == "," {
            // "CLAUSE, selon X." — or "En 2009, selon X, CLAUSE.", where the words before the
            // marker are only a lead-in and the statement follows the source
            let before = (ss..i - 1).filter(|&k| t[k].is_word()).count();
            let after = if ne < se && t[ne].text == "," {
                (ne + 1..se).filter(|&k| t[k].is_word()).count()
            } else {
                0
            };
            if after > before {
                (ne + 1, clause_end(tk, se, ne + 1))
            } else {
                (ss, i - 1)
            }
        } else {
            continue;
        };
        if !strong && !sentence_start {
            continue;
        }
        if cs >= ce {
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

/// Whether tokens `[s, e)` are an apposition: a name alone, or a phrase headed by a title
/// ("sociologue français et professeur à l'université", "le porte-parole du parti").
fn apposition(tk: &Toks, s: usize, e: usize) -> bool {
    let t = &tk.t;
    if s >= e || e - s > 14 {
        return false;
    }
    let h = (s..e)
        .find(|&k| !grammar::is_determiner(&t[k]))
        .unwrap_or(e);
    // the title's complement starts with a preposition or a name ("ministre du budget",
    // "porte-parole de l'ONG"); a lower-case word right after it may be a verb ("le ministre
    // apportait son soutien" is a clause, not an apposition)
    let titled = h < e
        && depeche_lang::fr::titles().contains_key(t[h].low.as_str())
        && (h + 1 == e
            || t[h + 1].cap
            || grammar::is_preposition(&t[h + 1])
            || grammar::is_determiner(&t[h + 1]));
    let named = grammar::name_runs(tk, s, e)
        .first()
        .is_some_and(|&(a, b)| a == s && b == e);
    titled || named
}

/// `CLAUSE, a prévenu SUD-Rail.`: a sentence without quote marks closed by an inverted cue.
fn indirect_inverted(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
    let t = &tk.t;
    for &(ss, se) in &tk.sents {
        if se <= ss + 3 || marks::overlaps(marked, t[ss].s, t[se - 1].e) {
            continue;
        }
        // the last comma of the sentence, followed by a verb group and a subject to the end
        let Some(c) = (ss + 2..se).rev().find(|&k| t[k].text == ",") else {
            continue;
        };
        let Some(g) = grammar::group_from(tk, c + 1) else {
            continue;
        };
        // "..., fait savoir qu'il continue": a verb followed by its "que" clause has its
        // subject before it, it does not close the sentence
        if g.kind != GroupKind::Active || grammar::que_follows(tk, &g) {
            continue;
        }
        let Some(np) = group_speaker(tk, &g, true) else {
            continue;
        };
        if np.e < clause_end(tk, se, ss) && g.clitic.is_none() {
            continue; // more text after the subject: not a closing cue
        }
        let ce = c;
        // "12 mai 2012. - Trois personnes sont mortes, a indiqué la police": the dash
        // after a dateline is not part of what was said
        let mut ss = ss;
        while ss + 1 < ce && matches!(t[ss].text, "-" | "–" | "—") {
            ss += 1;
        }
        if out.iter().any(|q| q.s <= t[ss].s && t[ce - 1].e <= q.e) {
            continue;
        }
        out.push(Cand {
            s: t[ss].s,
            e: t[ce - 1].e,
            kind: QuoteKind::Indirect,
            partial: false,
            cue: Some(cue_of(tk, &g)),
            at: t[g.start].s,
            source: Some(Source::Np(np)),
        });
    }
}

/// Attribute a quotation in marks.
fn attribute_direct(
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
    let before_words = (ss..oi).any(|k| t[k].is_word());
    let after = ci + 1;
    c.partial = before_words && !matches!(t.get(oi.saturating_sub(1)).map(|x| x.text), Some(":"));

    // 1. inverted cue after the closing mark: "», a-t-il déclaré", "», selon X"
    let mut k = after;
    while k < t.len() && matches!(t[k].text, "," | "—" | "–") {
        k += 1;
    }
    // without a comma ("» a déclaré Mitt Romney") only after a quotation opening its
    // sentence, and not before a "que" clause, whose subject would be the quotation
    let bare = k == after && !before_words;
    if k < t.len() && (k > after || bare) {
        if let Some(g) = grammar::group_from(tk, k)
            .filter(|g| g.kind != GroupKind::Passive && (k > after || !grammar::que_follows(tk, g)))
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
            if let Some(np) = group_speaker(tk, &g, true).filter(closes) {
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
    // `indirect` is sorted by start: look at the clauses starting before the quotation
    let upto = indirect.partition_point(|q| q.s <= m.open);
    if let Some(q) = indirect[..upto]
        .iter()
        .rev()
        .take(8)
        .find(|q| m.close <= q.e + 2)
    {
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
            let np = match g.kind {
                GroupKind::Active => group_speaker(tk, &g, false),
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
                c.source = Some(
                    main_clause_subject(tk, g.start)
                        .or_else(|| person_opening(tk, g.start))
                        .map_or(Source::Previous, Source::Np),
                );
                return c;
            }
        }
        if t[k].text == ":" && k + 1 == oi {
            if let Some(np) = leading_subject(tk, ss, k) {
                c.at = t[ss].s;
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
    // 5. a statement standing alone continues the previous speaker's, when the quotation
    // before it is in the previous sentence or paragraph
    let whole = !before_words && (after..se_close).all(|k| !t[k].is_word());
    if whole {
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
            let pi = tok_at(tk, p.open);
            if t[oi].para.saturating_sub(t[pi].para) <= 1
                && t[oi].sent.saturating_sub(t[pi].sent) <= 2
            {
                c.source = Some(Source::Previous);
            }
        }
    }
    c
}

/// `Mitzna a accusé Sharon : « ... », a-t-il dit.`: a singular personal pronoun after a
/// quotation that ends a clause of its own sentence stands for that clause's subject (here
/// Mitzna, not Sharon, the last man named), when the genders agree. Other sources are kept.
fn sentence_subject_for(tk: &Toks, open: usize, np: Np) -> Np {
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
fn main_clause_subject(tk: &Toks, before: usize) -> Option<Np> {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(before);
    let k =
        (ss..before).find(|&k| grammar::is_aux(&t[k]) || grammar::group_from(tk, k).is_some())?;
    let (s, e) = subject_before(tk, k, ss)?;
    // only a person or an institution speaks: "La porte sud de la mosquée ..., affirmant" is
    // not attributed to the door
    let t0 = (s..e).find(|&j| !grammar::is_determiner(&t[j]))?;
    let titles = depeche_lang::fr::titles();
    let two_word_title =
        t0 + 1 < e && titles.contains_key(format!("{} {}", t[t0].low, t[t0 + 1].low).as_str());
    let speaker_like = t[t0].namey || titles.contains_key(t[t0].low.as_str()) || two_word_title;
    noun_phrase(tk, s, e).filter(|_| speaker_like)
}

/// The person named at the start of the sentence holding token `before`, when the main
/// verb is not a reporting one: in "Le ministre, Manuel Valls, apportait son soutien à X,
/// en affirmant que ..." the subject is the first person the entity stage found in the
/// sentence's opening words (a person named later is an object or a complement).
fn person_opening(tk: &Toks, before: usize) -> Option<Np> {
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
    if s >= before || s - ss > 8 || (ss..s).any(complement) {
        return None;
    }
    noun_phrase(tk, s, e)
}

/// `par la Coordination rurale` after a passive participle.
fn agent_after(tk: &Toks, from: usize, se: usize) -> Option<Np> {
    let t = &tk.t;
    let k = (from..se.min(from + 3)).find(|&k| t[k].low == "par")?;
    let (s, e) = subject_after(tk, k + 1)?;
    noun_phrase(tk, s, e)
}

/// The subject at the start of a clause ending with a colon: `Sa voisine de quai, Inès
/// Roussel, hausse les épaules :`.
fn leading_subject(tk: &Toks, ss: usize, colon: usize) -> Option<Np> {
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
    // else the noun phrase around the first name of the clause, appositions included
    let runs = grammar::name_runs(tk, ss, colon);
    let &(_, re) = runs.first()?;
    let mut e = re;
    if e < colon && t[e].text == "," {
        if let Some(c2) = (e + 1..colon).find(|&k| t[k].text == ",") {
            e = c2;
        }
    }
    let (s, e) = subject_before(tk, e, ss)?;
    noun_phrase(tk, s, e)
}

/// A resolved speaker: byte span of its mention, person index in the memory, noun phrase.
type Resolved = (usize, usize, Option<usize>, Np);

/// Resolve every candidate's speaker, in text order, and build the quotes.
fn resolve(a: &Article, tk: &Toks, cands: Vec<Cand>) -> Vec<Quote> {
    let mut memory = Memory::seed(a, tk);
    let interviewee = interviewee(a, tk);
    // resolved speaker per candidate: (np span, person index, np)
    let mut resolved: Vec<Option<Resolved>> = vec![None; cands.len()];
    let mut last: Option<usize> = None;
    let by_span: std::collections::HashMap<(usize, usize), usize> = cands
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
                let (bs, be) = (tk.t[np.s].s, tk.t[np.e - 1].e);
                let who = memory.resolve(np, bs, para, tk.text);
                if np.kind == NpKind::Pronoun && who.is_none() {
                    None
                } else {
                    Some((bs, be, who, np.clone()))
                }
            }
            Some(Source::Inherit(ps, pe)) => {
                by_span.get(&(*ps, *pe)).and_then(|&j| resolved[j].clone())
            }
            Some(Source::Previous) => last.and_then(|j| resolved[j].clone()),
            Some(Source::Interviewee) => interviewee.clone(),
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
    let mut entity_of: std::collections::HashMap<String, Option<&depeche_article::Entity>> =
        std::collections::HashMap::new();
    for (c, r) in cands.iter().zip(resolved) {
        let Some((bs, be, who, np)) = r else { continue };
        let name = who.map_or_else(|| np.name.clone(), |w| memory.people[w].name.clone());
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
        let span = a.span(bs, be);
        let speaker = Speaker {
            text: a.slice(&span).to_string(),
            span,
            name,
            role,
            kind: kind.to_string(),
            entity: entity.map(|e| e.id.clone()),
            resolved: matches!(np.kind, NpKind::Pronoun)
                || (np.kind == NpKind::Role && who.is_some()),
        };
        let span = a.span(c.s, c.e);
        let cue = c.cue.map(|(s, e, lemma)| {
            let span = a.span(s, e);
            Cue {
                text: a.slice(&span).to_string(),
                span,
                lemma: lemma.to_string(),
            }
        });
        out.push(Quote {
            text: a.slice(&span).to_string(),
            span,
            kind: c.kind,
            partial: c.partial,
            cue,
            speaker: Some(speaker),
            speaker_gender: None,
        });
    }
    // one quotation per span: the first attribution wins
    out.dedup_by(|b, a| a.span == b.span);
    out
}

/// The entity a speaker's canonical name denotes: the same name (or one of its mentions),
/// or, for people only, the same surname ("Poutine" for "Vladimir Poutine"). A place or an
/// organisation is never matched on a word of a longer name ("France" in "HP France").
fn entity_for<'a>(a: &'a Article, name: &str) -> Option<&'a depeche_article::Entity> {
    let key = speakers::name_key(name);
    let exact = |e: &depeche_article::Entity| {
        speakers::name_key(&e.name) == key
            || e.mentions
                .iter()
                .any(|m| speakers::name_key(&m.text) == key)
    };
    a.entities.iter().find(|e| exact(e)).or_else(|| {
        a.entities.iter().find(|e| {
            e.kind == EntityType::PER
                && (speakers::same_name(&e.name, name)
                    || e.mentions
                        .iter()
                        .any(|m| speakers::same_name(&m.text, name)))
        })
    })
}

/// The person an interview is with: the first person named in the opening paragraphs.
fn interviewee(a: &Article, tk: &Toks) -> Option<Resolved> {
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
