//! Reporting verbs: the lemma list in `data/fr/reporting_verbs.tsv` expanded into every
//! third-person form a news article uses (present, imperfect, simple past, future,
//! conditional, past participle with agreement, present participle, infinitive).
//!
//! Forms are generated rather than listed so that adding a regular verb is one line of data;
//! spelling rules of the first group (annonçait, jugeait, répète, rappelle) are applied here.

use crate::hash::{HashMap, HashSet};
use crate::table::rows;
use std::collections::hash_map::Entry;

/// What a surface form of a reporting verb is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbFormKind {
    /// A conjugated form that can stand alone (`déclare`, `affirmait`, `dira`).
    Finite,
    /// A past participle, needing an auxiliary (`a déclaré`, `avait dit`).
    Participle,
    /// An infinitive (`a tenu à préciser`, `veut rassurer`).
    Infinitive,
    /// A present participle (`ajoutant`, `faisant part`).
    PresentParticiple,
}

/// One surface form of a reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbForm {
    pub lemma: &'static str,
    pub kind: VerbFormKind,
    /// Whether the verb commonly introduces a que-clause of reported speech.
    pub que: bool,
    /// Whether the verb reports only when negated (`ne cache pas que`, `n'a pas caché que`):
    /// not hiding something is saying it, hiding it is not.
    pub negated_only: bool,
    /// Whether the verb reports only with the impersonal `on` (`peut-on lire dans le
    /// communiqué`, `lit-on sur le site`): someone reading is not someone saying.
    pub impersonal_only: bool,
    /// Whether the verb reports only with its reflexive pronoun (`s'est montrée « confiante »`,
    /// `se veut « rassurant »`): showing something or wanting it is not saying it.
    pub reflexive_only: bool,
    /// Whether the verb reports only a que-clause whose subject is a document or a study
    /// (`l'étude montre que`, `le rapport démontre que`): "cela montre que" draws a
    /// conclusion, nobody's statement. With `reflexive_only` too, the form is both verbs'
    /// (`montre`: `se montrer` with its reflexive, `montrer` without).
    pub document_only: bool,
    /// Number of words in the form (`fait savoir` is 2).
    pub words: usize,
}

/// All forms of all reporting verbs, keyed by lower-case surface form.
#[derive(Debug)]
pub struct ReportingVerbs {
    forms: HashMap<String, VerbForm>,
    /// First words of multi-word forms ("fait" for "fait savoir"), so callers only build a
    /// multi-word key when it can match.
    multi_starts: HashSet<String>,
    /// Every single-word form and every first word of a multi-word form: one lookup decides
    /// whether a token deserves a closer look.
    starts: HashSet<String>,
    /// Shortest single word that can start a form, in bytes: shorter words need no lookup.
    min_len: usize,
    /// A bit per [`start_sign`] of the words of `starts`: most tokens of a text are no verb,
    /// and a clear bit says so in a few instructions, before hashing the word.
    start_signs: Box<[u64]>,
    lemmas: Vec<&'static str>,
    max_words: usize,
}

impl ReportingVerbs {
    pub(crate) fn parse(src: &'static str) -> Self {
        let mut forms = HashMap::default();
        let mut lemmas = Vec::new();
        for r in rows(src) {
            let lemma = r[0];
            let group = r.get(1).copied().unwrap_or("er");
            let extra = r.get(2).copied().unwrap_or("");
            let que = matches!(r.get(3).copied(), Some("y" | "neg" | "doc"));
            let document_only = r.get(3).copied() == Some("doc");
            let negated_only = r.get(3).copied() == Some("neg");
            let impersonal_only = r.get(3).copied() == Some("on");
            let reflexive_only = r.get(3).copied() == Some("se");
            lemmas.push(lemma);
            for (form, kind) in conjugate(lemma, group, extra) {
                let words = form.split(' ').count();
                let verb = VerbForm {
                    lemma,
                    kind,
                    que,
                    negated_only,
                    impersonal_only,
                    reflexive_only,
                    document_only,
                    words,
                };
                // the reformed spelling of 1990 drops the circumflex of "î" (il reconnait,
                // il connait), and news sites use both
                if form.contains('î') {
                    add_form(&mut forms, form.replace('î', "i"), verb);
                }
                add_form(&mut forms, form, verb);
            }
        }
        let max_words = forms.values().map(|f| f.words).max().unwrap_or(1);
        let multi_starts = forms
            .keys()
            .filter_map(|k| k.split_once(' ').map(|(w, _)| w.to_string()))
            .collect();
        let starts: HashSet<String> = forms
            .keys()
            .map(|k| k.split(' ').next().unwrap_or(k).to_string())
            .collect();
        let mut start_signs = vec![0u64; SIGNS / 64].into_boxed_slice();
        for w in &starts {
            let b = start_sign(w);
            start_signs[b / 64] |= 1 << (b % 64);
        }
        ReportingVerbs {
            starts,
            start_signs,
            min_len: forms
                .keys()
                .map(|k| k.split(' ').next().map_or(0, str::len))
                .min()
                .unwrap_or(0),
            forms,
            multi_starts,
            lemmas,
            max_words,
        }
    }

    /// The form a lower-case word (or words joined by single spaces) is, if any.
    pub fn get(&self, form: &str) -> Option<&VerbForm> {
        self.forms.get(form)
    }

    /// Whether a lower-case word is a form or starts one ("fait" of "fait savoir"): the
    /// cheap test a tagger runs on every token before looking closer.
    // inlined into the taggers' loops: most words are answered by the filter bit, in fewer
    // instructions than a call
    #[inline]
    pub fn may_start(&self, word: &str) -> bool {
        if word.len() < self.min_len {
            return false;
        }
        let b = start_sign(word);
        self.start_signs[b / 64] & (1 << (b % 64)) != 0 && self.starts.contains(word)
    }

    /// Whether some multi-word form starts with this lower-case word.
    pub fn starts_multiword(&self, word: &str) -> bool {
        self.multi_starts.contains(word)
    }

    /// The lemmas, in the order of the data file.
    pub fn lemmas(&self) -> &[&'static str] {
        &self.lemmas
    }

    /// Longest form in words (`mis en garde` is 3).
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Number of distinct surface forms.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

/// Record a form; the first lemma to spell it keeps it, except that a verb reporting only
/// with its reflexive (`se montrer`) and its plain twin reporting only a document's
/// que-clause (`montrer`) share their forms: the reflexive pronoun tells them apart.
fn add_form(forms: &mut HashMap<String, VerbForm>, form: String, verb: VerbForm) {
    match forms.entry(form) {
        Entry::Vacant(v) => {
            v.insert(verb);
        }
        Entry::Occupied(mut o) => {
            let old = o.get_mut();
            let twins = old.reflexive_only != verb.reflexive_only
                && (old.document_only || verb.document_only);
            if twins {
                if !verb.reflexive_only {
                    old.lemma = verb.lemma;
                }
                old.que = true;
                old.reflexive_only = true;
                old.document_only = true;
            }
        }
    }
}

/// Bits of the start filter: a few times the number of start words, so that most words
/// that are none find their bit clear.
const SIGNS: usize = 1 << 16;

/// A word's bit in the start filter, from its length and its first, second and last bytes.
#[inline]
fn start_sign(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, second, last) = match b {
        [] => (0, 0, 0),
        [x] => (*x, 0, *x),
        [x, y, ..] => (*x, *y, b[b.len() - 1]),
    };
    let h = (b.len() as u32).wrapping_mul(0x9E37_79B9)
        ^ u32::from(first).wrapping_mul(0x85EB_CA6B)
        ^ u32::from(second).wrapping_mul(0xC2B2_AE35)
        ^ u32::from(last).wrapping_mul(0x27D4_EB2F);
    (h.rotate_left(13) as usize) & (SIGNS - 1)
}

pub(crate) type Forms = Vec<(String, VerbFormKind)>;

/// The pieces of a form joined: one allocation of the right size, where `format!` went
/// through the formatting machinery for each of the few thousand forms built at start-up.
pub(crate) fn cat(pieces: &[&str]) -> String {
    pieces.concat()
}

/// The infinitive a third-person form of a verb outside the lexicon most likely comes from,
/// read from its ending: the first group for `-e`, `-é` and the simple past `-a` (`grince` →
/// `grincer`, `tempéré` → `tempérer`, `lança` → `lancer`), the second for `-it` and `-i`
/// (`rebondit`, `rebondi` → `rebondir`). A guess, for words seen in a verb's slot only; an
/// irregular verb may be given a wrong one. The reflexive pronoun is kept in front (`s'` +
/// `esclaffer`).
pub fn guess_infinitive(form: &str) -> String {
    let (base, reflexive) = match form.strip_prefix("s'").or_else(|| form.strip_prefix("se ")) {
        Some(b) => (b, true),
        None => (form, false),
    };
    let lemma = if let Some(stem) = base.strip_suffix('é').or_else(|| base.strip_suffix('e')) {
        cat(&[stem, "er"])
    } else if let Some(stem) = base.strip_suffix('a') {
        // "lança" → "lancer", "mangea" → "manger"
        let stem = stem.strip_suffix('ç').map_or_else(
            || {
                stem.strip_suffix("ge")
                    .map_or(stem.to_string(), |s| cat(&[s, "g"]))
            },
            |s| cat(&[s, "c"]),
        );
        cat(&[&stem, "er"])
    } else if let Some(stem) = base.strip_suffix("it").or_else(|| base.strip_suffix('i')) {
        cat(&[stem, "ir"])
    } else {
        base.to_string()
    };
    if reflexive {
        let elided = lemma.starts_with(|c: char| "aeiouyéèêh".contains(c));
        if elided {
            cat(&["s'", &lemma])
        } else {
            cat(&["se ", &lemma])
        }
    } else {
        lemma
    }
}

/// The reflexive pronoun a pronominal lemma starts with, stripped (`s'entretenir` →
/// `entretenir`, `se rendre` → `rendre`), and whether there was one.
pub(crate) fn strip_reflexive(lemma: &str) -> (&str, bool) {
    match lemma
        .strip_prefix("s'")
        .or_else(|| lemma.strip_prefix("se "))
    {
        Some(base) => (base, true),
        None => (lemma, false),
    }
}

/// Every generated form of one verb of a lexicon row (`group` and `extra` as documented in
/// `reporting_verbs.tsv`); the reflexive pronoun of a pronominal lemma is not part of the forms.
/// Shared by every verb lexicon so that one set of spelling rules conjugates them all.
pub(crate) fn conjugate(lemma: &str, group: &str, extra: &str) -> Forms {
    let (base, _) = strip_reflexive(lemma);
    match group {
        "er" => first_group(base, extra.strip_prefix("stem=")),
        "ir" => second_group(base),
        _ => irregular(base, extra),
    }
}

fn participles(p: &str, out: &mut Forms) {
    use VerbFormKind::Participle;
    out.push((p.to_string(), Participle));
    // Agreement applies to the first word only ("mise en garde" is rare; "fait savoir" never agrees).
    if !p.contains(' ') {
        out.push((cat(&[p, "e"]), Participle));
        if !p.ends_with('s') {
            out.push((cat(&[p, "s"]), Participle));
        }
        out.push((cat(&[p, "es"]), Participle));
    }
}

/// First group (-er): déclarer, annoncer (ç), juger (ge), répéter (è), rappeler (stem=rappell).
fn first_group(lemma: &str, stem_override: Option<&str>) -> Forms {
    use VerbFormKind::*;
    let stem = lemma.strip_suffix("er").unwrap_or(lemma);
    // Before a or o, c becomes ç and g becomes ge, so the consonant keeps its sound.
    let stem_ao = if let Some(s) = stem.strip_suffix('c') {
        cat(&[s, "ç"])
    } else if stem.ends_with('g') {
        cat(&[stem, "e"])
    } else {
        stem.to_string()
    };
    // Present (and, for é-verbs, optionally future) take è when the ending is a mute e.
    let stem_pres = match stem_override {
        Some(s) => s.to_string(),
        None => grave_before_mute_e(stem),
    };
    let mut out = vec![
        (lemma.to_string(), Infinitive),
        (cat(&[&stem_pres, "e"]), Finite),
        (cat(&[&stem_pres, "ent"]), Finite),
        (cat(&[&stem_ao, "ait"]), Finite),
        (cat(&[&stem_ao, "aient"]), Finite),
        (cat(&[&stem_ao, "a"]), Finite),
        (cat(&[stem, "èrent"]), Finite),
        (cat(&[&stem_ao, "ant"]), PresentParticiple),
    ];
    let mut fut_stems = vec![stem_override.map_or_else(|| stem.to_string(), str::to_string)];
    if stem_override.is_none() && stem_pres != stem {
        fut_stems.push(stem_pres.clone());
    }
    for f in fut_stems {
        for end in ["era", "eront", "erait", "eraient"] {
            out.push((cat(&[&f, end]), Finite));
        }
    }
    participles(&cat(&[stem, "é"]), &mut out);
    out
}

/// `répét` → `répèt`: the last é before a final consonant cluster becomes è.
fn grave_before_mute_e(stem: &str) -> String {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    // consonants at the end of the stem
    let mut i = n;
    while i > 0 && !"aeiouyéèêàâîïôûù".contains(chars[i - 1]) {
        i -= 1;
    }
    if i > 0 && i < n && chars[i - 1] == 'é' && n - i <= 2 {
        let mut c = chars.clone();
        c[i - 1] = 'è';
        return c.into_iter().collect();
    }
    stem.to_string()
}

/// Second group (-ir with -iss-): avertir, réagir, se réjouir.
fn second_group(lemma: &str) -> Forms {
    use VerbFormKind::*;
    let stem = lemma.strip_suffix("ir").unwrap_or(lemma);
    let mut out = vec![
        (lemma.to_string(), Infinitive),
        (cat(&[stem, "it"]), Finite),
        (cat(&[stem, "issent"]), Finite),
        (cat(&[stem, "issait"]), Finite),
        (cat(&[stem, "issaient"]), Finite),
        (cat(&[stem, "irent"]), Finite),
        (cat(&[stem, "issant"]), PresentParticiple),
    ];
    for end in ["ira", "iront", "irait", "iraient"] {
        out.push((cat(&[stem, end]), Finite));
    }
    participles(&cat(&[stem, "i"]), &mut out);
    out
}

/// Irregular verbs: forms listed in the data (see the header of the TSV file).
fn irregular(lemma: &str, spec: &str) -> Forms {
    use VerbFormKind::*;
    let f: Vec<&str> = spec.split(',').map(str::trim).collect();
    assert_eq!(
        f.len(),
        8,
        "irregular verb {lemma}: expected 8 forms, got {spec:?}"
    );
    let mut out = vec![
        (lemma.to_string(), Infinitive),
        (f[1].to_string(), Finite),
        (f[2].to_string(), Finite),
    ];
    // Multi-word forms ("fait savoir"): the suffix after the first word follows every stem.
    let (imp, imp_tail) = split_first(f[3]);
    let (fut, fut_tail) = split_first(f[6]);
    for end in ["ait", "aient"] {
        out.push((cat(&[imp, end, imp_tail]), Finite));
    }
    out.push((f[4].to_string(), Finite));
    out.push((f[5].to_string(), Finite));
    for end in ["a", "ont", "ait", "aient"] {
        out.push((cat(&[fut, end, fut_tail]), Finite));
    }
    if f[7] != "-" {
        out.push((f[7].to_string(), PresentParticiple));
    }
    participles(f[0], &mut out);
    out
}

fn split_first(s: &str) -> (&str, &str) {
    match s.find(' ') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_start_filter_keeps_every_start_and_few_bits() {
        let v = crate::fr::reporting_verbs();
        // forms and the first words of multi-word forms pass, other words do not
        for (w, starts) in [
            ("déclaré", true),
            ("fait", true),
            ("assure", true),
            ("maison", false),
            ("les", false),
        ] {
            assert_eq!(v.may_start(w), starts, "{w}");
        }
        // and the filter is sparse enough to turn most other words away before hashing
        let set: u32 = v.start_signs.iter().map(|w| w.count_ones()).sum();
        assert!((set as usize) < super::SIGNS / 4, "{set} bits set");
    }

    #[test]
    fn the_infinitive_of_an_unknown_verb_is_guessed_from_its_ending() {
        for (form, want) in [
            ("grince", "grincer"),
            ("tempéré", "tempérer"),
            ("lança", "lancer"),
            ("rebondit", "rebondir"),
            ("rebondi", "rebondir"),
            ("s'esclaffe", "s'esclaffer"),
            ("se rengorge", "se rengorger"),
        ] {
            assert_eq!(super::guess_infinitive(form), want, "{form}");
        }
    }

    use super::super::reporting_verbs;
    use super::VerbFormKind::*;

    /// (surface form, lemma, kind): a specification of the generated forms.
    const FORMS: &[(&str, &str, super::VerbFormKind)] = &[
        ("déclaré", "déclarer", Participle),
        ("déclarée", "déclarer", Participle),
        ("déclare", "déclarer", Finite),
        ("déclarent", "déclarer", Finite),
        ("annonçait", "annoncer", Finite),
        ("annonça", "annoncer", Finite),
        ("jugeait", "juger", Finite),
        ("répète", "répéter", Finite),
        ("répétera", "répéter", Finite),
        ("répètera", "répéter", Finite),
        ("rappelle", "rappeler", Finite),
        ("rappelait", "rappeler", Finite),
        ("martèle", "marteler", Finite),
        ("relève", "relever", Finite),
        ("inquiète", "s'inquiéter", Finite),
        ("avertit", "avertir", Finite),
        ("averti", "avertir", Participle),
        ("dit", "dire", Finite),
        ("disent", "dire", Finite),
        ("disait", "dire", Finite),
        ("dira", "dire", Finite),
        ("reconnaît", "reconnaître", Finite),
        // the reformed spelling, without the circumflex
        ("reconnait", "reconnaître", Finite),
        ("reconnu", "reconnaître", Participle),
        ("soutient", "soutenir", Finite),
        ("fait savoir", "faire savoir", Finite),
        ("faisait savoir", "faire savoir", Finite),
        ("ajoutant", "ajouter", PresentParticiple),
        ("préciser", "préciser", Infinitive),
        ("mis en garde", "mettre en garde", Participle),
    ];

    #[test]
    fn generated_forms_match_the_specification() {
        let v = reporting_verbs();
        for &(form, lemma, kind) in FORMS {
            let f = v.get(form).unwrap_or_else(|| panic!("{form} missing"));
            assert_eq!((f.lemma, f.kind), (lemma, kind), "{form}");
        }
    }

    #[test]
    fn lexicon_has_at_least_150_lemmas_without_duplicates() {
        let v = reporting_verbs();
        let mut l = v.lemmas().to_vec();
        let n = l.len();
        assert!(n >= 150, "{n} lemmas");
        l.sort_unstable();
        l.dedup();
        assert_eq!(l.len(), n, "duplicate lemma in reporting_verbs.tsv");
    }

    #[test]
    fn ordinary_words_are_not_reporting_verbs() {
        let v = reporting_verbs();
        for w in ["maintenant", "le", "président", "entendant"] {
            assert!(v.get(w).is_none(), "{w}");
        }
    }
}
