#!/usr/bin/env python3
"""Build the lexicon of known names that ships in depeche-entities (crates/entities/data/names.tsv).

Each line: name, type (PER/ORG), subtype (media, company, party, institution, person), source.
The entity rules take a name found here as evidence of its type (a known bank is an ORG
whatever its context); a name not found here is typed from its context as before.

Sources (freely licensed; nothing is fetched by this script; each is read from a git checkout
or mirror of its repository at the commit pinned below, so the output is reproducible):
- mdiplo/Medias_francais (Le Monde diplomatique, "Médias français : qui possède quoi ?"),
  Open Data Commons Attribution License (ODC-By 1.0): medias.tsv (media), organisations.tsv
  (companies and groups owning media), personnes.tsv (persons). Read from a git checkout or
  mirror of that repository at the commit below.
- regardscitoyens/NosDeputes2-data (Regards Citoyens, NosDéputés.fr API dumps), Open Database
  License (ODbL 1.0): the members of the French Assemblée nationale of the 13th to 16th
  legislatures (2007-2024), persons.
- hdigital/partyfactsdata (Party Facts), MIT: political parties of every country, their native
  names (and for France their short names).
- openfootball/clubs, CC0: football clubs of every country and their longer aliases.
- CaptainFact/captain-fact-dev-data (a Wikidata extract), CC0: politicians born after 1945 with
  their name in their own language (the names of two or three words in Latin letters).
- unitedstates/congress-legislators, CC0: presidents, vice-presidents and the current members of
  the United States Congress.
- crates/entities/data/src/names_hand.tsv: the project's own list of widely known names, and
  crates/entities/data/src/companies_hand.tsv, its list of companies (source "companies").

Names that are also common French words (`Elle`, `Capital`, `Challenges`, in the UD lexicon of
model/lexicon.txt), families, estates and states are left out: a capital letter on them says
nothing.

From the long lists of general knowledge, a name is kept only when it is no place of the
gazetteer (`Marseille` and `São Paulo` are clubs and cities: the capital letters settle nothing)
and, of one word, no common word and no given name.

Reproduce (each PATH a checkout or bare mirror of the repository named):
    python3 scripts/build_names.py --mdiplo PATH --nosdeputes PATH --partyfacts PATH \
        --openfootball PATH --captainfact PATH --uscongress PATH
The output is deterministic (sorted, no timestamps).
"""
import argparse
import csv
import io
import json
import re
import os
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "crates", "entities", "data")
OUT = os.path.join(DATA, "names.tsv")
MDIPLO_COMMIT = "231814eab6aa48b355a87b73258c357bf3bbd457"
NOSDEPUTES_COMMIT = "f35ddfed75ebe2ff13f86347bd7522346a996ced"
PARTYFACTS_COMMIT = "764de8978f84ba41a1c88752d6a00b9a4d05f599"
OPENFOOTBALL_COMMIT = "ae3800227c449447b3a337fc0aac79a8f02f4c8b"
CAPTAINFACT_COMMIT = "30ea5b82"
USCONGRESS_COMMIT = "dfa9622263dd4c8d08636926e498f1845704d7eb"


# mdiplo names that are also common words, given names or surnames of persons the news names
# on their own (`Marianne`, `Bolloré` the family as well as the group), or the opening of a
# title (`La Première`, the Belgian radio, and `la Première ministre`): a capital letter on
# them is no evidence of a medium or a company.
EXCLUDE = {"Artémis", "Bayard", "Bolloré", "Bouygues", "Challenges", "Investir", "Management",
           "Marianne", "Néon", "Nostalgie", "Pèlerin", "Prier", "L'histoire", "L'indicateur",
           "La Première"}


def git(repo, *args):
    """Output of a git command in a checkout or a bare mirror; exits naming the repository."""
    base = ["git", "--git-dir", repo] if not os.path.isdir(os.path.join(repo, ".git")) \
        else ["git", "-C", repo]
    try:
        return subprocess.run(base + list(args), check=True, capture_output=True).stdout
    except subprocess.CalledProcessError as e:
        sys.exit(f"build_names: git {' '.join(args)} failed in {repo}: "
                 f"{e.stderr.decode(errors='replace').strip()}")


def git_file(repo, path, commit=MDIPLO_COMMIT):
    """A file of a repository at a pinned commit (work tree or bare mirror)."""
    return git(repo, "show", f"{commit}:{path}").decode("utf-8-sig")


def git_paths(repo, commit, suffix):
    """The paths of a repository at a pinned commit that end with `suffix`, sorted."""
    names = git(repo, "ls-tree", "-r", "--name-only", commit).decode("utf-8").splitlines()
    return sorted(n for n in names if n.endswith(suffix))


def places():
    """The names of the gazetteer's places (crates/places/data/places.tsv)."""
    with open(os.path.join(ROOT, "crates", "places", "data", "places.tsv"), encoding="utf-8") as f:
        out = set()
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            out.update(c for c in (cols[1], cols[-1]) if c)
        return out


def given_names():
    """The given names of the language data (crates/lang/data/fr/first_names*.tsv)."""
    out = set()
    d = os.path.join(ROOT, "crates", "lang", "data", "fr")
    for name in sorted(os.listdir(d)):
        if name.startswith("first_names") and name.endswith(".tsv"):
            with open(os.path.join(d, name), encoding="utf-8") as f:
                out.update(l.split("\t")[0] for l in f if l.strip() and not l.startswith("#"))
    return out


# the sources of general knowledge (long lists nobody read name by name), as opposed to the
# media lists of mdiplo and the project's own hand list
KNOWLEDGE = {"nosdeputes", "partyfacts", "openfootball", "wikidata", "uscongress"}
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț' .-]+$")


def rows(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return [l.split("\t") for l in lines[1:]]  # first line: header


def hand_rows(name, types):
    """The rows of one of the project's hand lists (data/src/NAME: name, type, subtype)."""
    out = []
    with open(os.path.join(DATA, "src", name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 3 or cols[1] not in types:
                sys.exit(f"build_names: {name} line {n}: want name<TAB>{'|'.join(types)}<TAB>subtype")
            out.append(cols)
    return out


def common_words():
    with open(os.path.join(ROOT, "crates", "entities", "model", "lexicon.txt"),
              encoding="utf-8") as f:
        return {l.split("\t")[0] for l in f if "\t" in l and not l.startswith("#")}


def clean(name):
    name = unicodedata.normalize("NFC", name.strip()).replace("’", "'")
    return " ".join(name.split())


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mdiplo", required=True, help="git checkout or mirror of mdiplo/Medias_francais")
    ap.add_argument("--nosdeputes", required=True, help="... of regardscitoyens/NosDeputes2-data")
    ap.add_argument("--partyfacts", required=True, help="... of hdigital/partyfactsdata")
    ap.add_argument("--openfootball", required=True, help="... of openfootball/clubs")
    ap.add_argument("--captainfact", required=True, help="... of CaptainFact/captain-fact-dev-data")
    ap.add_argument("--uscongress", required=True, help="... of unitedstates/congress-legislators")
    a = ap.parse_args()
    common = common_words()
    # one-word names that say nothing by themselves: places and given names
    ambiguous = places() | given_names()
    out = {}

    def add(name, kind, subtype, source):
        name = clean(name)
        if not name or any(c in name for c in "/()") or name.startswith(("Famille ", "Ayant droit")):
            return
        if name in EXCLUDE or (" " not in name and name.lower() in common):
            return
        if source in KNOWLEDGE and (name in ambiguous or (" " not in name and len(name) < 3)):
            return
        if source in KNOWLEDGE and not (name[0].isupper() or name[0].isdigit()):
            return
        out.setdefault((name, kind), (subtype, source))

    for r in rows(git_file(a.mdiplo, "medias.tsv")):
        add(r[0], "ORG", "media", "mdiplo")
    for r in rows(git_file(a.mdiplo, "organisations.tsv")):
        if r[0].startswith(("République", "Province")):
            continue  # states, not companies
        add(r[0], "ORG", "company", "mdiplo")
    for r in rows(git_file(a.mdiplo, "personnes.tsv")):
        add(r[0], "PER", "person", "mdiplo")
    for cols in hand_rows("names_hand.tsv", ("PER", "ORG", "LOC")):
        add(cols[0], cols[1], cols[2], "project")
    # the project's list of companies added after the model was trained: the rules read it,
    # the model's feature does not (crates/entities/build.rs)
    for cols in hand_rows("companies_hand.tsv", ("ORG",)):
        add(cols[0], cols[1], cols[2], "companies")
    # members of the Assemblée nationale, 2007-2024
    for leg in (13, 14, 15, 16):
        path = f"tricoteuses_to_nosdeputes_script/other/nosdeputes_deputes{leg}.json"
        for d in json.loads(git_file(a.nosdeputes, path, NOSDEPUTES_COMMIT))["deputes"]:
            add(d["depute"]["nom"], "PER", "politician", "nosdeputes")
    # political parties: native names (two words or more, or one word no lexicon knows); for
    # France the short names too (PS, UMP, EELV), which French news writes every day
    text = git_file(a.partyfacts, "import/elecglob/partyfacts-core-parties.csv", PARTYFACTS_COMMIT)
    for r in csv.DictReader(io.StringIO(text)):
        if r["year_last"] and int(r["year_last"]) < 1990:
            continue
        # (technical rows, `independent`, and groupings that are no party, `Islamists [no-party]`)
        if r["technical"] or "[no-party]" in r["name_english"]:
            continue
        # (a one-word name that is its own English label is a common word: Growth, Military)
        if " " not in r["name"] and r["name"].lower() == r["name_english"].lower():
            continue
        if LATIN.match(r["name"] or ""):
            add(r["name"], "ORG", "party", "partyfacts")
        if r["country"] == "FRA" and r["name_short"] and r["name_short"].isupper():
            add(r["name_short"], "ORG", "party", "partyfacts")
    # football clubs: the name a club line opens with and its aliases, of two words or more
    for path in git_paths(a.openfootball, OPENFOOTBALL_COMMIT, ".clubs.txt"):
        for line in git_file(a.openfootball, path, OPENFOOTBALL_COMMIT).splitlines():
            line = line.split("#", 1)[0].rstrip()
            if not line.strip() or line.lstrip().startswith("="):
                continue
            if line[0].isspace():
                names = [n.strip() for n in line.strip().lstrip("|").split("|")]
                names = [n for n in names if " " in n]
            else:
                names = [line.split(",", 1)[0].strip()]
            # (one-word club names are surnames and towns as often: Brown, Ascoli, Orense;
            # a hyphenated one is a club's own: Al-Ahli, Al-Hilal)
            names = [n for n in names if " " in n or "-" in n.strip("-")]
            for n in names:
                if LATIN.match(n) and not n.endswith("."):
                    add(n, "ORG", "club", "openfootball")
    # politicians born after 1945 (Wikidata): names of two or three words in Latin letters
    path = "Wikidata/data/politicians_born_after_1945_having_a_picture.csv"
    text = git_file(a.captainfact, path, CAPTAINFACT_COMMIT)
    for r in csv.DictReader(io.StringIO(text)):
        n = (r.get("name_in_native_language") or "").strip()
        # (the file's few mis-decoded letters, `Jĝrgen` for `Jørgen`, are no one's name)
        if 2 <= len(n.split()) <= 3 and LATIN.match(n) and not n.isupper() and "ĝ" not in n:
            add(n, "PER", "politician", "wikidata")
    # presidents and vice-presidents of the United States, members of the current Congress
    import yaml  # PyYAML, only for this source
    for path in ("executive.yaml", "legislators-current.yaml"):
        for p in yaml.safe_load(git_file(a.uscongress, path, USCONGRESS_COMMIT)):
            name = p["name"]
            add(f"{name.get('nickname') or name['first']} {name['last']}", "PER", "politician",
                "uscongress")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by scripts/build_names.py; do not edit by hand. Sources and licences:\n"
                "# crates/entities/data/SOURCES.md. Columns: name, type, subtype, source.\n")
        for (name, kind), (subtype, source) in sorted(out.items()):
            f.write(f"{name}\t{kind}\t{subtype}\t{source}\n")
    print(f"{OUT}: {len(out)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
