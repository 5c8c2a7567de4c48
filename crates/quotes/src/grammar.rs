//! Just enough French grammar to attribute speech: reporting-verb groups (`a-t-il déclaré`,
//! `avait déjà dénoncé`, `a tenu à préciser`) and the noun phrases around them
//! (`le conseiller à la sécurité nationale, Jake Sullivan`).

use crate::toks::{Tok, Toks};
use depeche_lang::fr::{self, VerbFormKind};
use depeche_lang::Gender;

/// Auxiliaries and the little words that sit between them and a participle.
const AUX: &[&str] = &[
    "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "eut", "est", "sont",
    "était", "étaient", "serait", "seraient", "sera", "ai", "avons", "avez", "as", "avoir",
];
/// Forms of être among [`AUX`].
const ETRE: &[&str] = &[
    "est", "sont", "était", "étaient", "serait", "seraient", "sera",
];
/// Object pronouns that stand between a verb and its subject (`X, maire de Y, nous a dit`,
/// `Les scientifiques en ont conclu`).
const OBJECT_CLITICS: &[&str] = &[
    "l'", "le", "la", "les", "en", "y", "lui", "leur", "nous", "vous", "me", "m'",
];
const VERB_FILLERS: &[&str] = &[
    "s'",
    "se",
    "n'",
    "ne",
    "pas",
    "jamais",
    "plus",
    "lui",
    "leur",
    "l'",
    "y",
    "en",
    "déjà",
    "aussi",
    "également",
    "encore",
    "ensuite",
    "enfin",
    "alors",
    "pourtant",
    "toutefois",
    "notamment",
    "bien",
    "ainsi",
    "d'ailleurs",
    "vivement",
    "clairement",
    "longuement",
    "publiquement",
    "ouvertement",
    "fermement",
    "simplement",
    "volontiers",
    "immédiatement",
    "aussitôt",
    "souvent",
    "toujours",
    "récemment",
    "lui-même",
    "elle-même",
    "m'",
    "nous",
    "vous",
    "t'",
];
/// Whether token `k` is an adverb between an auxiliary and its participle: a linking adverb
/// of the lexicon (`a cependant déclaré`, `a néanmoins affirmé`, `a donc estimé`) or a word
/// in -ment (`a fermement démenti`), right after the auxiliary (one adverb before it too: `a
/// toutefois clairement dit`), where no noun can stand.
fn adverb_after_aux(t: &[Tok], k: usize) -> bool {
    let adverb = |x: &Tok| {
        !x.cap
            && (fr::linking_adverbs().contains(x.low.as_str())
                || (x.low.chars().count() > 5 && x.low.ends_with("ment")))
    };
    adverb(&t[k])
        && k > 0
        && (is_aux(&t[k - 1]) || (k > 1 && adverb(&t[k - 1]) && is_aux(&t[k - 2])))
}

const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce",
    "cet", "cette", "ces", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
];
const PREPOSITIONS: &[&str] = &[
    "sans",
    "comme",
    "à",
    "au",
    "aux",
    "dans",
    "en",
    "lors",
    "pour",
    "après",
    "avant",
    "depuis",
    "pendant",
    "sur",
    "sous",
    "avec",
    "par",
    "chez",
    "devant",
    "derrière",
    "vers",
    "entre",
    "parmi",
    "dès",
    "malgré",
    "contre",
    "outre",
    "face",
    "auprès",
    "selon",
    "d'après",
    "quant",
];
pub const TIME_WORDS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "aujourd'hui",
    "demain",
    "mardi",
    "récemment",
    "ensuite",
    "enfin",
    "puis",
    "alors",
];

pub fn is_aux(t: &Tok) -> bool {
    AUX.contains(&t.low.as_str())
}

/// The tense of an auxiliary of [`AUX`] (present, imperfect, conditional, future, simple past,
/// infinitive), to tell whether two auxiliaries could be the same verb's repeated.
pub fn aux_tense(w: &str) -> Option<u8> {
    Some(match w {
        "a" | "ont" | "ai" | "avons" | "avez" | "as" | "est" | "sont" => 0,
        "avait" | "avaient" | "était" | "étaient" => 1,
        "aurait" | "auraient" | "serait" | "seraient" => 2,
        "aura" | "auront" | "sera" => 3,
        "eut" => 4,
        "avoir" => 5,
        _ => return None,
    })
}

/// Whether a token is a form of the auxiliary "avoir" (an [`is_aux`] that is no form of être).
pub fn is_avoir(t: &Tok) -> bool {
    is_aux(t) && !ETRE.contains(&t.low.as_str())
}

pub fn is_determiner(t: &Tok) -> bool {
    DETERMINERS.contains(&t.low.as_str())
}

pub fn is_preposition(t: &Tok) -> bool {
    PREPOSITIONS.contains(&t.low.as_str())
}

fn is_punct(t: &Tok) -> bool {
    !t.is_word() && t.kind != depeche_article::TokenKind::Number
}

/// How the verb of a group relates to its subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupKind {
    /// Finite or auxiliary + participle: the subject is before, or after when inverted.
    Active,
    /// A participle without auxiliary (`une réponse jugée ... par X`): only an agent after `par` speaks.
    Passive,
    /// A present participle (`ajoutant`, `saluant`): the subject of the main clause speaks.
    Gerund,
}

/// A reporting-verb group over tokens `[start, end)`.
#[derive(Debug, Clone, Copy)]
pub struct VerbGroup {
    pub start: usize,
    pub end: usize,
    pub lemma: &'static str,
    pub que: bool,
    /// Token index of an inverted clitic (`-t-il`), if any.
    pub clitic: Option<usize>,
    pub kind: GroupKind,
}

/// The reporting-verb group whose lexical verb starts at token `i`, if any.
#[inline]
pub fn verb_group(tk: &Toks, i: usize) -> Option<VerbGroup> {
    // asked of nearly every token, and nearly every token is no verb: answered here, before
    // the set-up of the long function below
    if !tk.t[i].verbish {
        return None;
    }
    verb_group_of(tk, i)
}

fn verb_group_of(tk: &Toks, i: usize) -> Option<VerbGroup> {
    let t = &tk.t;
    let verbs = fr::reporting_verbs();
    // longest multi-word form first ("fait savoir" before "fait"); most words start none
    let mut found = None;
    if verbs.starts_multiword(&t[i].low) {
        for n in (2..=verbs.max_words()).rev() {
            if i + n > t.len() {
                continue;
            }
            let form: String = t[i..i + n]
                .iter()
                .map(|x| x.low.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(f) = verbs.get(&form) {
                found = Some((*f, i + n));
                break;
            }
        }
        // "fait en outre valoir que", "a fait également savoir": adverbs between the words of
        // a form (linking ones, or in -ment) belong to the group
        let filler = |x: &crate::toks::Tok<'_>| {
            fr::linking_adverbs().contains(x.low.as_str())
                || (x.low.ends_with("ment") && x.low.chars().count() > 6)
        };
        let fillers = if found.is_none() {
            t[i + 1..].iter().take(3).take_while(|x| filler(x)).count()
        } else {
            0
        };
        if fillers > 0 {
            let j = i + 1 + fillers;
            for n in (1..verbs.max_words()).rev() {
                if j + n > t.len() {
                    continue;
                }
                let form: String = std::iter::once(t[i].low.as_str())
                    .chain(t[j..j + n].iter().map(|x| x.low.as_str()))
                    .collect::<Vec<_>>()
                    .join(" ");
                if let Some(f) = verbs.get(&form).filter(|f| f.words == n + 1) {
                    found = Some((*f, j + n));
                    break;
                }
            }
        }
    }
    if found.is_none() {
        found = verbs.get(t[i].low.as_str()).map(|f| (*f, i + 1));
    }
    let (form, mut end) = found?;
    // "le juge", "une note": a noun, not a verb; but in "comme le précise X" the "le" is
    // an object clitic
    // nor in "le témoin leur assure que": "leur" before a verb that introduces a clause is
    // the indirect object clitic, not the possessive
    let leur_clitic = i > 0
        && t[i - 1].low == "leur"
        && form.kind == VerbFormKind::Finite
        && t.get(end)
            .is_some_and(|x| matches!(x.low.as_str(), "que" | "qu'" | ":"));
    // "X le reconnaît :", "le maire le dit", "il ne le cache pas": after a subject name or
    // title, a subject pronoun or "ne", "le"/"la"/"les" before a finite verb is its object
    // clitic
    let object_clitic = i >= 2
        && matches!(t[i - 1].low.as_str(), "le" | "la" | "les")
        && form.kind == VerbFormKind::Finite
        && (t[i - 2].namey
            || fr::titles().contains_key(t[i - 2].low.as_str())
            || matches!(
                t[i - 2].low.as_str(),
                "il" | "elle" | "ils" | "elles" | "on" | "ne" | "n'"
            ));
    // (a contracted article too: "ont demandé au juge de", "aux juges")
    if i > 0
        && (is_determiner(&t[i - 1]) || matches!(t[i - 1].low.as_str(), "au" | "aux"))
        && t[i - 1].low != "l'"
        && !(i >= 2 && t[i - 1].low == "le" && t[i - 2].low == "comme")
        && !leur_clitic
        && !object_clitic
    {
        return None;
    }
    // walk left over auxiliaries, clitics, negation and adverbs
    let mut start = i;
    let mut has_aux = false;
    // "être" + participle is a passive ("sont appelés à"), unless the verb is pronominal
    // ("s'est dite ouverte"): only reporting verbs conjugated with avoir take être reflexively
    let mut etre = false;
    let mut reflexive = false;
    let mut clitic = None;
    let mut semi = false;
    while start > 0 {
        let p = &t[start - 1];
        if p.sent != t[i].sent {
            break;
        }
        let w = p.low.as_str();
        // "a, de son côté, affirmé", "a, lui, estimé": an incise between commas after the
        // auxiliary
        if w == "," && start >= 3 {
            if let Some(j) = (start.saturating_sub(7).max(1)..start - 1)
                .rev()
                .find(|&j| t[j].text == ",")
                .filter(|&j| is_aux(&t[j - 1]) && (j + 1..start - 1).all(|k| t[k].is_word()))
            {
                start = j;
                continue;
            }
        }
        if start >= 4
            && matches!(w, "part" | "côté")
            && matches!(t[start - 3].low.as_str(), "pour" | "de")
        {
            start -= 3; // "a pour sa part réclamé", "a de son côté rapporté"
            continue;
        }
        // "a par ailleurs indiqué", "a quant à lui estimé": a phrase of two to four words
        let phrase_end = fr::verb_group_adverbial_ends().contains(w);
        if let Some(n) = (2..=4usize).rev().filter(|_| phrase_end).find(|&n| {
            start > n
                && t[start - n].sent == t[i].sent
                && fr::verb_group_adverbials().contains(
                    t[start - n..start]
                        .iter()
                        .map(|x| x.low.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                        .as_str(),
                )
        }) {
            start -= n;
            continue;
        }
        // ("Le ministre à déclaré que": the auxiliary misspelt as the preposition, right
        // before a participle, which no preposition governs)
        let misspelt_aux = w == "à" && start == i && form.kind == VerbFormKind::Participle;
        if AUX.contains(&w) || misspelt_aux {
            has_aux = true;
            etre |= ETRE.contains(&w);
        } else if matches!(w, "s'" | "se") {
            // (the pronoun of a pronominal semi-auxiliary is its own: "s'est borné à
            // rappeler que" reports, though "se rappeler" is to remember)
            reflexive |= !semi;
        } else if w.starts_with('-') && fr::inverted_clitics().contains(&w) {
            clitic = Some(start - 1);
        } else if w == "t" && clitic == Some(start) {
            // "a t-il déclaré": the euphonic t split from its pronoun by a missing hyphen
        } else if form.kind == VerbFormKind::Infinitive
            && start >= 2
            && t[start - 2].sent == t[i].sent
            && fr::semi_auxiliary_pairs().contains(&(t[start - 2].low.as_str(), w))
        {
            // a frame of two words: "a cru bon de préciser", "a pris soin de rappeler"
            semi = true;
            start -= 2;
            continue;
        } else if form.kind == VerbFormKind::Infinitive
            && fr::negated_semi_auxiliaries().contains(w)
            && [start.wrapping_sub(2), start].iter().any(|&k| {
                t.get(k)
                    .is_some_and(|x| matches!(x.low.as_str(), "pas" | "jamais" | "plus" | "guère"))
            })
        {
            // "n'a pas manqué de rappeler", "ne manque pas de rappeler"
            semi = true;
        } else if form.kind == VerbFormKind::Infinitive
            && fr::semi_auxiliaries().contains(w)
            // ("par" links "finir par" and no other verb: "a terminé par rappeler")
            && (w != "par"
                || start >= 2
                    && matches!(
                        t[start - 2].low.as_str(),
                        "fini" | "finit" | "finissent" | "finissait" | "finissaient" | "finira"
                    ))
        {
            semi = true;
        } else if object_clitic && start == i {
            // the object clitic ("le" of "ne le cache pas") is part of the group
        } else if !VERB_FILLERS.contains(&w) && !adverb_after_aux(t, start - 1) {
            break;
        }
        start -= 1;
    }
    // "il s'est lancé dans", "le siège se trouve à": some reporting verbs report nothing
    // when reflexive (pronominal lemmas such as "se dire" are forms of their own)
    if reflexive && fr::reflexive_non_reporting().contains(form.lemma) {
        return None;
    }
    // "ne cache pas que", "n'a pas caché que": a verb of concealment reports only negated
    // "peut-on lire dans", "lit-on sur": a verb of reading reports only with the impersonal
    // "on", as an inverted clitic or before the group
    if form.impersonal_only
        && !(start.saturating_sub(1)..(end + 1).min(t.len()))
            .any(|k| matches!(t[k].low.as_str(), "on" | "l'on" | "-on" | "-t-on"))
    {
        return None;
    }
    // "s'est montrée « confiante »", "se veut « rassurant »": only with the reflexive, and
    // only for words in marks right after it (an adverb may stand between), the attribute
    // the speaker claims; "s'est montré confiant :" is a mood, its colon the cue
    // (a form of twins, `montre`, is the reflexive one's only with its pronoun)
    let document_only = form.document_only && !(form.reflexive_only && reflexive);
    if form.reflexive_only && !document_only {
        let mut k = end;
        if t.get(k).is_some_and(|x| {
            x.low.ends_with("ment") || matches!(x.low.as_str(), "très" | "plutôt" | "assez" | "si")
        }) {
            k += 1;
        }
        if !reflexive || !t.get(k).is_some_and(|x| matches!(x.text, "«" | "“" | "\"")) {
            return None;
        }
    }
    if form.negated_only && !(start..i).any(|k| matches!(t[k].low.as_str(), "ne" | "n'")) {
        return None;
    }
    // "l'étude montre que": a verb of showing reports only its que-clause ("le film montre
    // « la vraie vie »" cites nobody)
    // ... and only with a document or a study for subject: a noun of the list among the
    // words before the group, back to the sentence's start or a punctuation mark ("L'étude
    // de l'Insee montre que", "Une étude publiée lundi montre que"; "Cela montre que", "Le
    // ministre a montré que" are none)
    if document_only {
        let que_after = t
            .get(end)
            .is_some_and(|x| matches!(x.low.as_str(), "que" | "qu'"));
        let (ss, _) = tk.sentence_of(start);
        let document = (start.saturating_sub(10).max(ss)..start)
            .rev()
            .take_while(|&k| t[k].is_word())
            .any(|k| fr::is_source_document(&t[k].low));
        if !que_after || !document {
            return None;
        }
    }
    // trim fillers that belong to the preceding noun phrase rather than the verb ("en", "y")
    while start < i
        && !AUX.contains(&t[start].low.as_str())
        && !t[start].low.starts_with('-')
        && !matches!(
            t[start].low.as_str(),
            "s'" | "se" | "n'" | "ne" | "lui" | "leur"
        )
        && !fr::semi_auxiliaries().contains(t[start].low.as_str())
    {
        start += 1;
    }
    // an inverted clitic right after a finite verb: "ajoute-t-elle", "dit-il" (past the
    // euphonic t a missing hyphen split from it: "déclare t-il")
    if end + 1 < t.len()
        && t[end].low == "t"
        && t[end + 1].s == t[end].e
        && t[end + 1].low.starts_with('-')
        && fr::inverted_clitics().contains(&t[end + 1].low.as_str())
    {
        end += 1;
    }
    if end < t.len()
        && t[end].low.starts_with('-')
        && fr::inverted_clitics().contains(&t[end].low.as_str())
    {
        clitic = Some(end);
        end += 1;
    }
    let kind = match form.kind {
        VerbFormKind::Finite => GroupKind::Active,
        VerbFormKind::Participle if etre && !reflexive => GroupKind::Passive,
        VerbFormKind::Participle if has_aux || clitic.is_some() => GroupKind::Active,
        // "X a présenté ses excuses et assuré que": a participle after "et" shares the
        // auxiliary of the predicate before it
        VerbFormKind::Participle if shared_auxiliary(tk, start).is_some() => GroupKind::Active,
        VerbFormKind::Participle => GroupKind::Passive,
        VerbFormKind::Infinitive if semi && (has_aux || start < i) => GroupKind::Active,
        // "Le ministre a déclarer que …": an infinitive right after "avoir" is its participle
        // misspelt (no French verb takes a bare infinitive after "avoir")
        VerbFormKind::Infinitive if has_aux && !etre && !semi && start + 1 == i => {
            GroupKind::Active
        }
        // "Et d'ajouter : ...": the narrative infinitive opening a sentence reports too
        VerbFormKind::Infinitive
            if start == i
                && i >= 2
                && tk.sentence_of(i).0 == i - 2
                && t[i - 2].low == "et"
                && matches!(t[i - 1].low.as_str(), "de" | "d'") =>
        {
            GroupKind::Active
        }
        VerbFormKind::Infinitive => return None,
        VerbFormKind::PresentParticiple => GroupKind::Gerund,
    };
    Some(VerbGroup {
        start,
        end,
        lemma: form.lemma,
        que: form.que,
        clitic,
        kind,
    })
}

/// The auxiliary of "avoir" that a bare participle at token `p` after "et" shares with the
/// predicate before it (`a présenté ses excuses et assuré que`): in the same sentence, at most
/// twelve tokens back, with no comma, colon or second "et" between, and not a passive's
/// (`a été reçu et annoncé`). Words in marks, the first verb's object (`a remercié « tous
/// ceux qui ont aidé » et indiqué que`), are passed over whole.
pub fn shared_auxiliary(tk: &Toks, p: usize) -> Option<usize> {
    let t = &tk.t;
    if p < 3 || p >= t.len() || t[p - 1].low != "et" || t[p - 1].sent != t[p].sent {
        return None;
    }
    let mut k = p - 1;
    let mut seen = 0;
    let a = loop {
        if k == 0 || seen == 12 {
            return None;
        }
        k -= 1;
        seen += 1;
        if t[k].text == "»" {
            // back over the words in marks to the opening one, in the sentence
            let open = (0..k)
                .rev()
                .take_while(|&j| t[j].sent == t[p].sent)
                .find(|&j| t[j].text == "«")?;
            k = open;
            continue;
        }
        if matches!(t[k].text, "," | ":" | ";" | "«") || t[k].low == "et" {
            return None;
        }
        if is_avoir(&t[k]) {
            break k;
        }
    };
    (t[a].sent == t[p].sent
        && t.get(a + 1)
            .is_some_and(|x| x.low != "été" && looks_like_past_participle(&x.low)))
    .then_some(a)
}

/// A lower-case word in `-ant`, read as a present participle (`ajoutant`, `soulignant`) where
/// a clause may open.
pub fn looks_like_participle(t: &Tok) -> bool {
    t.is_word() && !t.cap && t.low.ends_with("ant")
}

/// Whether a lower-case word ends like a past participle (`déclaré`, `ajoutée`, `dit`,
/// `soutenu`, `ouvert`), not like a verb in `-oit`/`-ait` (`prévoit`, `fait`).
pub fn looks_like_past_participle(w: &str) -> bool {
    [
        "é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us", "it", "ert",
    ]
    .iter()
    .any(|e| w.ends_with(e))
        && !w.ends_with("oit")
        && !w.ends_with("ait")
}

/// The name run of an absolute participle clause whose participle is token `k`: `…, Y
/// soulignant que …` gives Y's tokens (the run ends at `k` and a comma comes before it).
pub fn absolute_clause_name(tk: &Toks, k: usize) -> Option<(usize, usize)> {
    let (ss, _) = tk.sentence_of(k);
    let &(s, e) = name_runs(tk, k.saturating_sub(6).max(ss), k)
        .last()
        .filter(|&&(_, e)| e == k)?;
    (s > ss && tk.t[s - 1].text == ",").then_some((s, e))
}

/// Past the object clitic that may open an incise before its verb (`», nous a-t-il
/// expliqué`, `», m'a confié X`, `», lui répond X`): the token where the verb group starts.
pub(crate) fn past_object_clitic(tk: &Toks, k: usize) -> usize {
    let t = &tk.t;
    let clitic = t.get(k).is_some_and(|w| {
        matches!(
            w.low.as_str(),
            "nous" | "vous" | "me" | "m'" | "lui" | "leur" | "te" | "t'"
        )
    });
    // (only before a verb: "leur avocate X l'a répété" is a possessive)
    if clitic
        && t.get(k + 1)
            .is_some_and(|n| n.sent == t[k].sent && n.is_word())
        && group_from(tk, k + 1).is_some()
    {
        k + 1
    } else {
        k
    }
}

/// The reporting-verb group that starts exactly at token `k` (`a-t-il déclaré` from `a`).
pub fn group_from(tk: &Toks, k: usize) -> Option<VerbGroup> {
    (k..(k + 6).min(tk.len())).find_map(|j| verb_group(tk, j).filter(|g| g.start == k))
}

/// What a noun phrase naming a speaker resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NpKind {
    /// Has a proper name of a person (two capitalised words, or a title + a name).
    Person,
    /// A proper name that is not clearly a person (`Moscou`, `SUD-Rail`, `la FCPE`).
    Name,
    /// A role or institution without a name (`le préfet de l'Isère`, `la maire`, `le parquet`).
    Role,
    /// A pronoun (`il`, `elle`, `celle-ci`, `lui`).
    Pronoun,
}

/// A speaker noun phrase over tokens `[s, e)`.
#[derive(Debug, Clone)]
pub struct Np {
    pub s: usize,
    pub e: usize,
    pub kind: NpKind,
    /// The proper name, or the phrase without its determiner for roles and institutions.
    pub name: String,
    pub role: Option<String>,
    /// Head noun of the role, lower case (`maire`, `ministre`), for anaphora.
    pub role_head: Option<String>,
    pub gender: Gender,
    pub organization: bool,
}

impl Np {
    /// The person a possessive at token `k` stands for (`son avis`, `à ses yeux`, `leurs
    /// propos`), as the pronoun `lui` or `eux` would: resolved like any pronoun.
    pub fn possessor(k: usize, pronoun: &str) -> Np {
        Np {
            s: k,
            e: k + 1,
            kind: NpKind::Pronoun,
            name: pronoun.to_string(),
            role: None,
            role_head: None,
            gender: Gender::Any,
            organization: false,
        }
    }

    /// `l'ONG`, `le Groupe`: a capitalised noun of an institution's kind, read as a name but
    /// standing for the institution the article introduced with it, as a role does.
    pub fn names_its_kind(&self) -> bool {
        self.kind == NpKind::Name
            && self.role_head.as_deref() == Some(crate::speakers::name_key(&self.name).as_str())
    }
}

fn namey(t: &Tok) -> bool {
    t.namey
}

const PARTICLES: &[&str] = &[
    "de", "du", "des", "d'", "van", "von", "der", "den", "la", "le", "di", "da", "dos", "das",
    "del", "bin", "ben", "al", "el", "y",
];

/// Whether a lower-case word is a particle of a person's name (`de`, `van`, `ben`).
pub fn is_particle(low: &str) -> bool {
    PARTICLES.contains(&low)
}

/// Maximal proper-name runs in `[s, e)`: capitalised words, with particles between them.
pub fn name_runs(tk: &Toks, s: usize, e: usize) -> Vec<(usize, usize)> {
    let t = &tk.t;
    let mut out = Vec::new();
    let mut i = s;
    while i < e {
        // most tokens open no name: neither name-like nor capitalised
        if !t[i].namey && !t[i].cap {
            i += 1;
            continue;
        }
        // "M. de Villepin", "Mme de La Roncière": after an honorific the surname's particle
        // opens the name (asked of capitalised words only: the loop's hot path stays one test)
        let particle_after = |p: usize| {
            p + 1 < e
                // (not the elided "d'", written against the surname: M. d'Estaing)
                && matches!(t[p].low.as_str(), "de" | "du" | "van" | "von" | "di" | "da")
                && !t[p].cap
                && (namey(&t[p + 1]) || (t[p + 1].is_cap() && t[p + 1].is_word()))
        };
        let honorific = fr::honorifics().contains_key(t[i].text);
        let particle = if honorific && particle_after(i + 1) {
            Some(i + 1)
        } else if honorific && i + 1 < e && t[i + 1].text == "." && particle_after(i + 2) {
            Some(i + 2)
        } else {
            None
        };
        if let Some(p) = particle {
            i = p;
        }
        // a capitalised article inside a sentence opens a name: "le quotidien Le Monde",
        // "Les Échos"; at a sentence's start it is only the article
        // (both tests below only run for a token that is no name-like word itself)
        let article_name = || {
            i + 1 < e
                && t[i].is_cap()
                && matches!(t[i].low.as_str(), "le" | "la" | "les" | "l'")
                && i > tk.sentence_of(i).0
                && namey(&t[i + 1])
        };
        // "M.-A. Roux": a capital that is also an honorific (`M.`) opens a name when a
        // hyphenated initial follows it
        let initials = || {
            i + 2 < e
                && t[i].is_cap()
                && t[i].text.len() == 1
                && t[i + 1].text == "."
                && hyphenated_initial(tk, i + 2)
        };
        if particle.is_some() || namey(&t[i]) || article_name() || initials() {
            let st = i;
            let mut j = i + 1;
            loop {
                if j < e
                    && (namey(&t[j])
                        || (t[j].is_cap()
                            && t[j].is_word()
                            && matches!(t[j].low.as_str(), "le" | "la" | "de" | "du")))
                    && t[j].s == t[j - 1].e + 1
                {
                    j += 1;
                } else if j + 1 < e
                    && PARTICLES.contains(&t[j].low.as_str())
                    && namey(&t[j + 1])
                    && !t[j].is_cap()
                {
                    j += 2;
                } else if j + 1 < e
                    && t[j].text == "."
                    && t[j - 1].text.chars().count() == 1
                    && namey(&t[j + 1])
                {
                    j += 2; // an initial: "Folha de S. Paulo", "J. Smith"
                } else if j + 2 < e
                    && t[j].text == "."
                    && t[j - 1].text.chars().count() == 1
                    && hyphenated_initial(tk, j + 1)
                {
                    // hyphenated initials: "J.-P. Martin" (the next "." is an initial's)
                    j += if t[j + 1].text == "-" { 3 } else { 2 };
                } else {
                    break;
                }
            }
            out.push((st, j));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

fn det_gender(t: &Tok) -> Gender {
    match t.low.as_str() {
        "la" | "une" | "cette" | "sa" | "ma" => Gender::Feminine,
        "le" | "un" | "ce" | "cet" => Gender::Masculine,
        _ => Gender::Any,
    }
}

/// Analyse the tokens `[s, e)` as a speaker noun phrase.
pub fn noun_phrase(tk: &Toks, s: usize, mut e: usize) -> Option<Np> {
    let t = &tk.t;
    while e > s && (is_punct(&t[e - 1]) || t[e - 1].low == "qui") {
        e -= 1;
    }
    let mut s = s;
    while s < e && is_punct(&t[s]) {
        s += 1;
    }
    if s >= e {
        return None;
    }
    // pronouns
    let two = if e - s == 2 {
        format!("{} {}", t[s].low, t[s + 1].low)
    } else {
        String::new()
    };
    if e - s <= 2 {
        let key = if e - s == 1 {
            t[s].low
                .trim_start_matches('-')
                .trim_start_matches("t-")
                .to_string()
        } else {
            two
        };
        if let Some(&(g, _)) = fr::pronouns().get(key.as_str()) {
            return Some(Np {
                s,
                e,
                kind: NpKind::Pronoun,
                name: key,
                role: None,
                role_head: None,
                gender: g,
                organization: false,
            });
        }
    }
    let mut gender = Gender::Any;
    let mut head = s;
    if is_determiner(&t[s]) {
        gender = det_gender(&t[s]);
        head = s + 1;
    }
    // "l'ancien porte-parole", "la nouvelle directrice": the title after the adjective heads
    // (and so does a document, after an adjective of order too: "le dernier bilan de la
    // préfecture", "les premières estimations de la police")
    let order = |w: &str| {
        matches!(
            w.trim_end_matches('s'),
            "dernier" | "dernière" | "premier" | "première" | "nouveaux" | "récent" | "récente"
        )
    };
    // (a capital makes the adjective part of a body's name: "le Haut commissariat")
    let prenominal = fr::prenominal_adjectives().contains(t[head].low.as_str());
    // (asked only of a prenominal adjective: noun_phrase runs for every candidate speaker)
    let body_name = prenominal
        && head + 1 < e
        && t[head].cap
        && fr::titles()
            .get(t[head + 1].low.as_str())
            .is_some_and(|ti| ti.organization);
    if head + 1 < e
        && ((prenominal && !body_name && fr::titles().contains_key(t[head + 1].low.as_str()))
            || ((prenominal || order(&t[head].low))
                && fr::is_source_document(t[head + 1].low.as_str())))
    {
        head += 1;
    }
    if head >= e {
        return None;
    }
    // the title at the head, if any (longest match)
    let titles = fr::titles();
    let mut title = None;
    for n in (1..=fr::max_title_words().min(e - head)).rev() {
        let key: Vec<&str> = t[head..head + n].iter().map(|x| x.low.as_str()).collect();
        if let Some(ti) = titles.get(&key.join(" ")) {
            title = Some((n, *ti));
            break;
        }
    }
    if let Some((_, ti)) = title {
        if gender == Gender::Any {
            gender = ti.gender;
        }
    }
    // "le ministre de l'Intérieur Paul Roux": a first name inside a run starts the person's
    // name, apart from the complement before it
    let mut runs = Vec::new();
    for (a, b) in name_runs(tk, s, e) {
        match (a + 1..b.saturating_sub(1))
            .find(|&k| t[k].is_cap() && fr::first_names().contains_key(t[k].text))
        {
            Some(k) => runs.extend([(a, k), (k, b)]),
            None => runs.push((a, b)),
        }
    }
    // "un communiqué de l'ONU", "le rapport établi par l'INSEE", "un bilan communiqué par la
    // préfecture": a document speaks for its author, named after "par" (the agent) or else
    // after the first "de"
    let doc_words = match title {
        Some((n, _)) => {
            let head_word = t[head..head + n]
                .iter()
                .map(|x| x.low.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            fr::is_source_document(head_word.as_str()).then_some(n)
        }
        None => fr::is_source_document(t[head].low.as_str()).then_some(1),
    };
    if let Some(n) = doc_words {
        let prep = |k: usize| matches!(t[k].low.as_str(), "de" | "du" | "des" | "d'" | "par");
        // "L'accord conclu avec le parti X", "le rapport sur la catastrophe de Y": names after
        // another preposition are what the document is about or who it binds, no author
        // (not "pour": "un sondage réalisé pour la chaîne X" with no author is the channel's)
        let party = |k: usize| {
            matches!(
                t[k].low.as_str(),
                "avec" | "entre" | "contre" | "sur" | "à" | "au" | "aux"
            )
        };
        // ("au nom de X", "sur le site de X" name the author)
        let authorial = |k: usize| {
            let w = |j: usize| t.get(j).map_or("", |x| x.low.as_str());
            (w(k) == "au" && w(k + 1) == "nom")
                || (w(k) == "sur" && matches!(w(k + 2), "site" | "compte" | "blog"))
        };
        // (what it is about runs to its first name: "un rapport sur Areva de la Cour des
        // comptes" is the Court's)
        let about = (head + n..e)
            .find(|&k| party(k) && !authorial(k))
            .map(|p| (p, runs.iter().find(|&&(a, _)| a > p).map_or(e, |&(_, b)| b)));
        // (but a person, a person's title or a body named by its title after "de" there is
        // its author: "une étude sur le logement de la Fondation X", "une lettre aux salariés
        // du PDG de Renault")
        let authored = |k: usize| {
            (k + 1..(k + 3).min(e)).any(|j| {
                tk.persons.iter().any(|&(a, _)| a == j)
                    || fr::titles()
                        .get(t[j].low.as_str())
                        .is_some_and(|ti| !ti.organization || t[j].cap)
            })
        };
        let in_about = |k: usize| about.is_some_and(|(p, q)| p <= k && k < q) && !authored(k);
        // ("un sondage Ifop publié par le JDD", "un sondage de l'institut CSA publié par Le
        // Parisien": after a participle of publication, "par" names the medium; the author
        // named before it, right after the document or after its "de", made the document)
        let publication = |j: usize| {
            matches!(
                t[j].low.trim_end_matches(['e', 's']),
                "publié" | "paru" | "diffusé" | "relayé"
            )
        };
        // (a time word may stand between: "publié dimanche par")
        let published = |k: usize| (k.saturating_sub(3).max(head + n)..k).any(publication);
        let par = (head + n..e).find(|&k| t[k].low == "par");
        let author_before = par.filter(|&k| k > head + n && published(k)).and_then(|k| {
            if let Some(&(a, b)) = runs.iter().find(|&&(a, _)| a == head + n) {
                return Some(Err((a, b)));
            }
            // (an author after "de": a name or a body's title, "de l'institut CSA"; not a
            // date, a size or a kind, "de septembre", "de 300 pages", "de synthèse")
            (head + n..k)
                .find(|&j| matches!(t[j].low.as_str(), "de" | "du" | "des" | "d'"))
                .filter(|&j| {
                    let w = (j + 1..k).find(|&x| !is_determiner(&t[x]));
                    w.is_some_and(|x| {
                        (t[x].namey && !is_month(&t[x].low))
                            || fr::titles().contains_key(t[x].low.as_str())
                    })
                })
                .map(Ok)
        });
        if let Some(Err((a, b))) = author_before {
            if let Some(np) = noun_phrase(tk, a, b) {
                return Some(np);
            }
        }
        let agent = match author_before {
            Some(Ok(k)) => Some(k),
            _ => par.or_else(|| (head + n..e).find(|&k| prep(k) && !in_about(k))),
        };
        // (up to "pour", who the document was made for: "un sondage réalisé par l'institut
        // X pour le journal Y" is X's)
        let e = agent
            .and_then(|k| (k + 1..e).find(|&j| t[j].low == "pour"))
            .unwrap_or(e);
        // (and the author after "de" up to the participle of publication)
        let e = match (author_before, par) {
            (Some(Ok(k)), Some(p)) => (k + 1..p).find(|&j| publication(j)).unwrap_or(e),
            _ => e,
        };
        let whole = agent.and_then(|k| noun_phrase(tk, k + 1, e));
        // an institution named by its title ("la préfecture de l'Aude") is the author as a
        // whole; otherwise the first name after the preposition ("l'Insee publiée mardi")
        if let Some(np) = whole
            .as_ref()
            .filter(|np| np.kind == NpKind::Role && np.role_head.is_some())
        {
            return Some(np.clone());
        }
        let author = runs.iter().copied().find(|&(a, _)| {
            a > head + n
                && a < e
                && (a - 1..a)
                    .chain(a.checked_sub(2))
                    .any(|k| k >= head + n && prep(k) && (!in_about(k) || t[k].low == "par"))
        });
        if let Some((a, b)) = author {
            if let Some(np) = noun_phrase(tk, a, b) {
                return Some(np);
            }
        }
        if let Some(np) = whole.filter(|np| matches!(np.kind, NpKind::Person | NpKind::Name)) {
            return Some(np);
        }
        // (with no author, such a document speaks itself)
        let first_run = runs.iter().map(|&(a, _)| a).find(|&a| a > head + n);
        if agent.is_none() && first_run.is_some_and(in_about) {
            return plain_np(tk, s, head + n);
        }
    }
    // a run after a preposition is a complement ("président de l'Umih"), not the speaker
    // ("le Président de la République", "les Amis de la Terre": a person's title written
    // with a capital before its complement is the title still, not a name; a body's capital
    // opens its name, "le Conseil des droits de l'Homme")
    let capital_title = |rs: usize, re: usize| {
        rs == head
            && title.is_some_and(|(n, ti)| re == head + n && !ti.organization)
            && t.get(re)
                .is_some_and(|x| matches!(x.low.as_str(), "de" | "du" | "des" | "d'"))
    };
    let free: Vec<(usize, usize)> = runs
        .iter()
        .copied()
        .filter(|&(rs, re)| !capital_title(rs, re))
        .filter(|&(rs, _)| {
            let p = rs.checked_sub(1).map(|k| &t[k]);
            let pp = rs.checked_sub(2).map(|k| &t[k]);
            let after_prep = p.is_some_and(|p| {
                rs > s
                    && (is_preposition(p) || matches!(p.low.as_str(), "de" | "du" | "des" | "d'"))
            }) || (p
                .is_some_and(|p| matches!(p.low.as_str(), "l'" | "la" | "le" | "les"))
                && pp.is_some_and(|pp| {
                    rs > s + 1 && (is_preposition(pp) || matches!(pp.low.as_str(), "de" | "d'"))
                }));
            // after a person's role, the name of an organisation its complement introduces by
            // its kind ("le porte-parole du syndicat CGT", "du collectif la Quadrature du Net", "du parti
            // Les Républicains"): the organisation, not the one who speaks for it
            let mut k = rs;
            if k > s && is_determiner(&t[k - 1]) {
                k -= 1;
            }
            // ("du parti X", and with the article after "de": "de l'équipe X", "de la société X")
            let of = |j: usize| {
                matches!(t[j].low.as_str(), "de" | "du" | "des" | "d'")
                    || (j > s
                        && matches!(t[j].low.as_str(), "l'" | "la" | "le" | "les")
                        && matches!(t[j - 1].low.as_str(), "de" | "d'"))
            };
            let kind_complement = title.is_some_and(|(_, ti)| !ti.organization)
                && k >= s + 2
                && fr::titles()
                    .get(t[k - 1].low.as_str())
                    .is_some_and(|ti| ti.organization)
                && of(k - 2);
            !after_prep && !kind_complement
        })
        .collect();
    // ("M.-A. Roux": `M` before a hyphenated initial is one, not `Monsieur`)
    let honorific = (s..e).find_map(|k| {
        if k + 2 < e && t[k + 1].text == "." && hyphenated_initial(tk, k + 2) {
            return None;
        }
        fr::honorifics()
            .get(t[k].text.trim_end_matches('.'))
            .copied()
    });
    if let Some(g) = honorific {
        if g != Gender::Any {
            gender = g;
        }
    }
    // prefer a multi-word (person-like) free run, the last one (appositions put the name last)
    let person_run = free
        .iter()
        .rev()
        .find(|&&(a, b)| b - a >= 2 && t[a].is_cap())
        .copied();
    // "Gérald Karsenti, PDG de HP France": a name at the head, then its role
    let head_name = free
        .first()
        .copied()
        .filter(|&(a, b)| a == head && t.get(b).is_some_and(|x| x.text == ","));
    let pick = head_name.or(person_run).or_else(|| free.last().copied());
    let role_of = |from: usize, to: usize| -> Option<String> {
        let mut a = from;
        while a < to
            && (is_determiner(&t[a])
                || is_punct(&t[a])
                || fr::honorifics().contains_key(t[a].text.trim_end_matches('.')))
        {
            a += 1;
        }
        let mut b = to;
        while b > a
            && (is_punct(&t[b - 1])
                || is_determiner(&t[b - 1])
                || fr::honorifics().contains_key(t[b - 1].text.trim_end_matches('.')))
        {
            b -= 1;
        }
        (a < b).then(|| tk.slice(a, b).to_string())
    };
    let role_head = title.map(|(n, _)| {
        t[head..head + n]
            .iter()
            .map(|x| x.low.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    });
    let organization = title.is_some_and(|(_, ti)| ti.organization);
    if let Some((a, b)) = pick {
        let name = tk.slice(a, b).to_string();
        if let Some(g) = t
            .get(a)
            .and_then(|x| fr::first_names().get(x.text))
            .copied()
        {
            if gender == Gender::Any {
                gender = g;
            }
        }
        let role = role_of(s, a).or_else(|| role_of(b, e));
        // (capitalised words that open an organisation's name the entity stage read on past
        // them, "la Haute Autorité pour la diffusion des œuvres", "le Haut Commissariat des
        // Nations unies", are no person's first name and surname; that name is the speaker's)
        let organization_name = tk
            .organizations
            .iter()
            .find(|&&(x, y)| x == a && b < y && y <= e)
            .map(|&(_, y)| tk.slice(a, y).to_string());
        let is_person = (b - a >= 2 && !organization && organization_name.is_none())
            || honorific.is_some()
            || title.is_some_and(|(_, ti)| !ti.organization);
        // an organisation head followed by its name ("la société Solvéa") names the organisation
        let kind = if is_person {
            NpKind::Person
        } else {
            NpKind::Name
        };
        // a capitalised head that is itself the name of an institution: "la Chambre régionale des comptes"
        let name = if a == head && b < e && !is_person && t[b].low != "," && t[a].is_cap() {
            org_name(tk, head, e)
        } else {
            organization_name.unwrap_or(name)
        };
        return Some(Np {
            s,
            e,
            kind,
            name,
            role,
            role_head,
            gender,
            organization: !is_person,
        });
    }
    // no proper name: a role or an institution ("le préfet de l'Isère", "le parquet")
    if title.is_some() || namey(&t[head]) {
        let name = org_name(tk, head, e);
        return Some(Np {
            s,
            e,
            kind: NpKind::Role,
            name,
            role: role_of(s, e),
            role_head,
            gender,
            organization,
        });
    }
    None
}

/// A determined noun phrase with no name whose head is a title under any determiner
/// (`plusieurs témoins`) or names people by what they do (`les organisateurs`, `un
/// secouriste`): people who can speak, unlike `les époques` or `la mythologie`.
pub fn agentive_np(tk: &Toks, s: usize, e: usize) -> Option<Np> {
    let np = plain_np(tk, s, e)?;
    // (past a count: "les deux agences", "les trois syndicats")
    let h = if tk.t.get(np.s + 1).is_some_and(cardinal) && np.s + 2 < np.e {
        np.s + 2
    } else {
        np.s + 1
    };
    let head = tk.t.get(h)?.low.as_str();
    (fr::titles().contains_key(head) || fr::looks_like_agent_noun(head)).then_some(np)
}

/// After a quantifier that opens a noun phrase at `s` (`beaucoup d'`, `la plupart des`, `de
/// nombreux`; data `quantifiers.txt`), the token that leads the quantified noun phrase (its
/// last word, which [`plain_np`] reads as a determiner).
pub fn after_quantifier(tk: &Toks, s: usize) -> Option<usize> {
    let t = &tk.t;
    fr::quantifiers().iter().find_map(|q| {
        let n = q.split(' ').count();
        let matches = s + n <= t.len() && q.split(' ').zip(&t[s..]).all(|(w, x)| x.low == w);
        matches.then(|| s + n - 1)
    })
}

/// Whether the participle group `g` opens its sentence, after at most `en`, `tout` and
/// linking words (`Estimant que …, X a voté`, `Tout en estimant que …`): it hangs on the main
/// clause that follows.
pub fn opens_sentence(tk: &Toks, g: &VerbGroup) -> bool {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(g.start);
    g.kind == GroupKind::Gerund
        && (ss..g.start).all(|k| {
            matches!(t[k].low.as_str(), "en" | "tout")
                || fr::linking_adverbs().contains(t[k].low.as_str())
        })
}

/// A cardinal number counting what follows (`trois témoins`, `40 enseignants`): a determiner
/// of a noun phrase naming people by number.
pub(crate) fn cardinal(t: &Tok) -> bool {
    (t.kind == depeche_article::TokenKind::Number && t.text.chars().all(|c| c.is_ascii_digit()))
        || matches!(
            t.low.as_str(),
            "deux"
                | "trois"
                | "quatre"
                | "cinq"
                | "six"
                | "sept"
                | "huit"
                | "neuf"
                | "dix"
                | "onze"
                | "douze"
                | "quinze"
                | "vingt"
                | "trente"
                | "quarante"
                | "cinquante"
                | "soixante"
                | "cent"
                | "mille"
        )
}

/// A common noun phrase led by a determiner that names no one in particular but can still
/// speak as a group or a body (`certains habitants`, `les analystes`, `le texte`): the
/// subject of a reporting verb when [`noun_phrase`] finds no name, title or pronoun in it.
pub fn plain_np(tk: &Toks, s: usize, e: usize) -> Option<Np> {
    let t = &tk.t;
    // "d'autres responsables": "autres" is the determiner
    let s = if t.get(s)?.low == "d'" && t.get(s + 1).is_some_and(|x| x.low == "autres") {
        s + 1
    } else {
        s
    };
    let det = matches!(
        t.get(s)?.low.as_str(),
        "autres"
            | "le"
            | "la"
            | "les"
            | "l'"
            | "des"
            | "un"
            | "une"
            | "certains"
            | "certaines"
            | "plusieurs"
            | "de"
            | "nombreux"
            | "nombreuses"
            | "d'"
            | "ces"
    ) || (cardinal(&t[s])
        // (a count of time is no group of people, "vingt minutes plus tard la préfète"; nor a
        // part of one, "deux d'entre eux")
        && t.get(s + 1).is_some_and(|x| {
            !time_noun(&x.low) && !matches!(x.low.as_str(), "fois" | "de" | "d'" | "sur")
        }));
    // "le défenseur de 23 ans": a number may qualify the noun
    if !det
        || e <= s + 1
        || e - s > 7
        || (s + 1..e).any(|k| !t[k].is_word() && t[k].kind != depeche_article::TokenKind::Number)
    {
        return None;
    }
    // "où l'on assure": an impersonal pronoun is no noun phrase
    if fr::pronouns().contains_key(t[s + 1].low.as_str()) {
        return None;
    }
    Some(Np {
        s,
        e,
        kind: NpKind::Role,
        name: tk.slice(s + 1, e).to_string(),
        role: None,
        role_head: None,
        gender: Gender::Any,
        organization: false,
    })
}

/// The phrase from `head`, up to a parenthesis or comma.
fn org_name(tk: &Toks, head: usize, e: usize) -> String {
    let mut b = head;
    while b < e && !matches!(tk.t[b].text, "(" | "," | ")" | ";" | ":") {
        b += 1;
    }
    tk.slice(head, b.max(head + 1)).to_string()
}

/// Tokens of a subject that ends just before token `end`, in the same sentence.
///
/// Walks back over comma-separated chunks: appositions (`L'adjoint chargé des finances, Mehdi
/// Larbi,`) are kept, chunks led by a preposition, an adverb or a time word (`Dans
/// l'opposition,`, `Cependant,`, `Lundi,`) end the subject, and a relative `qui` points to the
/// noun phrase before it.
pub fn subject_before(tk: &Toks, end: usize, floor: usize) -> Option<(usize, usize)> {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(end.min(t.len() - 1));
    let mut floor = floor.max(ss);
    // "Titre en une ligne. - Le ministre X s'est dit …": in a digest of dispatches a dash
    // after the run-in headline opens the text; it is no part of the subject
    while floor < end && matches!(t[floor].text, "-" | "–" | "—") {
        floor += 1;
    }
    // "Puis il a reconnu que", "Ensuite le maire a précisé": a linking adverb opening the
    // sentence is no part of the subject
    // (the list's single words, and its pairs "en outre", "en effet", "de plus", "par
    // ailleurs" as pairs: "en", "de" and "par" alone open phrases of place and time, "En
    // France, le ministre")
    loop {
        let w = |k: usize| t.get(k).map_or("", |x| x.low.as_str());
        let pair = matches!(
            (w(floor), w(floor + 1)),
            ("en", "outre") | ("en", "effet") | ("de", "plus") | ("par", "ailleurs")
        );
        let single = !matches!(
            w(floor),
            "en" | "de" | "par" | "ailleurs" | "outre" | "effet" | "plus"
        ) && fr::linking_adverbs().contains(w(floor));
        if pair && floor + 2 < end {
            floor += 2;
        } else if single && floor + 1 < end {
            floor += 1;
        } else {
            break;
        }
    }
    // "X a présenté ses excuses et assuré que": the subject of a participle sharing the
    // auxiliary before "et" is that auxiliary's
    if let Some(a) = shared_auxiliary(tk, end).filter(|&a| a > floor) {
        return subject_before(tk, a, floor);
    }
    let mut e = end;
    // "Le maire, Paul X, nous a déclaré que", "X, chef d'état-major, l'a rappelé :": object
    // clitics between an apposition's closing comma and the verb are the verb's, not a phrase
    // of the subject
    // ("…, nous avons dit": "nous" before a verb of its own person is the subject)
    let own_person = t.get(end).is_some_and(|v| {
        ["ons", "ez", "ommes", "êtes"]
            .iter()
            .any(|x| v.low.ends_with(x))
    });
    let clitics = (floor..e)
        .rev()
        .take_while(|&k| {
            // (and the negation's and the reflexive's: "X, chef d'équipe, n'a pas caché",
            // "X, maire de Y, s'est montré")
            (OBJECT_CLITICS.contains(&t[k].low.as_str())
                || matches!(t[k].low.as_str(), "ne" | "n'" | "n’" | "se" | "s'" | "s’"))
                && !(own_person && matches!(t[k].low.as_str(), "nous" | "vous"))
        })
        .count();
    if clitics > 0 && e - clitics > floor && t[e - clitics - 1].text == "," {
        e -= clitics;
    }
    while e > floor && t[e - 1].text == "," {
        e -= 1;
    }
    // "Philippe Gosselin (UMP) a dénoncé": a parenthesis between the subject and its verb
    // (a party, an age, an acronym) is skipped
    if e > floor + 2 && t[e - 1].text == ")" {
        if let Some(open) = (floor..e - 1).rev().take(8).find(|&k| t[k].text == "(") {
            if open > floor {
                e = open;
            }
        }
    }
    let comma_before_verb = e < end;
    // "..., qui avait dénoncé": the antecedent is the noun phrase before "qui"
    // (or before "lequel" after a comma: "au recteur, lequel a répondu")
    let after_qui = e > floor
        && (t[e - 1].low == "qui"
            || (e > floor + 1
                && t[e - 2].text == ","
                && matches!(
                    t[e - 1].low.as_str(),
                    "lequel" | "laquelle" | "lesquels" | "lesquelles"
                )));
    if after_qui {
        e -= 1;
        while e > floor && t[e - 1].text == "," {
            e -= 1;
        }
    }
    // "X, qui s'exprimait jeudi devant les députés et les sénateurs réunis, a affirmé": a
    // relative between commas before the verb, however long, is skipped whole; its antecedent
    // is the subject
    if comma_before_verb {
        // (so is one opened by "dont" or by a preposition and "qui": "X, dont la demande
        // avait été rejetée, a annoncé", "X, à qui l'opposition reproche son silence, a admis")
        // (and one opened by a relative pronoun with its preposition: "Le syndicat X, auquel
        // est affilié Y, a annoncé", "X, à laquelle …")
        let with_preposition = |w: &str| {
            matches!(
                w,
                "auquel" | "auxquels" | "auxquelles" | "duquel" | "desquels" | "desquelles"
            )
        };
        let lequel = |w: &str| matches!(w, "lequel" | "laquelle" | "lesquels" | "lesquelles");
        let relative_at = |k: usize| {
            ((matches!(t[k].low.as_str(), "qui" | "dont") || with_preposition(&t[k].low))
                && t[k - 1].text == ",")
                || ((t[k].low == "qui" || lequel(&t[k].low))
                    && k >= floor + 3
                    && is_preposition(&t[k - 1])
                    && t[k - 2].text == ",")
        };
        if let Some(q) = (e.saturating_sub(30).max(floor + 2)..e)
            .rev()
            .find(|&k| relative_at(k))
        {
            let qui = t[q].low == "qui" && t[q - 1].text == ",";
            let q = if t[q - 1].text == "," { q } else { q - 1 };
            // (a "dont" or "à qui" relative holds no comma of its own: "Au lendemain de
            // l'attentat, dont le bilan …, le ministre, ému, a affirmé" is no subject's)
            let one_chunk = qui || (q + 1..e).all(|k| t[k].text != ",");
            // (a name in marks inside it is no quotation of its own: "X, qui se présentent
            // comme le « Commandement militaire », ont affirmé": marks opened and closed
            // within it)
            let balanced = || {
                let opens = (q + 1..e)
                    .filter(|&k| matches!(t[k].text, "«" | "“"))
                    .count();
                let closes = (q + 1..e)
                    .filter(|&k| matches!(t[k].text, "»" | "”"))
                    .count();
                opens == closes
                    && (q + 1..e)
                        .find(|&k| matches!(t[k].text, "«" | "“" | "»" | "”"))
                        .is_none_or(|k| matches!(t[k].text, "«" | "“"))
            };
            let clean = one_chunk
                && (q + 1..e).all(|k| !matches!(t[k].text, ":" | ";" | "\"" | "(" | ")"))
                && balanced();
            if clean {
                e = q - 1;
            }
        }
    }
    // ("L'Organisation du traité de l'Atlantique nord (Otan), dont …, a estimé": an acronym
    // in brackets inside the subject is no end of it)
    let acronym_bracket = |k: usize| match t[k].text {
        "(" => t.get(k + 2).is_some_and(|x| x.text == ")") && t[k + 1].cap,
        ")" => k >= 2 && t[k - 2].text == "(" && t[k - 1].cap,
        _ => false,
    };
    let stop = |k: usize| -> bool {
        let w = &t[k];
        (matches!(
            w.text,
            ":" | ";" | "»" | "”" | "«" | "“" | "\"" | "(" | ")" | "—" | "–"
        ) && !acronym_bracket(k))
            || matches!(
                w.low.as_str(),
                "que"
                    | "qu'"
                    | "et"
                    | "mais"
                    | "car"
                    | "lorsque"
                    | "lorsqu'"
                    | "quand"
                    | "si"
                    | "dont"
                    | "où"
                    | "puisque"
                    | "puisqu'"
                    | "tandis"
                    | "auquel"
                    | "auxquels"
                    | "auxquelles"
                    | "duquel"
            )
            || (
                // "un rapport dans lequel elle dévoile": after a preposition the relative's own
                // subject follows ("Lequel s'empresse de préciser" opens a sentence as subject)
                matches!(
                    w.low.as_str(),
                    "lequel" | "laquelle" | "lesquels" | "lesquelles"
                ) && k > 0
                    && is_preposition(&t[k - 1])
            )
    };
    // "responsable de l'organisation et spécialiste de la Syrie": roles joined by "et"
    // describe one person, unlike "le ministre et le député"
    // and "le Bureau d'enquêtes et d'analyses": "et" before a complement ("de", "d'") joins
    // two complements of one noun, it opens no clause
    // ("auteur de 18 points et 12 rebonds": "et" between counts joins them)
    let joins_roles = |k: usize| {
        t[k].low == "et"
            && t.get(k + 1).is_some_and(|x| {
                fr::titles().contains_key(x.low.as_str())
                    || matches!(x.low.as_str(), "de" | "d'" | "du" | "des")
                    || (x.kind == depeche_article::TokenKind::Number
                        && k > 0
                        && t[k - 1].is_word()
                        && (k.saturating_sub(3)..k)
                            .any(|j| t[j].kind == depeche_article::TokenKind::Number))
            })
    };
    // ("…, puis il a reconnu que": "puis" before a subject pronoun coordinates as "et" does;
    // "placé en garde à vue puis mis en examen" is one phrase of the subject)
    let puis_clause = |k: usize| {
        t[k].low == "puis"
            && t.get(k + 1)
                .is_some_and(|x| matches!(x.low.as_str(), "il" | "elle" | "ils" | "elles" | "on"))
    };
    let mut r = e;
    while r > floor && (!stop(r - 1) || joins_roles(r - 1)) && !puis_clause(r - 1) && e - r < 40 {
        r -= 1;
    }
    // comma-separated chunks of [r, e), last first
    let mut chunks = Vec::new();
    let mut ce = e;
    for k in (r..e).rev() {
        if t[k].text == "," {
            if k + 1 < ce {
                chunks.push((k + 1, ce));
            }
            ce = k;
        }
    }
    if r < ce {
        chunks.push((r, ce));
    }
    // "Sonia X, 29 ans, enseignante, raconte": an age in apposition describes the phrase
    // before it and stands between the name and its role; it is no phrase of its own (left
    // in, it ended the subject at the role, which then named someone else)
    let age = |&(cs, cend): &(usize, usize)| {
        let w = |k: usize| t[k].low.as_str();
        let years = |k: usize| {
            t[k].kind == depeche_article::TokenKind::Number && matches!(w(k + 1), "ans" | "an")
        };
        (cend == cs + 2 && years(cs))
            || (cend == cs + 4
                && matches!(w(cs), "âgé" | "âgée" | "âgés" | "âgées")
                && w(cs + 1) == "de"
                && years(cs + 2))
    };
    // (chunks run last first: the first of the sentence is the one it describes, kept)
    let first_of_sentence = chunks.len().saturating_sub(1);
    let mut n = 0;
    chunks.retain(|c| {
        n += 1;
        n - 1 == first_of_sentence || !age(c)
    });
    // "B. Obama, même en pleine course, fait savoir": an incise between the subject and
    // its verb is skipped, the subject is the phrase before it
    // ("le suspect, un homme de 35 ans, a assuré": an indefinite phrase in apposition
    // describes the subject before it, which speaks)
    let described = |c: (usize, usize)| matches!(t[c.0].low.as_str(), "un" | "une");
    // ("Le chef, nommé en janvier directeur du Théâtre X, à Moscou, a assuré": a participle
    // phrase and the place it ends on, two incises, are skipped together)
    if comma_before_verb
        && chunks.len() >= 3
        && chunks[0].1 - chunks[0].0 <= 8
        && is_preposition(&t[chunks[0].0])
        && !t[chunks[1].0].cap
        && ((t[chunks[1].0].low.chars().count() > 3
            && !is_preposition(&t[chunks[1].0])
            && looks_like_past_participle(&t[chunks[1].0].low))
            // ("né en 1960 à Oran, en Algérie,": the participle of birth)
            || matches!(t[chunks[1].0].low.as_str(), "né" | "née" | "nés" | "nées"))
        && chunks[1].1 - chunks[1].0 <= 24
        && np_like(tk, chunks[2].0, chunks[2].1)
        && !described(chunks[2])
    {
        chunks.drain(..2);
        e = chunks[0].1;
    }
    // ("Le président, Evo Morales, venu accueillir le seul mineur étranger, Carlos Mamani, a
    // salué": a name in apposition to the object of a participle phrase is that object's,
    // skipped with the phrase)
    if comma_before_verb
        && chunks.len() >= 3
        && chunks[0].1 - chunks[0].0 <= 4
        && namey(&t[chunks[0].0])
        && !t[chunks[1].0].cap
        && t[chunks[1].0].low.chars().count() > 2
        && !is_preposition(&t[chunks[1].0])
        && (looks_like_past_participle(&t[chunks[1].0].low)
            || matches!(
                t[chunks[1].0].low.as_str(),
                "venu" | "venue" | "venus" | "venues"
            ))
        && chunks[1].1 - chunks[1].0 <= 16
        && (chunks[1].0 + 1..chunks[1].1).any(|k| is_determiner(&t[k]))
        && np_like(tk, chunks[2].0, chunks[2].1)
        && !described(chunks[2])
    {
        chunks.drain(..2);
        e = chunks[0].1;
    }
    // ("Un diplomate, interrogé par Reuters, a déclaré": an indefinite phrase opening the
    // clause is its subject, not an apposition describing one before it)
    if comma_before_verb
        && chunks.len() >= 2
        && chunks[0].1 - chunks[0].0 <= 24
        && (!np_like(tk, chunks[0].0, chunks[0].1) || described(chunks[0]))
        && np_like(tk, chunks[1].0, chunks[1].1)
        && (!described(chunks[1]) || (chunks.len() == 2 && !described(chunks[0])))
    {
        chunks.remove(0);
        e = chunks[0].1;
    }
    // "CLAUSE, a précisé la préfecture, qui a assuré que": "qui" takes up the subject of the
    // inverted incise before it, the phrase after its verb
    if after_qui {
        if let Some(&(cs, cend)) = chunks.first() {
            let subject = group_from(tk, cs)
                .filter(|g| g.start == cs && g.kind == GroupKind::Active && g.end < cend)
                .and_then(|g| (g.end..cend).find(|&k| is_determiner(&t[k]) || t[k].namey));
            if let Some(k) = subject {
                return Some((k, cend));
            }
        }
        // "CLAUSE, selon le Défenseur du peuple, une institution indépendante, qui a dénoncé
        // …": a phrase opened by "un"/"une" describes the source before it, which "qui" takes
        // up (after "selon", "d'après" or an inverted cue's verb)
        if let [(ds, de), (ps, pe), ..] = chunks[..] {
            let describes = matches!(t[ds].low.as_str(), "un" | "une")
                && ds + 1 < de
                && t[ds + 1].is_word()
                && !t[ds + 1].cap;
            let source = (ps + 1..pe).find(|&k| {
                let after_marker = matches!(t[k - 1].low.as_str(), "selon" | "d'après")
                    || group_from(tk, ps).is_some_and(|g| g.start == ps && g.end == k);
                after_marker && (is_determiner(&t[k]) || t[k].namey)
            });
            if let Some(k) = source.filter(|_| describes) {
                return Some((k, pe));
            }
        }
    }
    let mut s = e;
    let mut has_name = false;
    let mut described_after = false;
    for (n, &(cs, cend)) in chunks.iter().enumerate() {
        // ("Interrogé par les enquêteurs, le suspect …": a participle of interview heads a
        // fronted phrase, not a name)
        if !np_like(tk, cs, cend) || fr::is_interview_participle(&t[cs].low) {
            break;
        }
        // "Ému, le maire a déclaré", "Visiblement agacée, elle a affirmé": a fronted attribute
        // (a participle, or an adverb in -ment and its adjective) whose capital is the
        // sentence's is no name; the phrase right before the verb, with no comma closing it,
        // is the subject ("Juppé, le maire de Bordeaux, a déclaré" closes its apposition)
        if n > 0 && !comma_before_verb && fronted_attribute(tk, cs, cend) {
            break;
        }
        // "La préfète, elle, a estimé", "Le maire, lui, affirme": a stressed pronoun after the
        // subject sets it against others; the phrase before it is the subject
        // (the phrase before is a person's, named or titled, and no phrase of time: "Le
        // lendemain, elle a affirmé", "Cette fois, lui, a assuré" keep the pronoun; with no
        // comma after it, "La préfète, elle a estimé", it takes the dislocated phrase up)
        // (or a body's name after its article: "La Fesci, elle, dit")
        let person_like = namey(&t[cs])
            || (is_determiner(&t[cs])
                && cs + 1 < cend
                && (fr::titles().contains_key(t[cs + 1].low.as_str())
                    || fr::looks_like_agent_noun(&t[cs + 1].low)
                    || namey(&t[cs + 1])));
        if n == 1
            && person_like
            && chunks[0].1 - chunks[0].0 == 1
            && matches!(
                t[chunks[0].0].low.as_str(),
                "lui" | "elle" | "eux" | "elles"
            )
            && (is_determiner(&t[cs]) || namey(&t[cs]))
            && !(cs..cend).any(|k| time_noun(&t[k].low) || TIME_WORDS.contains(&t[k].low.as_str()))
        {
            s = cs;
            e = cend;
            break;
        }
        // a subject clitic is the whole subject: in "Arrivé à 0h50, il a annoncé" the
        // chunk before the comma is a fronted participle phrase, not an apposition
        if n == 1
            && chunks[0].1 - chunks[0].0 == 1
            && matches!(
                t[chunks[0].0].low.as_str(),
                "il" | "elle" | "ils" | "elles" | "on"
            )
        {
            break;
        }
        // a chunk headed by a title ("PDG de HP France", "le président de l'Umih") is a role
        // even when its complement has a capital
        let mut h = cs;
        while h < cend && is_determiner(&tk.t[h]) {
            h += 1;
        }
        // (so is one opening on a lower-case noun with no determiner, a role no list has:
        // "Anne X, lauréate du prix Goncourt," — its capitals are its complement's)
        // (past an adjective that stands before its noun: "premier syndicat de France",
        // "principal parti d'opposition au Ghana")
        let mut b = h;
        let before_noun = |w: &str| {
            fr::prenominal_adjectives().contains(w)
                || matches!(
                    w,
                    "premier"
                        | "première"
                        | "principal"
                        | "principale"
                        | "deuxième"
                        | "second"
                        | "seconde"
                )
        };
        while b + 1 < cend && before_noun(tk.t[b].low.as_str()) {
            b += 1;
        }
        let bare_noun = h == cs
            && b < cend
            && tk.t[b].is_word()
            && !tk.t[b].cap
            && !is_preposition(&tk.t[b])
            && !is_aux(&tk.t[b])
            && b + 1 < cend
            && matches!(tk.t[b + 1].low.as_str(), "de" | "du" | "des" | "d'");
        let role_headed =
            h < cend && (fr::titles().contains_key(tk.t[h].low.as_str()) || bare_noun);
        // but a name right after the title, or one opening with a first name, is the
        // person's: "le général Paul Martin, chef d'état-major," names Paul Martin
        // (the name of the title's own phrase, not of a complement: "groupe armé lié au
        // mouvement Fatah de Yasser X" describes a body by another one)
        let person_after_title = |&(a, b): &(usize, usize)| {
            !(h..a).any(|k| is_preposition(&tk.t[k]))
                && ((a > cs && !is_preposition(&tk.t[a - 1]) && !is_determiner(&tk.t[a - 1]))
                    || (a..b).any(|k| fr::first_names().contains_key(tk.t[k].text)))
        };
        let runs = name_runs(tk, cs, cend);
        let named = if bare_noun {
            // (a name in its complement is another's: "fille de Jean X" describes the phrase)
            false
        } else if role_headed {
            runs.iter().any(person_after_title)
        } else {
            !runs.is_empty()
        };
        // an apposition joins a name and a role; two roles or two names are two phrases
        // (but one describing with an adjective before its noun, "principal parti d'opposition
        // au Togo", is the phrase before it's whatever that is: "Le Parti du progrès, …")
        if n > 0 && named == has_name && !described_after {
            break;
        }
        has_name |= named;
        described_after = n == 0 && bare_noun && b > h;
        s = cs;
        if n == 1 {
            break;
        }
    }
    // "L'envoyé spécial X qui s'est rendu à Belgrade, s'est déclaré": a relative clause
    // without a comma before it describes the subject and is no part of it
    if let Some(q) = (s + 1..e).find(|&k| t[k].low == "qui") {
        e = q;
    }
    // "Le ministre a remercié les réalisateurs, qui ont souligné que": a chunk holding a
    // verb is a clause; what "qui" takes up is the object phrase after the verb
    // (an initial is no auxiliary: "M.-A. Roux")
    let aux =
        |k: usize| is_aux(&t[k]) && !(t[k].is_cap() && t.get(k + 1).is_some_and(|x| x.text == "."));
    // ("Le maire a visité le chantier, a assuré que": with no "qui", a comma and a second
    // verb coordinate two predicates of one subject, the words before the first auxiliary)
    if let Some(a) = (s..e).rev().find(|&k| aux(k)) {
        // (a chunk that opens the sentence or follows a comma: after a "que" of a relative,
        // "Le député que les électeurs ont réélu a reçu la presse, a assuré", the chunk is no
        // subject's)
        if comma_before_verb && !after_qui && a > s && (s == floor || t[s - 1].text == ",") {
            e = (s..a).find(|&k| aux(k)).unwrap_or(a);
        } else if let Some(k) = (a + 2..e).find(|&k| {
            is_determiner(&t[k])
                || t[k].namey
                // ("Les parents ont écrit au recteur, qui a répondu": the object after a
                // preposition's article is what "qui" takes up)
                // (a short one: "au chevet des victimes, qui" takes up the victims, as
                // before)
                || (after_qui
                    && matches!(t[k].low.as_str(), "au" | "aux")
                    && k + 1 < e
                    && (k + 1..e).all(|j| !is_preposition(&t[j]) && !is_determiner(&t[j])))
        }) {
            s = if matches!(t[k].low.as_str(), "au" | "aux") {
                k + 1
            } else {
                k
            };
        }
    }
    // "Les scientifiques en ont conclu", "Le maire lui a répondu": object clitics between
    // the subject and its verb are not part of the subject
    // (and the negation's and the reflexive's: "Le maire ne s'est pas dit …")
    while e > s + 1
        && (OBJECT_CLITICS.contains(&t[e - 1].low.as_str())
            || matches!(t[e - 1].low.as_str(), "ne" | "n'" | "se" | "s'"))
    {
        e -= 1;
    }
    (s < e).then_some((s, e))
}

/// Whether the chunk `[s, e)` is an attribute fronted at the sentence's head: one word with
/// the ending of a past participle (`Agacée`, `Déçue`; of the bare `-u` endings only a few
/// participles, `Ému`, `Déçu`), or an adverb in `-ment` and at most two more words
/// (`Visiblement ému`); no determiner, no first name, no word the article names a person by.
fn fronted_attribute(tk: &Toks, s: usize, e: usize) -> bool {
    let t = &tk.t;
    let first = &t[s];
    // (not a bare "-u", which surnames end on as often: "Bayrou, le président du MoDem a dit")
    let participle = |w: &str| {
        ["é", "ée", "és", "ées", "ue", "us", "ues"]
            .iter()
            .any(|x| w.ends_with(x))
            || matches!(
                w,
                "ému" | "déçu" | "convaincu" | "vaincu" | "résolu" | "perdu"
            )
    };
    let adverb = first.low.ends_with("ment") && first.low.chars().count() > 6;
    let shaped = (adverb && e - s <= 3)
        || (e == s + 1 && participle(&first.low) && !fr::first_names().contains_key(first.text));
    // (a word the entity stage read as a person's name is one, and so is a word written with
    // its capital inside a sentence elsewhere in the article: "Dupré, le gardien a dit",
    // malformed, keeps Dupré when the article names him again)
    shaped
        && tk.sentence_of(s).0 == s
        && !(s..e).any(|k| is_determiner(&t[k]))
        && !tk.persons.iter().any(|&(a, b)| a <= s && s < b)
        && !t
            .iter()
            .enumerate()
            .any(|(k, x)| k != s && x.text == first.text && tk.sentence_of(k).0 != k)
}

/// `une dizaine de`, `un groupe de` at token `k`: a collective noun (data
/// `collective_nouns.txt`) between `un`/`une` and `de`, which makes the phrase a plural group.
pub fn collective_at(tk: &Toks, k: usize) -> bool {
    let t = &tk.t;
    matches!(t[k].low.as_str(), "un" | "une")
        && t.get(k + 1)
            .is_some_and(|x| fr::collective_nouns().contains(x.low.as_str()))
        && t.get(k + 2)
            .is_some_and(|x| matches!(x.low.as_str(), "de" | "d'"))
}

/// Whether token `s` is a predeterminer before an article (`tous les experts`, `toutes les
/// ONG`): the noun phrase after it is the subject.
pub fn predeterminer_at(tk: &Toks, s: usize) -> bool {
    matches!(tk.t[s].low.as_str(), "tous" | "toutes") && tk.t.get(s + 1).is_some_and(is_determiner)
}

/// Whether a chunk can be (part of) a subject noun phrase: it starts with a determiner, a
/// title, an honorific, a pronoun or a proper name, not a preposition, adverb or date.
fn np_like(tk: &Toks, s: usize, e: usize) -> bool {
    let first = &tk.t[s];
    // a relative clause after the head without a comma ("L'envoyé X qui s'est rendu à
    // Belgrade") says nothing of whether the head is a noun phrase
    let e = (s + 1..e).find(|&k| tk.t[k].low == "qui").unwrap_or(e);
    // "qui est malade", "dont il est l'auteur": a relative clause, even though "qui" alone
    // can be a speaker ("selon qui")
    let relative = matches!(
        first.low.as_str(),
        "qui" | "dont" | "où" | "lequel" | "laquelle" | "lesquels" | "lesquelles"
    ) && e > s + 1;
    if relative
        || is_preposition(first)
        || TIME_WORDS.contains(&first.low.as_str())
        || first.kind != depeche_article::TokenKind::Word
    {
        return false;
    }
    // "le porte-parole", or after one adjective "l'ancien porte-parole" when the chunk holds
    // no verb ("le premier ministre X s'est entretenu avec Y" is a clause)
    let second_is_title =
        tk.t.get(s + 1)
            .is_some_and(|x| s + 1 < e && fr::titles().contains_key(x.low.as_str()))
            || (s + 2 < e
                && fr::titles().contains_key(tk.t[s + 2].low.as_str())
                && !(s..e).any(|k| is_aux(&tk.t[k])));
    // "certains habitants", "plusieurs élus": quantifiers lead a subject as determiners do
    let quantifier = (matches!(
        first.low.as_str(),
        "certains" | "certaines" | "plusieurs" | "quelques" | "nombre"
    ) || predeterminer_at(tk, s))
        && e - s <= 6;
    is_determiner(first)
        && (second_is_title
            || name_runs(tk, s, e)
                .first()
                .is_some_and(|&(a, _)| a == s + 1)
            || e - s <= 8
            // "une dizaine de délégués de la FNEC FP Force Ouvrière": a counted group of
            // people, its members' body named at length, with no verb in it
            || (e - s <= 14 && collective_at(tk, s) && !(s..e).any(|k| is_aux(&tk.t[k]))))
        || quantifier
        || namey(first)
        || fr::titles().contains_key(first.low.as_str())
        || fr::honorifics().contains_key(first.text.trim_end_matches('.'))
        || fr::pronouns().contains_key(first.low.as_str())
        // "jeune appelé et témoin de la scène": a role after an adjective or two (three
        // tokens at most, and no preposition or determiner on the way: "interrogé par le
        // ministre" is a participle phrase, not a role)
        || (!is_determiner(first)
            && (s + 1..e.min(s + 4))
                .take_while(|&k| !is_preposition(&tk.t[k]) && !is_determiner(&tk.t[k]))
                .any(|k| fr::titles().contains_key(tk.t[k].low.as_str())))
}

/// Prepositions opening an adjunct between an inverted verb and its subject.
const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "à", "au", "aux", "dans", "lors", "devant", "sur", "via", "par", "en", "avec", "depuis",
];

/// Skip what may stand between an inverted verb and its subject: a time (`mardi`), an
/// adverb (`notamment`), an addressee or a medium (`à l'AFP`, `dans un communiqué`, `lors
/// d'une conférence de presse`).
pub fn skip_adjuncts(tk: &Toks, start: usize, sent: usize) -> usize {
    let t = &tk.t;
    let mut s = start;
    for _ in 0..8 {
        if s >= t.len() || t[s].sent != sent {
            break;
        }
        let w = t[s].low.as_str();
        // "a annoncé mardi 9 novembre 2010 le ministère": a date's day, month and year
        let month = |k: usize| t.get(k).is_some_and(|x| is_month(&x.low));
        // (a number only as a day before its month, or as the year after it)
        let day = |k: usize| {
            t.get(k)
                .is_some_and(|x| x.kind == depeche_article::TokenKind::Number && x.text.len() <= 4)
        };
        // ("le 9 novembre": the article of a date)
        let date_part = (day(s) && (month(s + 1) || (s > start && month(s - 1))))
            || (w == "le" && day(s + 1) && month(s + 2))
            || month(s);
        if date_part {
            s += 1;
            continue;
        }
        // "a déclaré, visiblement épuisée, la présidente": a detached phrase of a few
        // lower-case words between commas
        if w == "," {
            if let Some(c) =
                (s + 2..(s + 6).min(t.len())).find(|&c| t[c].text == "," && t[c].sent == sent)
            {
                if (s + 1..c).all(|k| t[k].is_word() && !t[k].cap && !is_aux(&t[k])) {
                    s = c + 1;
                    continue;
                }
            }
            break;
        }
        if TIME_WORDS.contains(&w)
            || matches!(
                w,
                "notamment"
                    | "encore"
                    | "aussi"
                    | "également"
                    | "ainsi"
                    | "soir"
                    | "matin"
                    | "midi"
                    // ("reconnaît lui-même le maire": an emphatic pronoun before the subject)
                    | "lui-même"
                    | "elle-même"
                    | "eux-mêmes"
                    | "elles-mêmes"
            )
        {
            s += 1;
            continue;
        }
        // "a raconté par téléphone un habitant", "a déclaré avec émotion le maire"
        if ADJUNCT_PREPOSITIONS.contains(&w) {
            let mut k = s + 1;
            if k < t.len() && matches!(t[k].low.as_str(), "d'" | "de" | "du") {
                k += 1;
            }
            while k < t.len() && is_determiner(&t[k]) {
                k += 1;
            }
            let name_start = k;
            // (a place's name may hold "de": "devant l'Hôtel de Ville Jérôme X"; a foreign
            // medium's its own particle: "au Corriere della Sera X")
            while k < t.len()
                && (namey(&t[k])
                    || (k > name_start
                        && matches!(t[k].low.as_str(), "de" | "du" | "del" | "della" | "di")
                        && !t[k].cap
                        && t.get(k + 1).is_some_and(namey)))
            {
                k += 1;
            }
            // ("sur France 24 le politologue X": a number closes a medium's name)
            if k > name_start
                && t.get(k)
                    .is_some_and(|x| x.kind == depeche_article::TokenKind::Number && x.sent == sent)
            {
                k += 1;
            }
            // ("à la Radio Télévision Suisse (RTS) X": the acronym in brackets closes it)
            let bracketed = k > name_start
                && t.get(k).is_some_and(|x| x.text == "(")
                && t.get(k + 1).is_some_and(|x| x.cap)
                && t.get(k + 2).is_some_and(|x| x.text == ")");
            if bracketed {
                k += 3;
            }
            // "à l'AFP Julie Morel": capitals run on from the addressee into the speaker's
            // name; leave the last two (a first name and a surname) to the speaker
            if !bracketed
                && k - name_start >= 3
                && !t
                    .get(k)
                    .is_some_and(|x| is_determiner(x) || fr::titles().contains_key(x.low.as_str()))
            {
                k -= 2;
            }
            // ("à l'Assemblée nationale, X": a lower-case adjective ends the name before the
            // adjunct's comma)
            if k > name_start
                && k + 1 < t.len()
                && t[k].is_word()
                && !t[k].cap
                && t[k + 1].text == ","
            {
                k += 1;
            }
            if k == name_start && k < t.len() && t[k].is_word() && !namey(&t[k]) {
                // a common noun with its complement: "un communiqué", "une conférence de presse"
                k += 1;
                // (a medium's noun takes its name along, when a determiner or a title opens
                // the subject after it: "à la radio TSF le commandant des opérations")
                if fr::medium_nouns().contains(t[k - 1].low.as_str()) {
                    let mut n = k;
                    while n < t.len() && n < k + 3 && namey(&t[n]) && t[n].sent == sent {
                        n += 1;
                    }
                    if n > k
                        && t.get(n).is_some_and(|x| {
                            x.sent == sent
                                && (is_determiner(x) || fr::titles().contains_key(x.low.as_str()))
                        })
                    {
                        k = n;
                    }
                }
                if k + 1 < t.len()
                    && matches!(t[k].low.as_str(), "de" | "d'")
                    && t[k + 1].is_word()
                    && !namey(&t[k + 1])
                    && !is_determiner(&t[k + 1])
                {
                    k += 2;
                }
                // "sur les ondes de la radio, Paul Roux": a determined complement closed by
                // a comma before the subject
                let mut j = k;
                if j < t.len() && matches!(t[j].low.as_str(), "de" | "d'" | "du" | "des") {
                    j += 1;
                    while j < t.len() && is_determiner(&t[j]) {
                        j += 1;
                    }
                    if j < t.len() && t[j].is_word() && !namey(&t[j]) {
                        j += 1;
                    } else if j < t.len() && t[j].is_word() && t[j].sent == sent {
                        // ("sur les ondes de la RTS le conseiller X": a medium's name)
                        while j < t.len() && namey(&t[j]) && t[j].sent == sent {
                            j += 1;
                        }
                    }
                }
                // (closed by a comma, or by the determiner or title opening the subject:
                // "sur les ondes de la radio le conseiller national X")
                let subject_opens = t.get(j).is_some_and(|x| {
                    x.sent == sent
                        && ((is_determiner(x) && !matches!(x.low.as_str(), "de" | "d'"))
                            || fr::titles().contains_key(x.low.as_str()))
                        && !t.get(j + 1).is_some_and(|n| time_noun(&n.low))
                });
                if j < t.len() && (t[j].text == "," || (j > k && subject_opens)) {
                    k = j;
                }
                // "ont déclaré dans un communiqué commun les trois syndicats": an adjective
                // or two after the noun, then the subject (not a participle, which brings
                // adjuncts of its own: "dans un entretien publié lundi par le Monde")
                let mut j = k;
                while j < (k + 2).min(t.len())
                    && t[j].is_word()
                    && !t[j].cap
                    && !t[j].verbish
                    && !looks_like_past_participle(&t[j].low)
                    && !TIME_WORDS.contains(&t[j].low.as_str())
                    && !is_determiner(&t[j])
                    && !is_preposition(&t[j])
                    && !fr::titles().contains_key(t[j].low.as_str())
                    && !matches!(t[j].low.as_str(), "de" | "d'" | "du" | "des" | "et" | "ou")
                {
                    j += 1;
                }
                if j > k
                    && t.get(j).is_some_and(|x| {
                        x.sent == sent
                            && (namey(x)
                                || (is_determiner(x) && !matches!(x.low.as_str(), "de" | "d'")))
                    })
                {
                    k = j;
                }
            }
            // ("a promis devant ses partisans réunis à Montréal la future première ministre": a
            // participle describing the adjunct's noun, with an adjunct of its own after it)
            if k > s + 1
                && k + 1 < t.len()
                && t[k].sent == sent
                && t[k].is_word()
                && !t[k].cap
                && looks_like_past_participle(&t[k].low)
                && (ADJUNCT_PREPOSITIONS.contains(&t[k + 1].low.as_str())
                    || TIME_WORDS.contains(&t[k + 1].low.as_str()))
            {
                k += 1;
            }
            // the adjunct's comma before the subject: "a déclaré hier à la radio, Paul Roux"
            let comma = k < t.len() && t[k].text == "," && k + 1 < t.len();
            if comma {
                k += 1;
            }
            let subject_like = |k: usize| {
                namey(&t[k]) || is_determiner(&t[k]) || fr::titles().contains_key(t[k].low.as_str())
            };
            // (or another adjunct or a time that a subject follows: "a raconté par téléphone
            // à RFI X", "a déclaré sur RTL jeudi matin X")
            let chained = || {
                let next = skip_adjuncts(tk, k, sent);
                next > k && next < t.len() && t[next].sent == sent && subject_like(next)
            };
            // only skip when a subject follows
            if k > s + 1
                && k < t.len()
                && t[k].sent == sent
                && (subject_like(k)
                    || (!comma
                        && (ADJUNCT_PREPOSITIONS.contains(&t[k].low.as_str())
                            || TIME_WORDS.contains(&t[k].low.as_str()))
                        && chained()))
            {
                s = k;
                continue;
            }
        }
        break;
    }
    s
}

/// Whether a lower-case word names a month (`novembre`, `févr.`): asked of every word an
/// inverted cue skips, so without folding the (ASCII, short) words that cannot need it.
fn is_month(w: &str) -> bool {
    let months = &fr::time::lexicon().months;
    w.len() <= 10
        && if w.is_ascii() {
            months.contains_key(w)
        } else {
            months.contains_key(fr::time::key(w).as_str())
        }
}

/// A period that closes an initial inside a name ("Folha de S. Paulo").
pub fn is_initial_dot(tk: &Toks, k: usize) -> bool {
    let t = &tk.t;
    k > 0
        && k + 1 < t.len()
        && t[k].text == "."
        && t[k - 1].text.chars().count() == 1
        && t[k - 1].is_cap()
        && (t[k + 1].is_cap()
            || hyphenated_initial(tk, k + 1)
            // ("M. de Villepin": the honorific's period before a surname's particle)
            || (t[k - 1].text == "M"
                && matches!(t[k + 1].low.as_str(), "de" | "du")
                && t.get(k + 2).is_some_and(|x| x.cap)))
        && t[k - 1].e == t[k].s
}

/// Whether token `k` starts the second initial of `J.-P.`: a hyphen, then one capital
/// letter and its period (as one token "-P" or as two).
fn hyphenated_initial(tk: &Toks, k: usize) -> bool {
    let t = &tk.t;
    let Some(x) = t.get(k) else { return false };
    let mut cs = x.text.chars();
    match (cs.next(), cs.next(), cs.next()) {
        (Some('-'), Some(c), None) => c.is_uppercase(),
        (Some('-'), None, _) => t.get(k + 1).is_some_and(|y| {
            let mut ys = y.text.chars();
            ys.next().is_some_and(char::is_uppercase) && ys.next().is_none()
        }),
        _ => false,
    }
}

/// Whether a verb group is followed at once by its "que" clause ("fait savoir qu'il ..."):
/// its subject then stands before it, and it cannot be an inverted cue.
/// ("ne souhaite pas que …": the negation's second word may come between them)
pub fn que_follows(tk: &Toks, g: &VerbGroup) -> bool {
    let negated = tk.t.get(g.end).is_some_and(|x| {
        matches!(
            x.low.as_str(),
            "pas" | "plus" | "jamais" | "guère" | "point"
        )
    });
    tk.t.get(g.end + usize::from(negated))
        .is_some_and(|x| matches!(x.low.as_str(), "que" | "qu'"))
}

/// A noun of time ("la semaine dernière", "ce matin", "la veille"): a phrase of time is an
/// adjunct — between a verb and its "que", not an object taking the "que" as its relative;
/// after an inverted subject, not its role ("a déclaré X la veille").
pub fn time_noun(low: &str) -> bool {
    let lex = depeche_lang::fr::time::lexicon();
    let k = depeche_lang::fr::time::key(low);
    lex.units.contains_key(&k)
        || lex.parts_of_day.contains_key(&k)
        || lex.seasons.contains_key(&k)
        || lex.months.contains_key(&k)
        || lex.weekdays.contains_key(&k)
        || lex.anchored.iter().any(|(w, _)| w.last() == Some(&k))
}

/// Tokens of an inverted subject that starts at token `start` (`a déclaré le conseiller ...,
/// Jake Sullivan,`; `explique à l'AFP Nadia Ferhat`).
pub fn subject_after(tk: &Toks, start: usize) -> Option<(usize, usize)> {
    let t = &tk.t;
    let sent = t.get(start)?.sent;
    let s = skip_adjuncts(tk, start, sent);
    let end_of = |k: usize| -> bool {
        let w = &t[k];
        // "a déclaré X la veille", "le lendemain": a phrase of time after the name (in
        // lower case: "le quotidien Le Soir" is a name)
        let time_after = k > s
            && is_determiner(w)
            && t.get(k + 1)
                .is_some_and(|x| x.sent == sent && !x.cap && time_noun(&x.low));
        time_after
            || w.sent != sent
            || matches!(
                w.text,
                "." | ";" | ":" | "!" | "?" | "«" | "»" | "“" | "”" | "\"" | "(" | "…"
            )
            // "a déclaré X au sujet du maire", "à propos de Y": whom the words are about
            || (matches!(w.low.as_str(), "au" | "à")
                && t.get(k + 1).is_some_and(|x| matches!(x.low.as_str(), "sujet" | "propos")))
            // "a ajouté le jury pour justifier son choix": a purpose or a manner
            || (matches!(w.low.as_str(), "pour" | "sans")
                && t.get(k + 1).is_some_and(|x| !x.cap && fr::looks_like_infinitive(&x.low)))
            || (fr::inverted_subject_ends().contains(w.low.as_str())
 && !(w.low == "ce"
                // "a répondu ce dernier": a demonstrative pronoun is the subject
                && t.get(k + 1).is_some_and(|x| matches!(x.low.as_str(), "dernier" | "dernière")))
                // "explique sa présidente et cofondatrice, X": two roles of one person
                && !(w.low == "et"
                    && t.get(k + 1)
                        .is_some_and(|x| fr::titles().get(x.low.as_str()).is_some_and(|ti| !ti.organization)))
                // "l'Académie des arts et des sciences du cinéma": "et" joins two complements
                && !(w.low == "et"
                    && k > s + 1
                    && matches!(t[k - 2].low.as_str(), "de" | "des" | "du" | "d'")
                    && t.get(k + 1)
                        .is_some_and(|x| matches!(x.low.as_str(), "de" | "des" | "du" | "d'"))))
    };
    // "V. Sapounov": the period of an initial does not end the subject
    let initial = |k: usize| k > s && is_initial_dot(tk, k) && t[k + 1].sent == sent;
    // "le président Obama à Hilliard": "à" after a name starts a place, not the subject's
    // complement (as in "le ministre délégué à l'Industrie")
    // nor does "à une question de la RTBF", "à un journaliste": an indefinite after "à"
    // introduces an adjunct, never a title's complement
    // nor "à la fin du match", "à l'AFP", "au micro de RTL": a circumstance or an addressee
    let place_after_name = |k: usize| {
        let a = matches!(t[k].low.as_str(), "à" | "au" | "aux");
        let noun = if t.get(k + 1).is_some_and(is_determiner) {
            k + 2
        } else {
            k + 1
        };
        let adjunct = t
            .get(noun)
            .is_some_and(|x| fr::adjunct_after_a().contains(x.low.as_str()));
        // "l'un d'eux aux abords du stade", "un habitant au téléphone": only a title (or a
        // participle like "délégué", "chargé") takes a complement with "à"
        let prev = &t[k - 1];
        let takes_a = fr::titles().contains_key(prev.low.as_str())
            || prev.low.ends_with('é')
            || prev.low.ends_with("ée")
            || prev.namey;
        a && k > s
            && (adjunct
                || !takes_a
                || (t[k].low == "à"
                    && (t[k - 1].namey
                        || t.get(k + 1)
                            .is_some_and(|x| matches!(x.low.as_str(), "un" | "une" | "des")))))
    };
    let mut e = s;
    while e < t.len() && (!end_of(e) || initial(e)) && !place_after_name(e) && t[e].text != "," {
        e += 1;
    }
    if e == s {
        return None;
    }
    // a role's short complement of place or an acronym in brackets may stand between it and
    // the comma of its apposition: "l'ambassadeur de France en Afghanistan, Bernard X",
    // "le président de l'Union des industries (UFI), Jean X"; taken only when a name follows
    let comma = if e < t.len() && t[e].text == "," {
        Some(e)
    } else {
        complement_before_comma(tk, e, sent)
    };
    // apposition after a comma: a name after a role, or a role after a name
    if let Some(c) = comma {
        let head_has_name = !name_runs(tk, s, e).is_empty()
            && name_runs(tk, s, e)
                .iter()
                .any(|&(a, _)| a == s || a == s + 1);
        let extended = c != e;
        let e = c;
        let mut k = e + 1;
        // (the period of an honorific or an initial does not end the apposition: "le maire,
        // M. Paul X", "M. K. Diallo")
        let honorific_period = |k: usize| {
            t[k].text == "."
                && (matches!(t[k - 1].text, "M" | "MM")
                    || (t[k - 1].text.chars().count() == 1 && t[k - 1].cap))
                && t.get(k + 1).is_some_and(|n| n.cap)
        };
        while k < t.len() && (!end_of(k) || honorific_period(k)) && t[k].text != "," {
            k += 1;
        }
        if k > e + 1 {
            let first = &t[e + 1];
            // ("…, l'Italienne Chiara X": a capitalised noun, a nationality, before a
            // person's name stands as a title does)
            // ("…, la maire, Mme Claire X": an honorific opens the name)
            let next_is_name = namey(first)
                || (fr::honorifics().contains_key(first.text)
                    && t[e + 2..k.min(e + 4)].iter().any(|n| n.cap))
                || (is_determiner(first)
                    && t.get(e + 2).is_some_and(|x| {
                        fr::titles().contains_key(x.low.as_str())
                            || (x.cap && tk.persons.iter().any(|&(a, _)| a == e + 3))
                    }));
            let next_is_role =
                is_determiner(first) || fr::titles().contains_key(first.low.as_str());
            // "Comme l'a rappelé Paul Roux, la réforme est une erreur": a chunk with a verb of
            // its own is the next clause, not an apposition
            let verbish = (e + 1..k).any(|j| {
                fr::reporting_verbs().get(t[j].low.as_str()).is_some()
                    || t[j].low.ends_with("ant")
                    || is_aux(&t[j])
            });
            let apposition = if extended {
                !head_has_name && namey(first)
            } else {
                (!head_has_name && next_is_name) || (head_has_name && next_is_role)
            };
            if !verbish && apposition {
                return Some((s, k));
            }
        }
    }
    Some((s, e))
}

/// The comma after a short complement that ends a role phrase at `e`: a place after `en`,
/// `dans` or `sur` (up to four words), or an acronym in brackets.
fn complement_before_comma(tk: &Toks, e: usize, sent: usize) -> Option<usize> {
    let t = &tk.t;
    let w = t.get(e)?;
    let limit = if w.text == "(" {
        let close = (e + 1..(e + 5).min(t.len())).find(|&k| t[k].text == ")")?;
        close + 1
    } else if matches!(w.low.as_str(), "en" | "dans" | "sur") {
        (e + 1..(e + 6).min(t.len()))
            .take_while(|&k| t[k].sent == sent && t[k].is_word())
            .last()?
            + 1
    } else {
        return None;
    };
    t.get(limit)
        .filter(|c| c.text == "," && c.sent == sent)
        .map(|_| limit)
}

/// Whether tokens `s..e` hold a sign of a finite verb: an auxiliary or a copula, a reporting
/// verb, a negation, a subject pronoun, or a lower-case word with an ending only verbs have in
/// the third person (`-ent` after a vowel-less stem aside, `-ait`, `-aient`, `-ra`, `-ront`).
/// Without one, the words are a noun phrase or a list ("Paul Roux, ministre des Finances").
pub fn has_verb_signal(tk: &Toks, s: usize, e: usize) -> bool {
    tk.t[s..e].iter().any(|w| {
        let low = w.low.as_str();
        is_aux(w)
            || w.verbish
            || matches!(
                low,
                "ne" | "n'"
                    | "il"
                    | "elle"
                    | "ils"
                    | "elles"
                    | "on"
                    | "c'"
                    | "ce"
                    | "y"
                    | "se"
                    | "s'"
            )
            || (!w.cap
                && ["ait", "aient", "ront", "rait", "raient", "ent"]
                    .iter()
                    .any(|x| low.ends_with(x) && low.len() > x.len() + 2))
    })
}
