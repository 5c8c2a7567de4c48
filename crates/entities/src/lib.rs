//! Named entities in French news: persons (PER), organisations (ORG) and places (LOC), with
//! every mention of the same entity merged into one [`Entity`].
//!
//! The tagger reads the tokens of the segmentation stage and works in three passes:
//!
//! 1. **Candidates** ([`rules`]): capitalised token sequences, acronyms and organisation names
//!    opened by a head noun (`Chambre régionale des comptes`, `ministère de l'Agriculture`),
//!    matched against the place gazetteer of `depeche-places` and the lists in `data/`.
//! 2. **Typing**: a title or honorific before the name (`M.`, `la ministre`, `l'avocat`) or a
//!    known given name makes a person; a gazetteer entry a place; a head noun, an acronym or a
//!    common word inside the name an organisation; an unknown pair of capitalised words a
//!    person. A lone surname takes the type of the full name it shortens.
//! 3. **Merging** ([`merge`]): `Vladimir Poutine` and `Poutine`, `Kim Jong-un` and `Kim Jong Un`,
//!    `Fédération de Russie` and `Russie` (same gazetteer entry), `Chambre régionale des comptes`
//!    and `CRC` (initials), `Commission européenne` and `Commission` (same head) are one entity;
//!    its `name` is the fullest form and ids run `e1`, `e2`, ... in order of first mention.
//!
//! Mentions follow the project's conventions: no titles or determiners; buildings standing for
//! an institution (`l'Élysée`), events, demonyms and roles are not entities; after a lower-case
//! generic head (`préfet de l'Isère`) only the place is a mention.
//!
//! The common-word lexicon in `model/` is learnt from the UD French treebanks by [`train`];
//! see the README for why the shipped typer is rule-based.

pub mod clubs;
pub mod merge;
pub mod ner;
pub mod perceptron;
pub mod pos;
pub mod rules;
pub mod train;
pub mod words;

use depeche_article::{Article, EntityType, Stage};

/// The entity stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct EntityTagger {
    mode: Mode,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
enum Mode {
    #[default]
    Combined,
    Rules,
    Trained,
}

impl EntityTagger {
    /// The rules and the trained model combined ([`combine`]): the pipeline's default
    /// (`depeche --entities combined`), as accurate as the rules on news and better on OCR and
    /// historical text.
    pub fn french() -> Self {
        EntityTagger {
            mode: Mode::Combined,
        }
    }

    /// The rules alone (gazetteer, lists and the learnt lexicon): `--entities rules`, the fast
    /// option, as accurate on modern news, worse on OCR and historical text.
    pub fn rules() -> Self {
        EntityTagger { mode: Mode::Rules }
    }

    /// The trained BIO perceptron ([`ner`]) instead of the rules, for comparison.
    pub fn trained() -> Self {
        EntityTagger {
            mode: Mode::Trained,
        }
    }
}

/// Where a person's name the model found really ends: at the first lower-case word that
/// is no name particle ("Nick De Santis | le directeur", "Rami Abd al-Rahman de |
/// l'Observatoire"), without a particle left dangling. A name is capitalised words joined
/// by particles; the model, trained on noisy text, sometimes runs on into what follows.
fn person_end(words: &[&str], i: usize, j: usize) -> usize {
    const PARTICLES: &[&str] = &[
        "de", "du", "des", "d'", "van", "von", "der", "den", "di", "da", "dos", "das", "del",
        "bin", "ben", "al", "el", "y", "la", "ter", "zu",
    ];
    // a word that does not start with a capital (punctuation included) ends the name
    let lower = |w: &str| !w.chars().next().is_some_and(char::is_uppercase);
    let particle = |w: &str| PARTICLES.contains(&w.replace(['’', 'ʼ'], "'").as_str());
    // "al-Rahman", "ben-Ali": a lower-case particle fused to a capitalised name
    let fused = |w: &str| {
        w.split_once('-')
            .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_uppercase))
    };
    let mut end = (i + 1..j)
        .find(|&k| {
            // the period of an initial ("M.", "J. Smith") stays in the name
            let initial = words[k] == "." && words[k - 1].chars().count() == 1;
            lower(words[k]) && !particle(words[k]) && !fused(words[k]) && !initial
        })
        .unwrap_or(j);
    while end > i + 1 && particle(words[end - 1]) {
        end -= 1;
    }
    // a lone letter is no name
    if end == i + 1 && words[i].chars().count() == 1 {
        return i;
    }
    end
}

/// Mentions from the trained model, sentence by sentence; with `settled` (byte spans the rules
/// decided, sorted by start), only in the sentences where the model has something left to
/// decide ([`undecided`]).
fn model_mentions(a: &Article, settled: Option<&[(usize, usize)]>) -> Vec<rules::RawMention> {
    let model = ner::NerModel::french();
    let lexicon = &rules::Lists::get().lexicon;
    let mut out = Vec::new();
    let mut start = 0;
    while start < a.tokens.len() {
        let s = a.tokens[start].sentence;
        let end = start
            + a.tokens[start..]
                .iter()
                .take_while(|t| t.sentence == s)
                .count();
        let toks = &a.tokens[start..end];
        let words: Vec<&str> = toks.iter().map(|t| &a.text[t.span.bytes()]).collect();
        if settled.is_some_and(|settled| !undecided(toks, &words, settled)) {
            start = end;
            continue;
        }
        for (i, j, kind) in ner::spans(&model.label(&words)) {
            let j = if kind == EntityType::PER {
                person_end(&words, i, j)
            } else {
                j
            };
            // a lower-case word between capitalised ones that is neither a connector nor an
            // adjective (a verb, a common noun) is no part of a name: the model glued two names
            // across it (Montpellier affronte Arsenal); the name ends before it
            let cap = |k: usize| words[k].chars().next().is_some_and(char::is_uppercase);
            let j = (i + 1..j.saturating_sub(1))
                .find(|&k| {
                    cap(k - 1)
                        && cap(k + 1)
                        && words[k].chars().next().is_some_and(char::is_lowercase)
                        && !rules::is_connector_or_adjective(words[k], lexicon)
                })
                .unwrap_or(j);
            // a name starts with a capital: lower-case words the model put before it are
            // context (la rue dans le comté de | Rebkong)
            let i = (i..j)
                .find(|&k| words[k].chars().next().is_some_and(char::is_uppercase))
                .unwrap_or(j);
            if j <= i {
                continue;
            }
            // "la Suède de Zlatan Ibrahimovic", "l'équipe Europcar de Thomas Voeckler": a
            // name, "de" and a person's full name are two names, the person's and what the
            // person plays or works for (a place, else a body); a given name before "de" makes
            // a particle name, one person (Charles de Gaulle), which this leaves alone
            if let Some(d) = (i + 1..j.saturating_sub(2)).find(|&k| {
                matches!(words[k], "de" | "d'" | "d’")
                    && rules::full_name_in_words(&words[..j], k + 1)
            }) {
                if !rules::full_name_in_words(&words[..j], i) {
                    let kind_before = if kind != EntityType::PER {
                        kind
                    } else if rules::trusted_place(&words[i..d].join(" ")) {
                        EntityType::LOC
                    } else {
                        EntityType::ORG
                    };
                    for (x, y, k) in [(i, d, kind_before), (d + 1, j, EntityType::PER)] {
                        let (b, e) = (toks[x].span.byte_start, toks[y - 1].span.byte_end);
                        out.push(rules::RawMention {
                            start: b,
                            end: e,
                            text: a.text[b..e].to_string(),
                            kind: k,
                            sure: false,
                        });
                    }
                    continue;
                }
            }
            let (b, e) = (toks[i].span.byte_start, toks[j - 1].span.byte_end);
            out.push(rules::RawMention {
                start: b,
                end: e,
                text: a.text[b..e].to_string(),
                kind,
                sure: false,
            });
        }
        start = end;
    }
    out
}

/// Whether a sentence has a capitalised word that the rules did not settle, i.e. one outside
/// every mention they are sure of and every span they declared no entity, other than a
/// sentence-initial common word (`Selon`, `Les`) and a title (`M.`, `Mme`: evidence for the
/// name after it, which the rules then settle). The model's mentions only change the output
/// over such words (a sure mention is kept as it is, a veto drops what overlaps it), except a
/// mention of lower-case words alone, which on news text is almost always wrong; so the model
/// is not run on the other sentences, most of a news article (figures in the README).
fn undecided(toks: &[depeche_article::Token], words: &[&str], settled: &[(usize, usize)]) -> bool {
    let lists = rules::Lists::get();
    let mut initial = true;
    for (t, w) in toks.iter().zip(words) {
        let Some(c) = w.chars().next() else { continue };
        let first = initial;
        initial = initial && !c.is_alphanumeric();
        if !c.is_uppercase() {
            continue;
        }
        let lower = words::lowercase(w);
        if (first && lists.lexicon.contains_key(lower.as_ref()))
            || lists.person_titles.contains(lower.as_ref())
            // the segmenter cuts `M.` into `M` and `.`
            || lists.person_titles.contains(&format!("{lower}."))
        {
            continue;
        }
        // the last settled span starting at or before the word
        let k = settled.partition_point(|&(b, _)| b <= t.span.byte_start);
        let inside = k > 0 && settled[k - 1].1 >= t.span.byte_end;
        if !inside {
            return true;
        }
    }
    false
}

/// Whether the word before byte `start` is a definite article, or one joined to "à" or "de"
/// (`le`, `la`, `l'`, `du`, `au`, `des`, `aux`, `les`).
fn after_article(text: &str, start: usize) -> bool {
    let before = &text[..start];
    if before.ends_with("l'") || before.ends_with("l’") || before.ends_with("L'") {
        return true;
    }
    let word = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    before.len() > before.trim_end().len()
        && matches!(
            word.to_lowercase().as_str(),
            "le" | "la" | "du" | "au" | "des" | "aux" | "les"
        )
}

/// Rules first where they are sure, the trained model for the rest:
///
/// - a mention the rules typed from evidence (title, gazetteer, known organisation, head noun,
///   acronym, given name) is kept as the rules found it;
/// - a mention the rules only guessed (an unknown capitalised word or sequence) takes the
///   model's mentions over the same words when the model finds any (over a multi-word name,
///   only when they reach beyond it), and is otherwise kept, except a lone common word (`Musique`,
///   `Piano`: a capital that is typography or OCR, not a name);
/// - the model's other mentions are added, except where a rule said explicitly that there is
///   no entity (lists of non-entities, titles, portfolios, demonyms, URLs, sentence-initial
///   common words).
///
/// On clean modern news the rules are sure of almost everything, so this is the rules'
/// output; on noisy text (OCR, old typography) the model decides what the rules could only
/// guess (figures in the README).
fn combine(a: &Article) -> Vec<rules::RawMention> {
    let (rules, vetoes) = rules::find_mentions_and_vetoes(a);
    let overlaps = |x: &rules::RawMention, b: usize, e: usize| b < x.end && x.start < e;
    let mut settled: Vec<(usize, usize)> = rules
        .iter()
        .filter(|r| r.sure)
        .map(|r| (r.start, r.end))
        .chain(vetoes.iter().copied())
        .collect();
    settled.sort_unstable();
    // overlapping spans merged, so that the one span starting before a word is the only one
    // that can hold it
    settled.dedup_by(|next, prev| {
        let joined = next.0 <= prev.1;
        if joined {
            prev.1 = prev.1.max(next.1);
        }
        joined
    });
    let model: Vec<rules::RawMention> = model_mentions(a, Some(&settled))
        .into_iter()
        .filter(|x| !vetoes.iter().any(|&(b, e)| overlaps(x, b, e)))
        .collect();
    let lexicon = &rules::Lists::get().lexicon;
    let mut out: Vec<rules::RawMention> = Vec::with_capacity(rules.len());
    for r in &rules {
        // (a model mention that runs over a guess and a mention the rules are sure of standing
        // side by side glues two names together, Jababeka | David Quentin: it cannot replace
        // the guess; a name and a place joined by "de" are one name, François d'Assise)
        let over: Vec<&rules::RawMention> = model
            .iter()
            .filter(|x| overlaps(x, r.start, r.end))
            .filter(|x| {
                !rules.iter().any(|o| {
                    o.sure
                        && !std::ptr::eq(o, r)
                        && overlaps(x, o.start, o.end)
                        && side_by_side(&a.text, r, o)
                })
            })
            .collect();
        // over a capitalised sequence the rules saw whole, the model only moves the boundaries
        // (its type for two unknown capitalised words is no better than the rules' guess, and a
        // mention inside it splits the name: Sud | Industrie)
        let inside =
            r.text.contains(' ') && over.iter().all(|x| x.start >= r.start && x.end <= r.end);
        // (a person is named without an article: the model's person over the very words of a
        // guess after "le", "la", "du" is a body, "selon le Matif", as the rules guessed)
        let person_after_article = over.len() == 1
            && over[0].kind == EntityType::PER
            && (over[0].start, over[0].end) == (r.start, r.end)
            && r.kind != EntityType::PER
            && after_article(&a.text, r.start);
        if r.sure || (inside && !over.is_empty()) || person_after_article {
            out.push(r.clone());
        } else if !over.is_empty() {
            out.extend(over.into_iter().cloned());
        } else if r.text.contains(' ') || !lexicon.contains_key(r.text.to_lowercase().as_str()) {
            out.push(r.clone());
        }
    }
    for x in model {
        if !rules.iter().any(|r| overlaps(&x, r.start, r.end))
            && !out.iter().any(|r| overlaps(&x, r.start, r.end))
        {
            out.push(x);
        }
    }
    // a mention the rules were sure of inside a longer name the model found over a guess
    // beside it is a piece of that name: one span of text is one mention, the longest. So is
    // the name cut short that opens it (Société des amis du musée | de X), and a place or an
    // organisation's head inside an organisation's or a place's name (Grands Moulins de |
    // Corbeil); a place after a person's name is left (Hébrard de | Villeneuve: a person and
    // his town as often as one name)
    let spans: Vec<(usize, usize, EntityType)> =
        out.iter().map(|x| (x.start, x.end, x.kind)).collect();
    out.retain(|x| {
        !spans.iter().any(|&(b, e, k)| {
            b <= x.start
                && x.end <= e
                && e - b > x.end - x.start
                && (b == x.start || k != EntityType::PER)
        })
    });
    // (one span is one mention, whichever passes found it: a model mention over two guesses,
    // Loyola | Palacio, was taken for each)
    let mut seen = std::collections::HashSet::new();
    out.retain(|x| seen.insert((x.start, x.end)));
    join_given_name(&a.text, &mut out);
    keep_capital_particle(&a.text, &mut out);
    // (a run only guessed a person that holds an English word of titles is a song's, an
    // album's or a film's title: Get Lucky, Human After All)
    let english = &rules::Lists::get().english_title_words;
    out.retain(|m| {
        m.sure
            || m.kind != EntityType::PER
            || !m.text.contains(' ')
            || !m
                .text
                .split(' ')
                .any(|w| english.contains(w.to_lowercase().as_str()))
    });
    out
}

/// A surname found without the capitalised particle right before it (`De Luca conclut` at a
/// sentence's start, where `De` reads as the preposition) takes the particle back when the
/// article writes that person's name with it elsewhere (`Paolo De Luca`): the particle is
/// part of the surname, as in the full name.
fn keep_capital_particle(text: &str, out: &mut [rules::RawMention]) {
    const CAPITAL_PARTICLES: &[&str] = &["De", "Di", "Da", "Del", "Della", "Van", "Von"];
    let persons: Vec<String> = out
        .iter()
        .filter(|m| m.kind == EntityType::PER)
        .map(|m| m.text.clone())
        .collect();
    // (the lone surname may have been guessed a place or a body: its type follows the person)
    for m in out.iter_mut() {
        let before = &text[..m.start];
        let Some(particle) = before.strip_suffix(' ').and_then(|b| {
            CAPITAL_PARTICLES.iter().find(|p| {
                b.ends_with(*p) && !b[..b.len() - p.len()].ends_with(char::is_alphanumeric)
            })
        }) else {
            continue;
        };
        let with = format!("{particle} {}", m.text);
        let written = persons
            .iter()
            .any(|p| *p == with || p.ends_with(&format!(" {with}")));
        if written {
            m.start -= particle.len() + 1;
            m.text = with;
            m.kind = EntityType::PER;
        }
    }
}

/// A lone word typed a person right before a person's name, one space between, is the first
/// word of that name when either opens with a given name (`Asif` | `Ali Zardari`: a middle
/// name the lists know as a given name started a second person).
fn join_given_name(text: &str, out: &mut Vec<rules::RawMention>) {
    out.sort_by_key(|m| (m.start, m.end));
    let mut k = 0;
    while k + 1 < out.len() {
        let (x, y) = (&out[k], &out[k + 1]);
        if x.kind == EntityType::PER
            && y.kind == EntityType::PER
            && !x.text.contains(' ')
            && (rules::is_given_name(&x.text)
                || rules::is_given_name(y.text.split(' ').next().unwrap_or_default()))
            && y.start == x.end + 1
            && &text[x.end..y.start] == " "
        {
            let end = y.end;
            out[k].end = end;
            out[k].text = text[out[k].start..end].to_string();
            out[k].sure = out[k].sure || out[k + 1].sure;
            out.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// Whether two mentions stand side by side with only spaces between them (`Jababeka David
/// Quentin`), not joined by a particle (`François d'Assise`).
fn side_by_side(text: &str, x: &rules::RawMention, y: &rules::RawMention) -> bool {
    let (a, b) = if x.end <= y.start { (x, y) } else { (y, x) };
    a.end <= b.start && text[a.end..b.start].trim().is_empty()
}

/// Names listed together are of one kind (`Milan, Giverny, Barcelone et Fort Worth`; `des
/// œuvres de Bonnard, Corot, Degas et Manet`): in a list of at least three mentions joined by
/// commas, `et` or `ou`, where one type holds at least three quarters of them, the others
/// take that type; so does a single guess among names all typed by evidence (`du MNLA, du
/// Mujao et d'Al-Qaïda`). A town that is also a painter's surname, or an unknown town read as
/// a person, is typed by its neighbours.
fn unify_lists(text: &str, mentions: &mut [rules::RawMention]) {
    mentions.sort_by_key(|m| (m.start, m.end));
    // (the list may repeat its determiner or preposition: du MNLA, du Mujao et d'Al-Qaïda;
    // à Lyon, à Nantes et à Lille; data/list_repeats.txt)
    let repeats = &rules::Lists::get().list_repeats;
    let joined = |gap: &str| {
        let g = gap.trim();
        let rest = g.strip_prefix(',').unwrap_or(g).trim_start();
        let rest = ["et ", "ou "]
            .iter()
            .find_map(|c| rest.strip_prefix(c))
            .unwrap_or(rest)
            .trim();
        let rest = rest.replace('’', "'");
        matches!(g, "," | "et" | "ou" | ", et" | ", ou")
            || coordinator(g)
            || (g.len() > rest.len() && repeats.contains(rest.as_str()))
    };
    let mut from = 0;
    while from < mentions.len() {
        let mut to = from + 1;
        while to < mentions.len()
            && mentions[to].start >= mentions[to - 1].end
            && joined(&text[mentions[to - 1].end..mentions[to].start])
        {
            to += 1;
        }
        let n = to - from;
        if n == 2 {
            persons_listed(text, &mut mentions[from..to]);
        } else if n >= 3 {
            for kind in [EntityType::PER, EntityType::LOC, EntityType::ORG] {
                let k = mentions[from..to].iter().filter(|m| m.kind == kind).count();
                // (or all but one, when those are typed by evidence and the one is a guess:
                // du MNLA, du Mujao et d'Al-Qaïda)
                let all_but_a_guess = k >= 2
                    && k + 1 == n
                    && mentions[from..to]
                        .iter()
                        .all(|m| (m.kind == kind) == m.sure);
                if (k >= 3 && 4 * k >= 3 * n) || all_but_a_guess {
                    for m in &mut mentions[from..to] {
                        m.kind = kind;
                    }
                }
            }
            persons_listed(text, &mut mentions[from..to]);
        }
        if n >= 2 {
            places_listed(text, &mut mentions[from..to]);
        }
        from = to;
    }
}

/// A coordinator of more than one word that enumerates like `et` between two listed names
/// (`Roch X ou encore Fayo`); `ainsi que` and `mais aussi` join kinds as often (`X ainsi que
/// PriceMinister`).
/// (`gap` is the trimmed text between the names; a comma before the coordinator is allowed)
fn coordinator(gap: &str) -> bool {
    matches!(
        gap.strip_prefix(',').unwrap_or(gap).trim_start(),
        "ou encore" | "et encore" | "ou bien"
    )
}

/// Persons are listed with persons (`Béatrice et Lindqvist`, `devant Kessler et Lindqvist`,
/// `Kessler, Ambrosetti et Lindqvist`): in a list of two or more mentions where at least half
/// are persons and every other one is a lone unknown word only guessed a place or an
/// organisation (no gazetteer, list or head noun said so), the guesses are persons too. A lone
/// surname is the commonest unknown capitalised word, and a list mixes kinds seldom. The list
/// must coordinate (`et`, `ou`): two names joined by a comma alone are as often a body and the
/// person apposed to it (`le président de l'Umih, Franck Delval`).
fn persons_listed(text: &str, list: &mut [rules::RawMention]) {
    let n = list.len();
    let coordinated = list.windows(2).any(|w| {
        let gap = text[w[0].end..w[1].start].trim();
        gap.split_whitespace().any(|g| matches!(g, "et" | "ou")) || coordinator(gap)
    });
    if !coordinated && n < 3 {
        return;
    }
    let persons = list.iter().filter(|m| m.kind == EntityType::PER).count();
    let guess = |m: &rules::RawMention| {
        !m.sure
            && !m.text.contains(char::is_whitespace)
            && m.text.chars().skip(1).any(char::is_lowercase)
    };
    if persons == 0
        || persons == n
        || 2 * persons < n
        || !list.iter().all(|m| m.kind == EntityType::PER || guess(m))
    {
        return;
    }
    for m in list {
        m.kind = EntityType::PER;
    }
}

/// Places are listed with places (`Kout, Mahmoudiya et Bassora`, `Genève, Vaud, Zurich et
/// Bâle-Ville`): in a coordinated list where a place is typed by evidence (the gazetteer) and
/// nothing is typed otherwise by evidence, a guess that opens with no given name is a place
/// too. An unknown foreign town is read as a person or an organisation as often as not; its
/// neighbours in the list say what it is.
fn places_listed(text: &str, list: &mut [rules::RawMention]) {
    let coordinated = list.windows(2).any(|w| {
        let gap = text[w[0].end..w[1].start].trim();
        gap.split_whitespace().any(|g| matches!(g, "et" | "ou"))
    });
    let sure_places = list
        .iter()
        .filter(|m| m.sure && m.kind == EntityType::LOC)
        .count();
    let sure_other = list.iter().any(|m| m.sure && m.kind != EntityType::LOC);
    // (a guess after a determiner is a common noun's name or a body's, not a town's: Belfort
    // et le Samu)
    let bare = |m: &rules::RawMention| {
        // (the last few words before it are enough: no copy of the whole text before)
        let prefix = text[..m.start].trim_end();
        let from = prefix.char_indices().rev().nth(15).map_or(0, |(i, _)| i);
        let before = format!(" {}", prefix[from..].to_lowercase().replace('’', "'"));
        let last = before
            .rsplit(|c: char| c.is_whitespace() || c == '\'')
            .find(|w| !w.is_empty())
            .unwrap_or_default();
        !before.ends_with(" l'")
            && !matches!(last, "le" | "la" | "les" | "du" | "des" | "un" | "une")
            && !rules::is_given_name(m.text.split([' ', '-']).next().unwrap_or_default())
            // (nor a name of several words opening on a town's, a person's as often: Paris
            // Hilton et Lyon)
            && m.text
                .split_once(' ')
                .is_none_or(|(first, _)| !rules::trusted_place(first))
    };
    let guesses = list.iter().filter(|m| !m.sure && m.kind != EntityType::LOC);
    // (the places typed by evidence are at least as many as the guesses: a list of names of
    // persons with one namesake town, Stein, Chopin, is not turned into places; a guess the
    // gazetteer holds as a smaller town counts for neither side: Gao, Tombouctou et Kidal)
    let gazetteer = depeche_places::Gazetteer::french();
    let unknown = guesses
        .clone()
        .filter(|m| !gazetteer.contains(&m.text))
        .count();
    if !coordinated || sure_places == 0 || sure_other || unknown > sure_places {
        return;
    }
    if !guesses.clone().all(bare) {
        return;
    }
    for m in list
        .iter_mut()
        .filter(|m| !m.sure && m.kind != EntityType::LOC)
    {
        m.kind = EntityType::LOC;
    }
}

impl Stage for EntityTagger {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn annotate(&self, a: &mut Article) {
        let mut mentions = match self.mode {
            Mode::Trained => model_mentions(a, None),
            Mode::Rules => rules::find_mentions(a),
            Mode::Combined => combine(a),
        };
        if self.mode != Mode::Trained {
            unify_lists(&a.text, &mut mentions);
            clubs::towns_as_clubs(&a.text, &mut mentions);
        }
        a.entities = merge::merge(a, mentions);
    }
}

#[cfg(test)]
mod tests;
