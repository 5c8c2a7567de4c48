//! The people and institutions an article mentions, in text order, so that a pronoun
//! (`a-t-elle ajouté`, `selon lui`) or a role (`a poursuivi la maire`) resolves to the right
//! name, and quotes of one speaker share one canonical name.

use crate::grammar::{name_runs, Np, NpKind};
use crate::toks::Toks;
use depeche_article::{Article, EntityType};
use depeche_lang::{fr, Gender};

#[derive(Debug, Clone)]
pub struct Person {
    /// Fullest name seen.
    pub name: String,
    /// `name` folded for comparison ([`name_key`]).
    pub key: String,
    pub gender: Gender,
    /// Roles seen with the name (`maire`, `conseiller à la sécurité nationale`).
    pub roles: Vec<String>,
    pub organization: bool,
}

impl Person {
    /// Whether the article names them: a name is written with a capital, a role taken for a
    /// speaker's name is not (`source proche du dossier`, `habitante`).
    fn named(&self) -> bool {
        self.name.chars().next().is_some_and(char::is_uppercase)
    }
}

/// A mention found by scanning the article: (byte offset, paragraph, person index).
#[derive(Debug, Default)]
pub struct Memory {
    pub people: Vec<Person>,
    /// All name mentions in text order: (byte, paragraph, person).
    mentions: Vec<(usize, usize, usize)>,
    /// Attributions made so far: (byte, paragraph, person).
    spoke: Vec<(usize, usize, usize)>,
    /// Per person, every (byte, paragraph) where it is mentioned or speaks.
    seen: Vec<Vec<(usize, usize)>>,
    /// The names written in the text, as (byte, person), in text order: what `le premier`
    /// and `la seconde` count back over (attributions are not mentions in the text).
    named: Vec<(usize, usize)>,
}

/// Whether two names can denote the same person: equal, or one is the other's last word(s)
/// ("Poutine" / "Vladimir Poutine"), ignoring hyphens and case ("Kim Jong Un" / "Kim Jong-un").
pub fn same_name(a: &str, b: &str) -> bool {
    same_key(&name_key(a), &name_key(b))
}

/// A name folded for comparison: lower case, hyphens and no-break spaces as spaces.
pub fn name_key(s: &str) -> String {
    fr::fold(s).replace(['-', '\u{a0}'], " ")
}

/// [`same_name`] on keys already made by [`name_key`].
pub fn same_key(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 3 || !long.contains(short) {
        return false; // the common case, decided without splitting words
    }
    let lw: Vec<&str> = long.split_whitespace().collect();
    let sw: Vec<&str> = short.split_whitespace().collect();
    // a surname alone, or a family name first (Kim), as in many Asian names
    lw.ends_with(&sw)
        || (lw.starts_with(&sw) && sw.len() < lw.len() && !folded_first_names().contains(sw[0]))
}

/// First names, folded like the names they are compared with, built once.
fn folded_first_names() -> &'static depeche_lang::hash::HashSet<String> {
    static T: std::sync::OnceLock<depeche_lang::hash::HashSet<String>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        fr::first_names()
            .keys()
            .map(|f| fr::fold(f).replace('-', " "))
            .collect()
    })
}

impl Memory {
    /// Seed with every person named in the article: the entity stage's PER entities when
    /// there are some, else multi-word capitalised names introduced by a first name, a title
    /// or an honorific.
    pub fn seed(a: &Article, tk: &Toks) -> Self {
        let mut m = Memory::default();
        let pers: Vec<&depeche_article::Entity> = a
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::PER)
            .collect();
        if !pers.is_empty() {
            for e in pers {
                for men in &e.mentions {
                    let k = tk.at_byte(men.span.byte_start);
                    if wished_by(tk, k) {
                        continue;
                    }
                    let re = tk.at_byte(men.span.byte_end);
                    let g = or_apposed(gender_near(tk, k, &men.text), tk, re);
                    let para = tk.t.get(k).map_or(0, |t| t.para);
                    let role = role_near(tk, k, re);
                    m.mention(
                        &e.name,
                        g,
                        role.as_deref(),
                        false,
                        men.span.byte_start,
                        para,
                    );
                }
            }
        } else {
            for &(ss, se) in &tk.sents {
                for (rs, re) in name_runs(tk, ss, se) {
                    let first = &tk.t[rs];
                    let prev = rs.checked_sub(1).map(|k| &tk.t[k]);
                    let introduced = fr::first_names().contains_key(first.text)
                        || prev.is_some_and(|p| {
                            fr::honorifics().contains_key(p.text.trim_end_matches('.'))
                                || fr::titles()
                                    .get(p.low.as_str())
                                    .is_some_and(|t| !t.organization)
                        });
                    if wished_by(tk, rs) {
                        continue;
                    }
                    if re - rs >= 2 && introduced
                        || (prev.is_some_and(|p| {
                            fr::honorifics().contains_key(p.text.trim_end_matches('.'))
                        }) && re - rs >= 1)
                    {
                        let name = tk.slice(rs, re);
                        let g = or_apposed(gender_near(tk, rs, name), tk, re);
                        let role = role_near(tk, rs, re);
                        m.mention(name, g, role.as_deref(), false, first.s, first.para);
                    }
                }
            }
        }
        m.seed_institutions(a, tk);
        m.mentions.sort_unstable();
        m.named = m.mentions.iter().map(|&(b, _, i)| (b, i)).collect();
        m
    }

    /// Institutions the article introduces with a noun of their kind (`l'ONG Human Rights
    /// Watch`, `le groupe L'Oréal`, `Terre Vive, une association de …`), so that a later
    /// `l'ONG` or `le groupe` speaking resolves to them as `la ministre` does to a person.
    /// They are kept apart from the written mentions that pronouns and `ce dernier` count
    /// back over: only a role finds them, and only by an institution's own kind of noun.
    fn seed_institutions(&mut self, a: &Article, tk: &Toks) {
        for e in a.entities.iter().filter(|e| e.kind == EntityType::ORG) {
            let key = name_key(&e.name);
            for men in &e.mentions {
                let k = tk.at_byte(men.span.byte_start);
                let re = tk.at_byte(men.span.byte_end);
                let Some(role) = role_near(tk, k, re).filter(|r| {
                    r.split_whitespace()
                        .next()
                        .and_then(|w| fr::titles().get(fr::fold(w).as_str()))
                        .is_some_and(|t| t.organization)
                }) else {
                    continue;
                };
                let para = tk.t.get(k).map_or(0, |t| t.para);
                let idx = match self
                    .people
                    .iter()
                    .position(|p| p.organization && p.key == key)
                {
                    Some(i) => i,
                    None => {
                        self.people.push(Person {
                            name: e.name.clone(),
                            key: key.clone(),
                            gender: Gender::Any,
                            roles: Vec::new(),
                            organization: true,
                        });
                        self.people.len() - 1
                    }
                };
                let folded = fr::fold(&role);
                if !self.people[idx].roles.iter().any(|x| fr::fold(x) == folded) {
                    self.people[idx].roles.push(role);
                }
                self.record(idx, men.span.byte_start, para);
            }
        }
    }

    /// Record a mention of a person or institution; returns its index.
    pub fn mention(
        &mut self,
        name: &str,
        gender: Gender,
        role: Option<&str>,
        organization: bool,
        at: usize,
        para: usize,
    ) -> usize {
        let key = name_key(name);
        let idx = match self.people.iter().position(|p| same_key(&p.key, &key)) {
            Some(i) => {
                let p = &mut self.people[i];
                if name.chars().count() > p.name.chars().count() {
                    p.name = name.to_string();
                    p.key = key;
                }
                if p.gender == Gender::Any {
                    p.gender = gender;
                }
                i
            }
            None => self.new_person(name, gender, organization),
        };
        self.mentioned(idx, role, at, para)
    }

    /// A person or institution not seen before; returns its index.
    fn new_person(&mut self, name: &str, gender: Gender, organization: bool) -> usize {
        self.people.push(Person {
            name: name.to_string(),
            key: name_key(name),
            gender,
            roles: Vec::new(),
            organization,
        });
        self.people.len() - 1
    }

    /// Record a mention of person `idx` at `at`, with the role written there; returns `idx`.
    fn mentioned(&mut self, idx: usize, role: Option<&str>, at: usize, para: usize) -> usize {
        // roles keep their written case ("vice-président de L'Oréal"): they are shown to
        // users; comparisons fold them
        if let Some(r) = role {
            let key = fr::fold(r);
            if !self.people[idx].roles.iter().any(|x| fr::fold(x) == key) {
                self.people[idx].roles.push(r.to_string());
            }
        }
        self.mentions.push((at, para, idx));
        self.record(idx, at, para);
        idx
    }

    /// Whether a person (not an institution) whose gender agrees with `gender` was mentioned
    /// or spoke in `[from, to)`.
    pub fn person_named_between(&self, gender: Gender, from: usize, to: usize) -> bool {
        self.mentions
            .iter()
            .chain(self.spoke.iter())
            .any(|&(b, _, i)| {
                from <= b
                    && b < to
                    && !self.people[i].organization
                    && self.people[i].gender.agrees(gender)
            })
    }

    /// Record that a person spoke at `at`.
    pub fn spoke(&mut self, idx: usize, at: usize, para: usize) {
        self.spoke.push((at, para, idx));
        self.record(idx, at, para);
    }

    fn last_before(&self, idx: usize, at: usize) -> Option<(usize, usize)> {
        self.seen[idx]
            .iter()
            .filter(|&&(b, _)| b < at)
            .max()
            .copied()
    }

    fn record(&mut self, idx: usize, at: usize, para: usize) {
        if self.seen.len() <= idx {
            self.seen.resize(idx + 1, Vec::new());
        }
        self.seen[idx].push((at, para));
    }

    /// The person a singular pronoun of `gender` at `at` stands for: the most recently
    /// mentioned person whose gender agrees, a known gender beating an unknown one nearby.
    pub fn resolve_pronoun(&self, gender: Gender, at: usize, para: usize) -> Option<usize> {
        // (last mention, idx) of agreeing candidates, split by whether the gender is known
        let mut exact: Option<(usize, usize)> = None;
        let mut any: Option<(usize, usize)> = None;
        for (i, p) in self.people.iter().enumerate() {
            if p.organization || !p.gender.agrees(gender) {
                continue;
            }
            let Some((last, lp)) = self.last_before(i, at) else {
                continue;
            };
            if para.saturating_sub(lp) > 3 {
                continue;
            }
            let slot =
                if gender != Gender::Any && p.gender == gender && para.saturating_sub(lp) <= 1 {
                    &mut exact
                } else {
                    &mut any
                };
            if slot.is_none_or(|(b, _)| last > b) {
                *slot = Some((last, i));
            }
        }
        // the last speaker is the likeliest "il" of the next attribution even when its
        // gender is unknown ("résume l'universitaire. « ... », a-t-il précisé"): a known
        // gender only wins when that person was named after the speaker last spoke
        if let (Some((known, _)), Some((last, i))) = (exact, any) {
            if last > known
                && self
                    .spoke
                    .iter()
                    .any(|&(b, _, j)| j == i && b > known && b < at)
            {
                return Some(i);
            }
        }
        exact.or(any).map(|(_, i)| i)
    }

    /// The person a role phrase (`la maire`, `le ministre`) at `at` refers back to.
    pub fn resolve_role(&self, np: &Np, at: usize, generic_ok: bool) -> Option<usize> {
        let head = np.role_head.as_deref()?;
        let own = np.role.as_deref().and_then(role_complement);
        // (a generic noun of office takes up the office it covers: "la maire de X, Y" then
        // "l'élue" or "l'édile"; data generic_roles.tsv)
        // (only for a definite phrase: "un élu" is someone else)
        // (a bare one: "le dirigeant grec", "le diplomate syrien" say whose office it is, which
        // the holder named may not be)
        let generic = generic_ok
            && head.split_whitespace().count() == 1
            && np
                .role
                .as_deref()
                .is_none_or(|r| r.split_whitespace().count() == 1);
        // ("le chef de l'État", "le souverain pontife": a periphrasis of an office, matched
        // whole, takes up the office as a generic noun does)
        let periphrasis = np
            .role
            .as_deref()
            .filter(|r| generic_ok && r.contains(' '))
            .map(|r| r.to_lowercase().replace('’', "'"))
            .filter(|r| fr::generic_role_covers_any(r));
        // ("le président sortant", "l'ex-directeur" are not who holds the office now; "le
        // directeur" is not its deputy, "X, directeur adjoint"; "ancien" stays out: "l'ancien
        // ministre X" is "l'ancien ministre" again later)
        let said = np.role.as_deref().unwrap_or("").to_lowercase();
        // (any gender and number: "sortante", "adjoints")
        let has = |role: &str, words: &[&str]| {
            role.split([' ', '-'])
                .any(|w| words.contains(&w) || words.contains(&w.trim_end_matches(['s', 'e'])))
        };
        const FORMER: &[&str] = &["ex", "sortant", "précédent"];
        const DEPUTY: &[&str] = &["adjoint", "suppléant", "vice"];
        let exact = |p: &Person| {
            p.roles.iter().any(|r| {
                let first = r.split_whitespace().next().unwrap_or("");
                let held = r.to_lowercase();
                fr::fold(first) == head.split_whitespace().next().unwrap_or("")
                    && !complements_differ(own.as_deref(), role_complement(r).as_deref())
                    && (!has(&said, FORMER) || has(&held, FORMER))
                    && (has(&said, DEPUTY) || !has(&held, DEPUTY))
            })
        };
        // (an office it covers, not a subordinate one: "son directeur de cabinet", "le
        // directeur adjoint" are no "patron")
        let covered = |p: &Person| {
            let generic_noun = match &periphrasis {
                Some(r) => r.as_str(),
                None if generic && own.is_none() => head,
                None => return false,
            };
            p.roles.iter().any(|r| {
                let first = r.split_whitespace().next().unwrap_or("");
                let subordinate = r.contains("de cabinet") || r.contains("adjoint");
                // (a periphrasis names the office of a state: "le président du Sénat", "le
                // président de la région", "le pape de la cuisine lyonnaise" hold another)
                // (nor, in a French paper, a foreign one: "le président américain X")
                let of_something_else = periphrasis.is_some() && {
                    let rest = r[first.len()..]
                        .trim_start()
                        .to_lowercase()
                        .replace('’', "'");
                    let second = rest.split_whitespace().next().unwrap_or("");
                    let foreign = !second.starts_with("françai")
                        && RELATION_ADJECTIVE_ENDINGS
                            .iter()
                            .any(|e| second.len() > e.len() + 2 && second.ends_with(e));
                    foreign
                        || (["de ", "du ", "des ", "d'"]
                            .iter()
                            .any(|d| rest.starts_with(d))
                            && !rest.starts_with("de la république"))
                };
                !subordinate
                    && !of_something_else
                    && fr::generic_role_covers(generic_noun, &first.to_lowercase())
            })
        };
        // (someone holding the very office named wins over one it only covers: "le patron du
        // restaurant, X" is "le patron" before the chief executive named after him)
        let holders = |has_role: &dyn Fn(&Person) -> bool| {
            self.people
                .iter()
                .enumerate()
                .filter(|(_, p)| has_role(p) && p.gender.agrees(np.gender))
                .filter_map(|(i, _)| self.last_before(i, at).map(|(b, _)| (b, i)))
                .max()
                .map(|(_, i)| i)
        };
        let has_role = |p: &Person| exact(p) || covered(p);
        holders(&exact).or_else(|| holders(&covered)).or_else(|| {
            // "..., a promis la ministre. Anne Roux, ministre de l'Agriculture, ...": a
            // role may be named only later in the article; the first one named then
            self.people
                .iter()
                .enumerate()
                .filter(|(_, p)| has_role(p) && p.gender.agrees(np.gender))
                .filter_map(|(i, _)| {
                    let first = self
                        .seen
                        .get(i)?
                        .iter()
                        .map(|&(b, _)| b)
                        .filter(|&b| b > at);
                    first.min().map(|b| (b, i))
                })
                .min()
                .map(|(_, i)| i)
        })
    }

    /// Record that person `i` is taken up (by a role) at `at`; returns `i`.
    fn taken_up(&mut self, i: usize, at: usize, para: usize) -> usize {
        self.mentions.push((at, para, i));
        self.record(i, at, para);
        i
    }

    /// Resolve an indefinite role (`une source diplomatique`, `une retraitée de
    /// Villeurbanne`): someone new, unless the article names a person or an institution in
    /// that role; another role phrase with the same title (`une source proche du dossier`)
    /// is someone else.
    pub fn resolve_indefinite(&mut self, np: &Np, at: usize, para: usize) -> usize {
        if let Some(i) = self
            .resolve_role(np, at, false)
            .filter(|&i| self.people[i].named())
        {
            return self.taken_up(i, at, para);
        }
        // (a new entry: not merged by name with an earlier role phrase of the same head)
        let organization = np.organization || np.role_head.is_none();
        let idx = self.new_person(&np.name, np.gender, organization);
        self.mentioned(idx, np.role.as_deref(), at, para)
    }

    /// Resolve a speaker noun phrase to a person index, recording the mention.
    pub fn resolve(&mut self, np: &Np, at: usize, para: usize, text: &str) -> Option<usize> {
        // `l'ONG`: a capitalised kind of institution is its role, not a name of its own
        if np.names_its_kind() {
            if let Some(i) = self.resolve_role(np, at, false) {
                return Some(self.taken_up(i, at, para));
            }
        }
        match np.kind {
            NpKind::Pronoun => {
                let plural = matches!(
                    np.name.as_str(),
                    "ils"
                        | "elles"
                        | "eux"
                        | "ceux-ci"
                        | "celles-ci"
                        | "ces derniers"
                        | "ces dernières"
                );
                if plural || np.name == "on" {
                    return None;
                }
                if matches!(
                    np.name.as_str(),
                    "celle-ci" | "celui-ci" | "ce dernier" | "cette dernière"
                ) {
                    return self.resolve_demonstrative(np.gender, at, text);
                }
                if let Some(first) = ordinal(&np.name) {
                    return self.resolve_ordinal(first, np.gender, at);
                }
                self.resolve_pronoun(np.gender, at, para)
            }
            NpKind::Role => {
                if let Some(i) = self.resolve_role(np, at, definite_at(text, at)) {
                    return Some(self.taken_up(i, at, para));
                }
                if let Some(i) = self.resolve_demonstrative_role(np, at, text) {
                    return Some(self.taken_up(i, at, para));
                }
                if let Some(i) = self.resolve_descriptive_role(np, at, para, text) {
                    return Some(self.taken_up(i, at, para));
                }
                Some(self.mention(
                    &np.name,
                    np.gender,
                    np.role.as_deref(),
                    np.organization || np.role_head.is_none(),
                    at,
                    para,
                ))
            }
            NpKind::Person | NpKind::Name => Some(self.mention(
                &np.name,
                np.gender,
                np.role.as_deref(),
                np.kind == NpKind::Name,
                at,
                para,
            )),
        }
    }

    /// `le premier` / `la seconde` after two people were named (`entre X et Y`): of the two
    /// people named last before `at`, the one named first, or the one named second, when the
    /// gender agrees.
    fn resolve_ordinal(&self, first: bool, gender: Gender, at: usize) -> Option<usize> {
        let end = self.named.partition_point(|&(b, _)| b < at);
        let mut pair: Vec<usize> = Vec::with_capacity(2);
        for &(_, i) in self.named[..end].iter().rev() {
            if self.people[i].organization || pair.contains(&i) {
                continue;
            }
            pair.push(i);
            if pair.len() == 2 {
                break;
            }
        }
        let [latest, earlier] = pair[..] else {
            return None;
        };
        let who = if first { earlier } else { latest };
        self.people[who].gender.agrees(gender).then_some(who)
    }

    /// `« … », explique cette habitante`: a role under a demonstrative determiner points back
    /// at someone the text has just shown, so it takes up the last person (not institution)
    /// named or speaking whose gender agrees, when no holder of that role was met before.
    fn resolve_demonstrative_role(&self, np: &Np, at: usize, text: &str) -> Option<usize> {
        if np.organization || np.role_head.is_none() {
            return None;
        }
        let first = text.get(at..)?.split_whitespace().next()?.to_lowercase();
        if !matches!(first.as_str(), "ce" | "cet" | "cette") {
            return None;
        }
        self.mentions
            .iter()
            .chain(self.spoke.iter())
            .filter(|&&(b, _, i)| {
                let p = &self.people[i];
                // (a named person, or one person named by a role, `une habitante`; not a group)
                let group = p
                    .name
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.ends_with(['s', 'x']));
                b < at && !p.organization && p.gender.agrees(np.gender) && (p.named() || !group)
            })
            .max()
            .map(|&(_, _, i)| i)
    }

    /// `l'universitaire`, `la chercheuse`, `le même expert`: a bare definite phrase whose head
    /// describes a person by occupation (data `descriptive_role_nouns.txt`), that no one in the
    /// article is named with, takes up the person last introduced by such an occupation within
    /// two paragraphs; any role after `même`, the person named last in its paragraph or the one
    /// before; the gender agreeing. Offices (`le maire`) are left alone: their holder is often
    /// someone not named yet.
    fn resolve_descriptive_role(
        &self,
        np: &Np,
        at: usize,
        para: usize,
        text: &str,
    ) -> Option<usize> {
        if np.organization {
            return None;
        }
        // (a description that can only take up someone named, "l'intéressé", "le
        // quadragénaire", "la jeune femme": the last person named, whatever the role)
        let anaphoric = [
            np.role_head.as_deref(),
            np.role.as_deref(),
            Some(np.name.as_str()),
        ]
        .into_iter()
        .flatten()
        .any(|w| fr::anaphoric_descriptions().contains(w.to_lowercase().as_str()));
        if anaphoric && definite_at(text, at) {
            // (its gender is its article's or its ending's: "le quadragénaire", "la jeune
            // femme", "l'intéressée")
            let lead = text[at..]
                .chars()
                .take(20)
                .collect::<String>()
                .to_lowercase();
            let word = lead.split([' ', '\'', '’']).nth(1).unwrap_or("");
            let gender = if np.gender != Gender::Any {
                np.gender
            } else if lead.starts_with("le ") || (lead.starts_with('l') && word.ends_with('é')) {
                Gender::Masculine
            } else if lead.starts_with("la ") || (lead.starts_with('l') && word.ends_with("ée")) {
                Gender::Feminine
            } else {
                Gender::Any
            };
            return self.last_named(gender, at, para, 2, |_| true);
        }
        let head = np.role_head.as_deref()?;
        // (the first words only: the rest of the article is no business of the phrase's)
        let rest = text.get(at..)?;
        let cut = rest.char_indices().nth(24).map_or(rest.len(), |(b, _)| b);
        let lead = rest[..cut].to_lowercase();
        let definite = definite_at(text, at);
        let same = ["le même ", "la même "].iter().any(|a| lead.starts_with(a));
        let descriptive = fr::descriptive_role_nouns().contains(head)
            || head
                .split_whitespace()
                .next()
                .is_some_and(|w| fr::descriptive_role_nouns().contains(w));
        // (a description with words of its own, "l'expert judiciaire mandaté par le
        // tribunal", may introduce someone new)
        let bare = np
            .role
            .as_deref()
            .is_none_or(|r| r.split_whitespace().count() <= head.split_whitespace().count());
        if !(same || (definite && descriptive && bare)) {
            return None;
        }
        // (someone the article introduced by an occupation, within two paragraphs:
        // "l'astronome X …" then "le chercheur"; an office does not count, nor does a person
        // named bare, who is often the one the story is about, not the one who speaks: "un
        // doublé de X. « … », reconnaît l'entraîneur"; after "même", anyone named before)
        let occupational = |p: &Person| {
            p.roles.iter().any(|r| {
                r.split_whitespace().next().is_some_and(|w| {
                    fr::descriptive_role_nouns().contains(w.to_lowercase().as_str())
                })
            })
        };
        if same {
            self.last_named(np.gender, at, para, 1, |_| true)
        } else {
            self.last_named(np.gender, at, para, 2, occupational)
        }
    }

    /// The person named last before `at`, within `within` paragraphs, whose gender agrees and
    /// whom `fits` accepts.
    fn last_named(
        &self,
        gender: Gender,
        at: usize,
        para: usize,
        within: usize,
        fits: impl Fn(&Person) -> bool,
    ) -> Option<usize> {
        self.mentions
            .iter()
            .chain(self.spoke.iter())
            .filter(|&&(b, p, i)| {
                let person = &self.people[i];
                b < at
                    && para.saturating_sub(p) <= within
                    && !person.organization
                    && person.named()
                    && person.gender.agrees(gender)
                    && fits(person)
            })
            .max()
            .map(|&(_, _, i)| i)
    }

    /// `celle-ci`, `ce dernier`: the last mention of anything, person or institution.
    fn resolve_demonstrative(&self, gender: Gender, at: usize, _text: &str) -> Option<usize> {
        self.mentions
            .iter()
            .chain(self.spoke.iter())
            .filter(|&&(b, _, i)| b < at && self.people[i].gender.agrees(gender))
            .max()
            .map(|&(_, _, i)| i)
    }
}

/// Whether the phrase at byte `at` opens with a definite article (`le`, `la`, `l'`).
fn definite_at(text: &str, at: usize) -> bool {
    text.get(at..).is_some_and(|r| {
        let lead: String = r.chars().take(3).collect::<String>().to_lowercase();
        ["le ", "la ", "l'", "l’"]
            .iter()
            .any(|a| lead.starts_with(a))
    })
}

/// Endings of adjectives of relation that follow a title before a name (`municipal`,
/// `européenne`, `adjoint`, `socialiste`: `le conseiller municipal X`).
pub(crate) const RELATION_ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ale", "el", "elle", "ien", "ienne", "éen", "éenne", "ain", "aine", "ais", "aise", "ois",
    "oise", "ique", "iste", "aire", "if", "ive", "oint", "ointe",
];

/// The role written beside a name: a title just before it (`la ministre Claire X`), or a
/// title-headed apposition before or after it (`La maire, Claire X,` / `Claire X, maire de
/// Y,`). Roles let a later `la maire` or `le ministre` find the person.
fn role_near(tk: &Toks, rs: usize, re: usize) -> Option<String> {
    let t = &tk.t;
    let (ss, se) = tk.sentence_of(rs.min(t.len() - 1));
    let skip_det = |mut k: usize, end: usize| {
        while k < end && crate::grammar::is_determiner(&t[k]) {
            k += 1;
        }
        k
    };
    // "l'ancien porte-parole de la mission, X,": an adjective of time before the title
    let titled = |a: usize, b: usize| -> Option<String> {
        let mut h = skip_det(a, b);
        if h + 1 < b && fr::prenominal_adjectives().contains(t[h].low.as_str()) {
            h += 1;
        }
        // (a title of two words: "X, Premier ministre,")
        let two_words = || {
            h + 1 < b
                && fr::titles().contains_key(format!("{} {}", t[h].low, t[h + 1].low).as_str())
        };
        (h < b && (fr::titles().contains_key(t[h].low.as_str()) || two_words()))
            .then(|| tk.slice(h, b).to_string())
    };
    // (a title right after an auxiliary is the verb's participle: "a prévenu Anne X",
    // "a rapporté l'envoyé": prévenu is a title, a defendant, only as a noun)
    let auxiliary = |k: usize| {
        matches!(
            t[k].low.as_str(),
            "a" | "ont"
                | "avait"
                | "avaient"
                | "aura"
                | "auront"
                | "aurait"
                | "auraient"
                | "ayant"
                | "avoir"
                | "aient"
                | "eu"
        )
    };
    // (one adverb may stand between: "a notamment prévenu", "a aussitôt prévenu")
    let adverb = |k: usize| {
        t[k].low.ends_with("ment")
            || fr::linking_adverbs().contains(t[k].low.as_str())
            || matches!(t[k].low.as_str(), "aussitôt" | "déjà" | "ensuite" | "vite")
    };
    let participle = |k: usize| {
        (k > ss && auxiliary(k - 1)) || (k > ss + 1 && adverb(k - 1) && auxiliary(k - 2))
    };
    if rs > ss && fr::titles().contains_key(t[rs - 1].low.as_str()) && !participle(rs - 1) {
        // ("le Premier ministre Jean X": the office is both words, which its periphrasis,
        // "le chef du gouvernement", takes up)
        if rs > ss + 1
            && t[rs - 1].low == "ministre"
            && matches!(t[rs - 2].low.as_str(), "premier" | "première")
        {
            return Some(tk.slice(rs - 2, rs).to_lowercase());
        }
        return Some(t[rs - 1].low.to_string());
    }
    // "le conseiller municipal X", "la députée européenne Y": a title and one or two
    // adjectives right before the name
    if rs > ss + 1 {
        let adjective =
            |k: usize| t[k].is_word() && !t[k].cap && !fr::titles().contains_key(t[k].low.as_str());
        for n in 1..=2 {
            if rs > ss + n
                && (rs - n..rs).all(adjective)
                && fr::titles()
                    .get(t[rs - n - 1].low.as_str())
                    .is_some_and(|x| !x.organization)
                && !participle(rs - n - 1)
                && (rs - n..rs).all(|k| {
                    let w = t[k].low.as_str();
                    fr::prenominal_adjectives().contains(w)
                        || RELATION_ADJECTIVE_ENDINGS
                            .iter()
                            .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
                })
            {
                return Some(tk.slice(rs - n - 1, rs).to_string());
            }
        }
    }
    // "la maire de Paris Anne X", "le ministre de l'Intérieur Jean Y": a title and its
    // complement of place or domain right before the name, with no comma
    if rs > ss + 2 && t[rs - 1].cap {
        let complement = |k: usize| {
            matches!(
                t[k].low.as_str(),
                "de" | "du" | "des" | "d'" | "l'" | "la" | "le" | "les"
            ) || t[k].cap
        };
        if let Some(h) = (rs.saturating_sub(6).max(ss)..rs - 1)
            .rev()
            .take_while(|&k| complement(k) || fr::titles().contains_key(t[k].low.as_str()))
            .find(|&k| {
                fr::titles().contains_key(t[k].low.as_str())
                    && matches!(t[k + 1].low.as_str(), "de" | "du" | "des" | "d'")
            })
        {
            // a title of two words keeps both ("le délégué général des Vosges X", "le
            // secrétaire général de l'ONU Y"): the complement hangs on the second
            let mut h = h;
            while h > ss && fr::titles().contains_key(t[h - 1].low.as_str()) {
                h -= 1;
            }
            return Some(tk.slice(h, rs).to_string());
        }
    }
    if rs > ss + 1 && t[rs - 1].text == "," {
        let b = rs - 1;
        let a = (ss..b)
            .rev()
            .find(|&k| t[k].text == ",")
            .map_or(ss, |k| k + 1);
        if b - a <= 10 {
            // (after an auxiliary, the title phrase is the one right before the comma: "X a
            // reçu le maire, Jean Y" gives "maire", not "ministre X a reçu le maire"; only when
            // the name stands in apposition, closed by a comma or the sentence's end: "Après
            // avoir rencontré le ministre, Jean Rivet a affirmé" makes him no minister; a
            // title that is also a verb's form, "Le prévenu, X,", needs no auxiliary before)
            let verb = |k: usize| crate::grammar::is_aux(&t[k]) || t[k].verbish;
            let apposed = re >= se || matches!(t[re].text, "," | "." | ";" | ")");
            let has_aux = (a..b).any(|k| crate::grammar::is_aux(&t[k]));
            let after_aux = has_aux && apposed;
            let r = titled(a, b).filter(|_| !has_aux).or_else(|| {
                (a..b)
                    .rev()
                    .filter(|_| after_aux)
                    .filter(|&k| crate::grammar::is_determiner(&t[k]))
                    .find(|&k| !(k..b).any(verb))
                    .and_then(|k| titled(k, b))
            });
            if r.is_some() {
                return r;
            }
        }
    }
    // "Claire X est ministre de la Culture.", "Paul Y, qui est député de la Somme,": a title
    // as the attribute of a copula after the name is the person's role as well
    let copula = re + 1 < se && fr::copulas().contains(t[re].low.as_str());
    // ("Claire X a été élue présidente de la région", "Paul Y, nommé directeur en 2019,",
    // "Anne Z vient d'être désignée rapporteure": an appointment's participle, after its
    // auxiliaries, links the name and the title as a copula does)
    let appointed = (re..(re + 5).min(se))
        .take_while(|&k| {
            matches!(
                t[k].low.as_str(),
                "a" | "avait"
                    | "aura"
                    | "été"
                    | "est"
                    | "était"
                    | "sera"
                    | "vient"
                    | "venait"
                    | "d'"
                    | "être"
                    | "ont"
                    | "sont"
            ) || (k == re && t[k].text == ",")
                || fr::appointment_participles().contains(t[k].low.as_str())
        })
        .last()
        .filter(|&k| fr::appointment_participles().contains(t[k].low.as_str()))
        // (in the passive only: "Claire X a nommé la directrice" names someone else)
        .filter(|&k| !matches!(t[k - 1].low.as_str(), "a" | "avait" | "aura" | "ont"));
    if let Some(p) = appointed.filter(|&p| p + 1 < se) {
        let a = p + 1;
        let b = (a..se)
            .find(|&k| matches!(t[k].text, "," | "." | ";" | ":"))
            .unwrap_or(se);
        if b - a <= 10 {
            if let Some(r) = titled(a, b) {
                return Some(r);
            }
        }
    }
    if re + 1 < se && (t[re].text == "," || copula) {
        let a = re + 1;
        let b = (a..se)
            .find(|&k| matches!(t[k].text, "," | "." | ";" | ":"))
            .unwrap_or(se);
        // ("Sur son compte X, le club a annoncé :": a clause after the comma, with its verb,
        // is no apposition)
        let clause = (a..b).any(|k| crate::grammar::is_aux(&t[k]) || t[k].verbish);
        // ("Selon X, le préfet de région quitte ses fonctions.": after a source opening the
        // sentence, a phrase running to the sentence's end is the statement, whatever verb
        // it has; an apposition there is closed by its comma)
        let statement = rs > ss
            && matches!(t[rs - 1].low.as_str(), "selon" | "d'après")
            && !copula
            && (b >= se || t[b].text != ",");
        if b - a <= 10 && !clause && !statement {
            return titled(a, b);
        }
    }
    None
}

/// `g`, or when it is unknown the gender the words apposed to a name ending at token `re` give
/// (`Abdelaziz, un Soudanais de 27 ans,`, `Drita Kola, une enseignante`): the indefinite
/// article of a noun phrase in apposition after the name's comma, or a title's own gender
/// (`X, infirmière à Lyon,`).
fn or_apposed(g: Gender, tk: &Toks, re: usize) -> Gender {
    let t = &tk.t;
    if g != Gender::Any || t.get(re).is_none_or(|c| c.text != ",") {
        return g;
    }
    let Some(w) = t.get(re + 1) else { return g };
    match w.low.as_str() {
        // (not "le", "la": a clause may start after the comma, "Selon X, la langue …")
        "un" => Gender::Masculine,
        "une" => Gender::Feminine,
        l => fr::titles()
            .get(l)
            .filter(|ti| !ti.organization)
            .map_or_else(|| participle_gender(l), |ti| ti.gender),
    }
}

/// The gender a past participle opening an apposition agrees with ("Camille Roux, venue de
/// Lyon", "née en 1950", "âgé de 40 ans"): the name it describes is a woman's or a man's.
fn participle_gender(w: &str) -> Gender {
    match w {
        "venue" | "revenue" | "devenue" | "élue" | "réélue" | "connue" => Gender::Feminine,
        "venu" | "revenu" | "devenu" | "élu" | "réélu" | "connu" => Gender::Masculine,
        _ if w.ends_with("ée") && w.chars().count() > 3 => Gender::Feminine,
        _ if w.ends_with('é') && w.chars().count() > 2 => Gender::Masculine,
        _ => Gender::Any,
    }
}

/// Gender of a name from the words before it (`Mme`, `la ministre`) or its first name.
fn gender_near(tk: &Toks, k: usize, name: &str) -> Gender {
    if let Some(p) = k.checked_sub(1).map(|i| &tk.t[i]) {
        if let Some(&g) = fr::honorifics().get(p.text.trim_end_matches('.')) {
            if g != Gender::Any {
                return g;
            }
        }
        if let Some(t) = fr::titles().get(p.low.as_str()) {
            if t.gender != Gender::Any {
                return t.gender;
            }
        }
    }
    let first = name.split([' ', '-']).next().unwrap_or("");
    fr::first_names()
        .get(name.split(' ').next().unwrap_or(""))
        .or_else(|| fr::first_names().get(first))
        .copied()
        // (a first name the short list lacks, by the births in France or the list of foreign
        // given names, as the gender stage reads it: "Dieudonné X" is a man)
        .or_else(|| fr::first_name_gender(name))
        .unwrap_or(Gender::Any)
}

/// The complement that says whose or of what a role is (`responsable de la Préfecture` →
/// `de la préfecture`), folded; `None` for a bare title.
fn role_complement(role: &str) -> Option<String> {
    let r = fr::fold(role);
    let at = [" de ", " du ", " des ", " d'"]
        .iter()
        .filter_map(|p| r.find(p).map(|i| i + 1))
        .min()?;
    Some(r[at..].to_string())
}

/// `un responsable de la préfecture`, then `un responsable de la région`: one role of two
/// different bodies is held by two different people. Complements that one starts the other
/// (`du parti` / `du parti socialiste`) or a missing one do not tell them apart.
fn complements_differ(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => !a.starts_with(b) && !b.starts_with(a),
        _ => false,
    }
}

/// `X plaide pour une réforme comme le souhaite Y`: Y, named after a verb of wish in a
/// `comme` clause (data `comme_wish_verbs.txt`), is only compared with; Y neither speaks nor
/// is whom the next `il` or the next quotation without a cue is about, so the mention
/// starting at token `k` is kept out of what pronouns count back over.
fn wished_by(tk: &Toks, k: usize) -> bool {
    let t = &tk.t;
    let (ss, _) = tk.sentence_of(k.min(t.len().saturating_sub(1)));
    let Some(comme) = (k.saturating_sub(6).max(ss)..k)
        .rev()
        .find(|&j| t[j].low == "comme")
    else {
        return false;
    };
    (comme + 1..(comme + 3).min(k)).any(|j| {
        crate::grammar::group_from(tk, j).is_some_and(|g| {
            g.end <= k
                && k - g.end <= 3
                && crate::subjects::comme_inverted(tk, &g)
                && fr::comme_wish_verbs().contains(g.lemma)
        })
    })
}

/// Whether a pronoun counts the people named before it: `Some(true)` for `le premier`,
/// `Some(false)` for `le second`, `None` for any other.
fn ordinal(pronoun: &str) -> Option<bool> {
    match pronoun {
        "le premier" | "la première" => Some(true),
        "le second" | "la seconde" | "le deuxième" | "la deuxième" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::same_name;

    #[test]
    fn name_variants_denote_the_same_person() {
        for (a, b, same) in [
            ("Vladimir Poutine", "Poutine", true),
            ("Kim Jong-un", "Kim Jong Un", true),
            ("Kim Jong-un", "Kim", true),
            ("Claire Dumontet", "Claire", false),
            ("Claire Dumontet", "Mehdi Larbi", false),
            ("Moscou", "Moscou", true),
        ] {
            assert_eq!(same_name(a, b), same, "{a} / {b}");
        }
    }
}
