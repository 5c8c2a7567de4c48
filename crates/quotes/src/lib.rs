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
    indirect_comme(&tk, &marked, &mut cands);
    indirect_backward(&tk, &marked, &mut cands);
    indirect_continued(&tk, &marked, &mut cands);
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
    if inverted || comme_inverted(tk, g) {
        let (s, e) = subject_after(tk, g.end)?;
        return noun_phrase(tk, s, e);
    }
    if g.start > 0 && tk.t[g.start - 1].low == "et" {
        // "X a fait procéder au vote et a déclaré que ...": coordinated verbs share the
        // subject of the first one
        if let Some(np) = main_clause_subject(tk, g.start) {
            return Some(np);
        }
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

/// `comme le précise X`, `comme l'a dit X`: after "comme" and an object clitic the subject
/// of a reporting verb follows it.
fn comme_inverted(tk: &Toks, g: &VerbGroup) -> bool {
    let t = &tk.t;
    g.start >= 2
        && matches!(t[g.start - 1].low.as_str(), "le" | "l'")
        && t[g.start - 2].low == "comme"
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
    place_np(g.end)
        .or_else(|| place_np(ss))
        .or_else(relative_place)
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

/// The end of a reported clause `cs..ce` that stops before a colon announcing a quotation
/// of its own (`X a précisé que CLAUSE : « ... »`).
fn before_announced_quote(tk: &Toks, cs: usize, ce: usize) -> usize {
    let t = &tk.t;
    (cs..ce)
        .find(|&k| {
            t[k].text == ":"
                && t.get(k + 1)
                    .is_some_and(|x| matches!(x.text, "«" | "“" | "\""))
        })
        .map_or(ce, |k| clause_end(tk, k, cs))
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
        if g.kind == GroupKind::Passive || in_marks(t[g.start].s) {
            continue;
        }
        // "X s'est dit satisfait des résultats": "se dire" with an attribute reports it
        let reflexive = matches!(t[g.start].low.as_str(), "s'" | "se");
        if matches!(g.lemma, "dire" | "se dire") && reflexive && g.kind == GroupKind::Active {
            if let Some(cand) = said_attribute(tk, &g, marked) {
                out.push(cand);
            }
            continue;
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
            8
        };
        let Some(q) = (g.end..(g.end + reach.max(8)).min(se))
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
        let mut ce = before_announced_quote(tk, cs, clause_end(tk, se, cs));
        // "X, estimant que CLAUSE, refuse ...": a participle in apposition ends at its comma
        if g.kind == GroupKind::Gerund && g.start > 0 && t[g.start - 1].text == "," {
            if let Some(k) = (cs..ce).find(|&k| t[k].text == "," && !in_marks(t[k].s)) {
                ce = clause_end(tk, k, cs);
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
        let np = if g.kind == GroupKind::Gerund {
            // "X, estimant que ..., refuse": the phrase the participle is apposed to speaks;
            // "TVE a émis un communiqué affirmant que ...": else the main clause's subject
            apposed_to(tk, g.start)
                .or_else(|| main_clause_subject(tk, g.start))
                .or_else(|| person_opening(tk, g.start))
        } else {
            // "certains habitants estiment que ...": a plain noun phrase is the subject
            // when no name, title or pronoun is
            group_speaker(tk, &g, false).or_else(|| {
                let (s, e) = subject_before(tk, g.start, 0)?;
                grammar::plain_np(tk, s, e)
            })
        };
        out.push(Cand {
            s: bs,
            e: be,
            kind: QuoteKind::Indirect,
            partial: false,
            cue: Some(cue_of(tk, &g)),
            at: t[g.start].s,
            source: narrative_infinitive(tk, &g).or(np.map(Source::Np)),
        });
    }
}

/// `Et d'ajouter : « ... »`, `Et de conclure que ...`: the narrative infinitive goes on with
/// the person the previous sentence was about, or else with the last speaker.
fn narrative_infinitive(tk: &Toks, g: &VerbGroup) -> Option<Source> {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(g.start);
    // the group may start at "de", which also links semi-auxiliaries ("vient de préciser")
    if !(ss + 1..=ss + 2).contains(&g.start)
        || g.end <= ss + 2
        || t[ss].low != "et"
        || !matches!(t[ss + 1].low.as_str(), "de" | "d'")
    {
        return None;
    }
    let previous = (ss > 0)
        .then(|| tk.sentence_of(ss - 1))
        .filter(|&(ps, _)| t[ps].para == t[ss].para)
        .and_then(|(ps, pe)| person_subject(tk, ps, pe));
    Some(previous.map_or(Source::Previous, Source::Np))
}

/// `X affirme avoir vu ...`, `X dit ne rien regretter`: the infinitive clause right after a
/// declarative verb.
fn infinitive_report(tk: &Toks, g: &VerbGroup, marked: &[Marked]) -> Option<Cand> {
    let t = &tk.t;
    // "a annoncé mardi avoir détecté": a time word may come between
    let mut k = g.end;
    while t
        .get(k)
        .is_some_and(|x| grammar::TIME_WORDS.contains(&x.low.as_str()))
    {
        k += 1;
    }
    let first = t.get(k).filter(|x| x.sent == t[g.start].sent)?;
    // the auxiliaries and modal verbs open most such clauses; a negation may come first
    let infinitive = |w: &str| {
        matches!(
            w,
            "avoir" | "être" | "vouloir" | "pouvoir" | "devoir" | "savoir" | "faire" | "ignorer"
        )
    };
    let opens = infinitive(first.low.as_str())
        || (matches!(first.low.as_str(), "ne" | "n'")
            && t.get(k + 1)
                .is_some_and(|x| matches!(x.low.as_str(), "pas" | "rien" | "jamais" | "plus"))
            && t.get(k + 2).is_some_and(|x| infinitive(x.low.as_str())));
    if !opens {
        return None;
    }
    complement_clause(tk, g, marked)
}

/// `X accuse le maire d'avoir menti`, `X reproche au club de cacher ses comptes`: the
/// infinitive after "de" is the charge the subject makes.
fn charge_clause(tk: &Toks, g: &VerbGroup, marked: &[Marked]) -> Option<Cand> {
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
    let np = group_speaker(tk, g, false).or_else(|| {
        let (s, e) = subject_before(tk, g.start, 0)?;
        grammar::plain_np(tk, s, e)
    })?;
    Some(Cand {
        s: bs,
        e: be,
        kind: QuoteKind::Indirect,
        partial: false,
        cue: Some(cue_of(tk, g)),
        at: t[g.start].s,
        source: Some(Source::Np(np)),
    })
}

/// `X s'est dit prêt à négocier`: the attribute of "se dire" and what follows it in its clause.
fn said_attribute(tk: &Toks, g: &VerbGroup, marked: &[Marked]) -> Option<Cand> {
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
    complement_clause(tk, g, marked)
}

/// The rest of a reporting verb's clause, from the word after the verb group to the clause's
/// end, as an indirect statement by the group's subject (not when it opens inside marks).
fn complement_clause(tk: &Toks, g: &VerbGroup, marked: &[Marked]) -> Option<Cand> {
    let t = &tk.t;
    let (_, se) = tk.sentence_of(g.start);
    let ce = clause_end(tk, se, g.end);
    if ce <= g.end + 1 {
        return None;
    }
    let (bs, be) = (t[g.end].s, t[ce - 1].e);
    if marks::containing(marked, bs).is_some() {
        return None;
    }
    // "En outre, plusieurs témoins ont raconté avoir vu ...": a plain noun phrase is the
    // subject when no name, title or pronoun is
    let np = group_speaker(tk, g, false).or_else(|| {
        let (s, e) = subject_before(tk, g.start, 0)?;
        grammar::plain_np(tk, s, e)
    })?;
    Some(Cand {
        s: bs,
        e: be,
        kind: QuoteKind::Indirect,
        partial: false,
        cue: Some(cue_of(tk, g)),
        at: t[g.start].s,
        source: Some(Source::Np(np)),
    })
}

/// `CLAUSE comme le précise X`, `CLAUSE, comme l'a souligné X :`: the clause before "comme" is
/// what the inverted subject said.
fn indirect_comme(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
    let t = &tk.t;
    for k in 0..t.len() {
        if t[k].low != "comme" || marks::containing(marked, t[k].s).is_some() {
            continue;
        }
        let Some(g) = (k + 1..(k + 4).min(t.len()))
            .find_map(|j| grammar::group_from(tk, j))
            .filter(|g| {
                g.kind == GroupKind::Active && comme_inverted(tk, g) && !grammar::que_follows(tk, g)
            })
        else {
            continue;
        };
        let Some(np) = group_speaker(tk, &g, false) else {
            continue;
        };
        let (ss, se) = tk.sentence_of(k);
        let (cs, ce) = if k == ss {
            // "Comme l'a rappelé X, CLAUSE.": the clause follows the source's comma
            let Some(comma) = (np.e..se).find(|&j| t[j].text == ",") else {
                continue;
            };
            (comma + 1, clause_end(tk, se, comma + 1))
        } else {
            let cs = (ss..k)
                .rev()
                .find(|&j| matches!(t[j].text, ";" | ":"))
                .map_or(ss, |j| j + 1);
            (cs, clause_end(tk, k, cs))
        };
        if (cs..ce).filter(|&j| t[j].is_word()).count() < 3 {
            continue;
        }
        let (bs, be) = (t[cs].s, t[ce - 1].e);
        if marks::containing(marked, bs).is_some_and(|m| be <= m.close) {
            continue;
        }
        out.push(Cand {
            s: bs,
            e: be,
            kind: QuoteKind::Indirect,
            partial: false,
            cue: Some(cue_of(tk, &g)),
            at: t[g.start].s,
            source: Some(Source::Np(np)),
        });
    }
}

/// `X estime que le projet est viable. Il coûterait moins que prévu.`: a sentence in the
/// conditional right after reported speech, in the same paragraph, with no quote marks and no
/// reporting verb of its own, carries on what the same source said: French news uses the
/// conditional for a claim it reports without vouching for it.
fn indirect_continued(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
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
        // speaks in its own voice and only guesses in the second clause
        let first_clause_end = (ss..ce)
            .find(|&k| matches!(t[k].low.as_str(), "," | ";" | "et" | "mais" | "car"))
            .unwrap_or(ce);
        let conditional = (ss..first_clause_end)
            .any(|k| t[k].is_word() && !t[k].cap && depeche_lang::fr::is_conditional(&t[k].low));
        let reporting = (ss..ce).any(|k| t[k].verbish && verb_group(tk, k).is_some());
        if !conditional
            || reporting
            || (ss..ce).filter(|&k| t[k].is_word()).count() < 4
            || marks::overlaps(marked, bs, be)
            || out.iter().any(|c| c.s < be && bs < c.e)
        {
            continue;
        }
        out.push(Cand {
            s: bs,
            e: be,
            kind: QuoteKind::Indirect,
            partial: false,
            cue: None,
            at: bs,
            source: Some(Source::Previous),
        });
        reported_end.push(be);
    }
}

/// `C'est l'avis de X.`, `Le constat est du professeur X.`: a sentence naming a stated view
/// and its holder attributes the sentence before it (same paragraph, no quote marks).
fn indirect_backward(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
    let t = &tk.t;
    let nouns = depeche_lang::fr::statement_nouns();
    for n in 1..tk.sents.len() {
        let (ss, se) = tk.sents[n];
        if let Some(cand) = cest_ce_que(tk, marked, n) {
            out.push(cand);
            continue;
        }
        let Some(k) = (ss + 1..se.min(ss + 8))
            .find(|&k| nouns.contains(t[k].low.as_str()) && grammar::is_determiner(&t[k - 1]))
        else {
            continue;
        };
        let is_de = |j: usize| matches!(t[j].low.as_str(), "de" | "du" | "d'");
        // "C'est (d'ailleurs) l'avis de X" or "L'avis (amer) est de X"
        let opens_cest = (ss..k).any(|j| t[j].low == "c'") && (ss..k).any(|j| t[j].low == "est");
        let de = if opens_cest {
            (k + 1 < se && is_de(k + 1)).then_some(k + 1)
        } else if k == ss + 1 {
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
        if !speaker_like {
            continue;
        }
        let (ps, pe) = tk.sents[n - 1];
        if t[ps].para != t[ss].para || marks::overlaps(marked, t[ps].s, t[pe - 1].e) {
            continue;
        }
        let ce = clause_end(tk, pe, ps);
        if (ps..ce).filter(|&j| t[j].is_word()).count() < 3
            || out.iter().any(|q| q.s <= t[ps].s && t[ce - 1].e <= q.e)
        {
            continue;
        }
        let lemma = nouns.get(t[k].low.as_str()).copied().unwrap_or("avis");
        out.push(Cand {
            s: t[ps].s,
            e: t[ce - 1].e,
            kind: QuoteKind::Indirect,
            partial: false,
            cue: Some((t[ss].s, t[de].e, lemma)),
            at: t[ss].s,
            source: Some(Source::Np(np)),
        });
    }
}

/// `« ... ». C'est ce qu'a déclaré X.`, `... C'est ce qu'affirme X.`: a sentence pointing back
/// with "c'est ce que" and an inverted reporting verb attributes the sentence before it (same
/// paragraph): a quotation standing alone, or else the whole sentence as indirect speech.
fn cest_ce_que(tk: &Toks, marked: &[Marked], n: usize) -> Option<Cand> {
    let t = &tk.t;
    let (ss, se) = tk.sents[n];
    if se < ss + 6
        || t[ss].low != "c'"
        || t[ss + 1].low != "est"
        || t[ss + 2].low != "ce"
        || !matches!(t[ss + 3].low.as_str(), "que" | "qu'")
    {
        return None;
    }
    let g = grammar::group_from(tk, ss + 4).filter(|g| g.kind == GroupKind::Active)?;
    let np = group_speaker(tk, &g, true)?;
    let (ps, pe) = tk.sents[n - 1];
    if t[ps].para != t[ss].para {
        return None;
    }
    let ce = clause_end(tk, pe, ps);
    if ce <= ps {
        return None;
    }
    let (kind, s, e) = match marks::containing(marked, t[ps].s) {
        // the sentence before is one quotation in marks
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

/// `Selon X, CLAUSE.` / `CLAUSE, selon X.` / `d'après X` / `X, selon qui CLAUSE`.
fn indirect_selon(
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
        if ne == ns {
            continue;
        }
        // "X, selon qui ...", "un rapport selon lequel ..."
        let relative = matches!(
            t[ns].low.as_str(),
            "qui" | "lequel" | "laquelle" | "lesquels" | "lesquelles"
        );
        // "D'après le ministre du budget, Jérôme Cahuzac, « ... »", "Selon François Dubet,
        // sociologue, ...": an apposition after the comma belongs to the source
        if !relative && ne < se && t[ne].text == "," {
            if let Some(k) = (ne + 1..se).find(|&k| t[k].text == ",") {
                // "Pour le maire, interrogé lundi, « ... »": how the source was heard
                let heard = depeche_lang::fr::is_interview_participle(&t[ne + 1].low);
                if apposition(tk, ne + 1, k) || heard {
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
        let np = if relative && t[ns].low != "qui" {
            // "un rapport selon lequel": the noun phrase right before the marker
            (i.saturating_sub(4).max(ss)..i)
                .rev()
                .find(|&k| grammar::is_determiner(&t[k]))
                .and_then(|d| noun_phrase(tk, d, i).or_else(|| grammar::plain_np(tk, d, i)))
        } else if relative {
            // "Mathilde Verrier, selon qui ...", "le Medef, pour qui ...": the antecedent
            // before the marker
            subject_before(tk, i, ss)
                .and_then(|(s, e)| noun_phrase(tk, s, e))
                .or_else(|| {
                    // "surtout la CGT pour qui ...": the name right before the marker
                    let (a, b) = *grammar::name_runs(tk, ss, i).last()?;
                    let a = if a > ss && grammar::is_determiner(&t[a - 1]) {
                        a - 1
                    } else {
                        a
                    };
                    (b == i).then(|| noun_phrase(tk, a, b)).flatten()
                })
        } else {
            noun_phrase(tk, ns, ne)
        };
        let Some(np) = np else { continue };
        // a weak marker ("pour") attributes only to a speaker: a person, a name, or a role or
        // institution with a title ("Pour la syndicaliste, ...", "Pour l'ONG, ..."), never
        // "Pour la première fois, ..."
        let speaker_like = matches!(np.kind, NpKind::Person | NpKind::Name)
            || (np.kind == NpKind::Role && np.role_head.is_some());
        if !strong && !speaker_like {
            continue;
        }
        let cue = Some((t[i].s, t[i + mlen - 1].e, marker));
        // "car selon eux, ...", "mais d'après lui, ...": after a conjunction the marker opens
        // a clause of its own, as at the start of a sentence
        let sentence_start = i == ss
            || (i > ss
                && (ss..i)
                    .all(|k| !t[k].is_word() || matches!(t[k].low.as_str(), "mais" | "et" | "or")))
            || (i > ss && CLAUSE_OPENERS.contains(&t[i - 1].low.as_str()));
        // "« ... » selon M. Houdré": a marker right after a closing quote mark closes the
        // clause that holds the quotation, as a comma would
        let after_close = i > ss
            && matches!(t[i - 1].text, "»" | "”" | "\"")
            && marks::containing(marked, t[i - 1].s).is_some_and(|m| m.close == t[i - 1].e);
        let (cs, ce) = if relative {
            let mut cs = ns + 1;
            while cs < se && t[cs].text == "," {
                cs += 1;
            }
            (cs, clause_end(tk, se, cs))
        } else if sentence_start && ne < se && t[ne].text == "," {
            (ne + 1, clause_end(tk, se, ne + 1))
        } else if after_close {
            (ss, i)
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

/// The attribution marker starting at token `i` (the longest one: "de l'avis de", "d'après",
/// "selon"), as (marker, tokens, strong). `key` is a buffer reused between calls.
fn marker_at(tk: &Toks, i: usize, key: &mut String) -> Option<(&'static str, usize, bool)> {
    let t = &tk.t;
    let markers = depeche_lang::fr::attribution_markers();
    if let Some((&k, &strong)) = markers.get_key_value(t[i].low.as_str()) {
        return Some((k, 1, strong));
    }
    // most words start no marker: build a key only after a word that starts one
    if !marker_starts().contains(t[i].low.as_str()) {
        return None;
    }
    key.clear();
    key.push_str(&t[i].low);
    let mut best = None;
    for n in 2..=4 {
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
    }
    best
}

/// First words of the multi-word markers of `attribution_markers.tsv` ("d'" of "d'après",
/// "de" of "de l'avis de").
fn marker_starts() -> &'static depeche_lang::hash::HashSet<&'static str> {
    // looked up for every token: the lexicon's fast hash, not SipHash
    static T: std::sync::OnceLock<depeche_lang::hash::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    T.get_or_init(|| {
        depeche_lang::fr::attribution_markers()
            .keys()
            .filter_map(|k| {
                let end = k.find([' ', '\''])?;
                Some(if k.as_bytes()[end] == b'\'' {
                    &k[..=end]
                } else {
                    &k[..end]
                })
            })
            .collect()
    })
}

/// Words after which an attribution marker opens a clause of its own ("car selon eux, ...").
const CLAUSE_OPENERS: &[&str] = &[
    "car", "mais", "et", "or", "donc", "puisque", "puisqu'", "que", "qu'", "lorsque", "quand",
];

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
            || matches!(t[h + 1].low.as_str(), "de" | "du" | "des" | "d'")
            || grammar::is_determiner(&t[h + 1]));
    let named = grammar::name_runs(tk, s, e)
        .first()
        .is_some_and(|&(a, b)| a == s && b == e);
    titled || named
}

/// `CLAUSE, a prévenu SUD-Rail.`: a sentence closed by an inverted cue.
///
/// The cue may follow any comma of the sentence, not only the last one: its subject can carry
/// an apposition (`, a annoncé Mario Draghi, le président de la BCE.`) or adjuncts (`, a révélé
/// son avocate à l'AFP, à la demande de sa famille.`). The clause starts after the last `;` or
/// `:` before the cue, and may hold partial quotations in marks, provided no mark follows the cue
/// (a quotation after the comma is attributed on its own).
fn indirect_inverted(tk: &Toks, marked: &[Marked], out: &mut Vec<Cand>) {
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
                if marks::overlaps(marked, t[c].s, t[se - 1].e) {
                    return None;
                }
                let g = grammar::group_from(tk, c + 1)?;
                // "..., fait savoir qu'il continue": a verb followed by its "que" clause has
                // its subject before it, it does not close the sentence
                if g.kind != GroupKind::Active || grammar::que_follows(tk, &g) {
                    return None;
                }
                let np = group_speaker(tk, &g, true)?;
                let end = clause_end(tk, se, ss);
                if g.clitic.is_some()
                    && g.end < end
                    && t[g.end].text == ","
                    && !marks::overlaps(marked, t[ss].s, t[se - 1].e)
                {
                    // "Contrairement aux discours, appuie-t-il, le français ...": an incise
                    // inside the statement; the statement is the whole sentence
                    return Some((end, g, np));
                }
                if np.e < end && g.clitic.is_none() && !only_adjuncts(tk, np.e, end) {
                    return None; // more text after the subject: not a closing cue
                }
                Some((c, g, np))
            });
        let Some((c, g, np)) = found else { continue };
        let ce = c;
        // the clause after the last semicolon or colon: "... a critiqué X ; c'est une
        // ingérence, a déclaré Y."
        let mut ss = (ss..ce)
            .rev()
            .find(|&k| {
                matches!(t[k].text, ";" | ":") && marks::containing(marked, t[k].s).is_none()
            })
            .map_or(ss, |k| k + 1);
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

/// Whether tokens `[s, e)` after an inverted subject are only adjuncts: phrases opened by a
/// preposition (`à l'AFP`, `, à la demande de sa famille`, `dans un communiqué`), so that the
/// cue still closes the sentence.
fn only_adjuncts(tk: &Toks, s: usize, e: usize) -> bool {
    let t = &tk.t;
    let mut k = s;
    while k < e && t[k].text == "," {
        k += 1;
    }
    if k > s && k < e && matches!(t[k].low.as_str(), "qui" | "dont") {
        // "..., note l'institut, qui attendait mieux": a relative clause describes the
        // speaker and ends the sentence; the cue still closes what was said
        return true;
    }
    k < e
        && grammar::is_preposition(&t[k])
        && !(k + 1..e).any(|j| verb_group(tk, j).is_some_and(|g| g.kind == GroupKind::Active))
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
    // "une série baptisée « Europe »", "des pages telles que « suicide »": a name or a term in
    // marks, a few words long, is not a quotation
    let words_inside = (oi..=ci).filter(|&k| t[k].is_word()).count();
    if words_inside <= 4 && named_by_context(tk, oi, ss) {
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
            let np = match g.kind {
                GroupKind::Active if incise => group_speaker(tk, &g, true),
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
                    apposed_to(tk, g.start)
                        .or_else(|| main_clause_subject(tk, g.start))
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
    let whole = !before_words && !(after..se_close).any(journalist);
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
        if ss > 0 {
            let (ps, pe) = tk.sentence_of(ss - 1);
            if t[ps].para == t[oi].para && !marks::overlaps(marked, t[ps].s, t[pe - 1].e) {
                if let Some(np) = person_subject(tk, ps, pe) {
                    c.at = t[ps].s;
                    c.source = Some(Source::Np(np));
                }
            }
        }
    }
    c
}

/// Whether the words right before the opening mark at token `open` name what follows
/// (`baptisée`, `telles que`, `le mot`).
fn named_by_context(tk: &Toks, open: usize, ss: usize) -> bool {
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
    one || two || named
}

/// The subject of the sentence `[ss, se)` when it is a person: a named person, a personal
/// pronoun (`il`, `elle`) or a person's title, standing before the sentence's first
/// auxiliary or reporting verb.
fn person_subject(tk: &Toks, ss: usize, se: usize) -> Option<Np> {
    let t = &tk.t;
    let k = (ss..se.min(ss + 16))
        .find(|&k| grammar::is_aux(&t[k]) || verb_group(tk, k).is_some_and(|g| g.start == k))?;
    let (s, e) = subject_before(tk, k, ss)?;
    let np = noun_phrase(tk, s, e)?;
    let person = match np.kind {
        NpKind::Person => true,
        NpKind::Pronoun => matches!(np.name.as_str(), "il" | "elle"),
        NpKind::Role => np.role_head.is_some() && !np.organization,
        NpKind::Name => false,
    };
    person.then_some(np)
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

/// The speaker-like phrase a participle at token `k` is apposed to: `Le maire, estimant
/// que ...` (the phrase opens the sentence and a comma comes before the participle).
fn apposed_to(tk: &Toks, k: usize) -> Option<Np> {
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
    // "La réponse du gouvernement n'a pas tardé :", "Le message de X est clair :": the one
    // whose statement the clause names
    let nouns = depeche_lang::fr::statement_nouns();
    if colon > ss + 3
        && grammar::is_determiner(&t[ss])
        && nouns.contains(t[ss + 1].low.as_str())
        && matches!(t[ss + 2].low.as_str(), "de" | "du" | "des" | "d'")
    {
        let end = (ss + 3..colon)
            .find(|&k| grammar::is_aux(&t[k]) || matches!(t[k].low.as_str(), "," | "n'" | "ne"))
            .unwrap_or(colon);
        let holder = noun_phrase(tk, ss + 3, end).filter(|np| {
            matches!(np.kind, NpKind::Person | NpKind::Name)
                || (np.kind == NpKind::Role && np.role_head.is_some())
        });
        if holder.is_some() {
            return holder;
        }
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
                let (bs, be) = (tk.t[np.s].s, tk.t[np.e - 1].e);
                // "« ... Saraqeb ... », a-t-il souligné": a pronoun after what it reports
                // refers to someone named before the statement, never inside it
                let at = if np.kind == NpKind::Pronoun && bs >= c.e {
                    c.s
                } else {
                    bs
                };
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
                    let who = memory.resolve(np, at, para, tk.text);
                    if np.kind == NpKind::Pronoun && who.is_none() {
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
    out
}

fn is_plural_pronoun(p: &str) -> bool {
    depeche_lang::fr::pronouns()
        .get(p)
        .is_some_and(|&(_, n)| n == depeche_lang::Number::Plural)
}

/// The plural subject that a plural pronoun at token `at` takes up: the subject of its own
/// sentence when it comes before the pronoun, else that of the sentence before in the same
/// paragraph, when it is plural (`les`, `des`, `plusieurs`, `certains`, `ces`).
fn plural_antecedent(tk: &Toks, at: usize) -> Option<Np> {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(at);
    let mut spans = vec![(ss, at)];
    if ss > 0 {
        let (ps, pe) = tk.sentence_of(ss - 1);
        if t[ps].para == t[ss].para {
            spans.push((ps, pe));
        }
    }
    spans.into_iter().find_map(|(s, e)| {
        let k = (s..e.min(s + 16))
            .find(|&k| grammar::is_aux(&t[k]) || verb_group(tk, k).is_some_and(|g| g.start == k))?;
        let (a, b) = subject_before(tk, k, s)?;
        // "une dizaine de délégués", "un groupe de militants": a collective noun before
        // "de" counts as a plural determiner
        let collective = matches!(t[a].low.as_str(), "un" | "une")
            && t.get(a + 1).is_some_and(|x| {
                matches!(
                    x.low.as_str(),
                    "dizaine"
                        | "douzaine"
                        | "quinzaine"
                        | "vingtaine"
                        | "trentaine"
                        | "quarantaine"
                        | "cinquantaine"
                        | "centaine"
                        | "millier"
                        | "poignée"
                        | "groupe"
                        | "collectif"
                )
            })
            && t.get(a + 2)
                .is_some_and(|x| matches!(x.low.as_str(), "de" | "d'"));
        let plural_det = collective
            || matches!(
                t[a].low.as_str(),
                "les" | "des" | "plusieurs" | "certains" | "certaines" | "ces" | "nombre"
            );
        if !plural_det || b > at {
            return None;
        }
        // the group is named by its members ("une dizaine de délégués": délégués)
        if collective {
            if let Some(np) = grammar::plain_np(tk, a + 2, b) {
                return Some(np);
            }
        }
        // a plain plural noun ("les analystes") is a group of speakers all the same
        noun_phrase(tk, a, b)
            .filter(|np| np.kind != NpKind::Pronoun)
            .or_else(|| grammar::plain_np(tk, a, b))
    })
}

/// The institution a singular pronoun near the start of its sentence takes up: the subject
/// of the previous sentence in the same paragraph when it is an institution or a role of one
/// whose gender agrees with the pronoun (`La direction de la SNCF conteste. Selon elle, ...`),
/// with the byte offset where that sentence starts.
fn institution_antecedent(tk: &Toks, pronoun: &Np) -> Option<(Np, usize)> {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(pronoun.s);
    if ss == 0 || pronoun.s > ss + 3 || pronoun.gender == Gender::Any {
        return None;
    }
    let (ps, pe) = tk.sentence_of(ss - 1);
    if t[ps].para != t[ss].para {
        return None;
    }
    let k = (ps..pe.min(ps + 16))
        .find(|&k| grammar::is_aux(&t[k]) || verb_group(tk, k).is_some_and(|g| g.start == k))?;
    let (a, b) = subject_before(tk, k, ps)?;
    if a != ps {
        return None;
    }
    let np = noun_phrase(tk, a, b)?;
    let institution = np.organization && np.kind != NpKind::Pronoun;
    (institution && np.gender == pronoun.gender).then_some((np, t[ps].s))
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
