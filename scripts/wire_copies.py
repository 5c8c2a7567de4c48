#!/usr/bin/env python3
"""Near-copies of the Wikinews articles, the way outlets reprint a dispatch, and the score of
the store's clusters and statements on them (issue 16).

    depeche analyze --format jsonl ../shared/data/wikinews-fr/txt/*.txt > /tmp/wikinews.jsonl
    scripts/wire_copies.py generate --seed 1 --records /tmp/wikinews.jsonl --out /tmp/wc1
    scripts/wire_copies.py score /tmp/wc1 /tmp/wc1/all.db /tmp/wc1/originals.db

`scripts/eval-wire-copies.sh SEED` runs both with `depeche ingest` in between.

Each of the 100 articles of ../shared/data/wikinews-fr/txt is an original; it gets 0 to 4
copies (seeded), each made of some of these edits: a new headline, the lead rewritten, body
paragraphs dropped (at most 40 %), two paragraphs swapped, a sentence edited (words cut),
agency boilerplate added at the start or the end, the quotation marks and apostrophes of
another typography, a quotation cut short with "(...)". No sentence holding a quotation (as
`depeche analyze` finds them in the original, given by --records) or quotation marks is
reworded (only its typography changes, or a quotation is cut), so the copies carry no
quotation the originals do not: the number of distinct quotations is the number of statements the
originals alone make, and the full collection must make the same number.

The other originals are the unrelated articles; pairs of originals whose titles share two
words of four letters or more (besides a few stop words) are real articles on one subject
written apart ("Vendée Globe : ...", "Élection présidentielle américaine de 2012 : ..."), the
hard negatives, and the score says how many of them were put in one cluster.

Pairs: two articles are a true pair when one is a copy of the other or both copy one
original. Precision and recall are over all pairs of the collection.
"""

import argparse
import itertools
import json
import pathlib
import random
import re
import sqlite3
import sys

HERE = pathlib.Path(__file__).resolve().parent
TXT = HERE.parent.parent / "shared" / "data" / "wikinews-fr" / "txt"
MANIFEST = TXT.parent / "manifest.json"

HEADLINE_PREFIXES = ["EN DIRECT - ", "VIDÉO. ", "Exclusif : ", "INFO AFP - ", "Actualité : "]
LEAD_OPENERS = ["Selon une dépêche publiée ce jour, ", "D'après nos informations, ",
                "C'est une information confirmée : ", "On l'a appris ce matin : "]
BOILER_START = ["PARIS, {d} (AFP) - ", "(Belga) ", "Par la rédaction, avec agences. ", "{d} - "]
BOILER_END = ["(avec AFP)", "© 2012 Agence France-Presse. Tous droits réservés.",
              "Lire aussi : toutes nos informations sur ce sujet.",
              "Cet article a été mis à jour à 18 h 30.", "Avec Reuters et AP."]
STOP = {"pour", "dans", "avec", "après", "avant", "sont", "être", "cette", "leur", "plus", "vers",
        "contre", "entre", "sous", "sans", "depuis", "selon", "nouveau", "nouvelle", "premier",
        "première", "2012"}


def originals():
    meta = {m["name"]: m for m in json.loads(MANIFEST.read_text())}
    for p in sorted(TXT.glob("*.txt")):
        yield p.stem, p.read_text(), meta.get(p.stem, {}).get("published")


# the quotations of each original as `depeche analyze` finds them (--records): a copy never
# rewords them, so that the copies carry no quotation the originals do not
QUOTED = []


def has_quote(s):
    if any(c in s for c in "«»“”\""):
        return True
    words = s.split()
    runs = {" ".join(words[k:k + 5]) for k in range(max(0, len(words) - 4))}
    return any(r in q for q in QUOTED for r in runs) or any(q in s for q in QUOTED)


def sentences(par):
    return re.split(r"(?<=[.!?])\s+(?=[A-ZÉÀÈÇ«])", par)


def new_headline(rng, title, lead):
    r = rng.random()
    if " : " in title and r < 0.4:
        a, b = title.split(" : ", 1)
        return b[0].upper() + b[1:] + " (" + a + ")"
    if r < 0.7:
        words = lead.split()[: rng.randint(6, 10)]
        return " ".join(words).rstrip(",;:") + "…"
    return rng.choice(HEADLINE_PREFIXES) + title


def rewrite_lead(rng, lead):
    ss = sentences(lead)
    first = ss[0]
    if has_quote(first):
        return lead
    words = first.split()
    # a clause shortened and a new opener: what a desk does to an agency lead
    if len(words) > 12:
        cut = rng.randint(len(words) * 2 // 3, len(words) - 1)
        words = words[:cut]
    text = " ".join(words).rstrip(",;:")
    if not text.endswith((".", "!", "?")):
        text += "."
    return rng.choice(LEAD_OPENERS) + text[0].lower() + text[1:] + (" " + " ".join(ss[1:]) if len(ss) > 1 else "")


def edit_sentence(rng, pars):
    cands = [(i, j) for i, p in enumerate(pars) for j, s in enumerate(sentences(p))
             if not has_quote(s) and len(s.split()) > 10]
    if not cands:
        return pars
    i, j = rng.choice(cands)
    ss = sentences(pars[i])
    w = ss[j].split()
    k = rng.randint(2, len(w) - 4)
    del w[k:k + rng.randint(1, 3)]
    ss[j] = " ".join(w)
    pars = list(pars)
    pars[i] = " ".join(ss)
    return pars


def other_typography(text):
    text = re.sub(r"«\s*", "“", text)
    text = re.sub(r"\s*»", "”", text)
    return text.replace("’", "'")


def cut_quotation(rng, text):
    spans = [m for m in re.finditer(r"«\s*([^«»]+?)\s*»", text) if len(m.group(1).split()) >= 10]
    if not spans:
        return text
    m = rng.choice(spans)
    words = m.group(1).split()
    keep = " ".join(words[: max(6, len(words) * 3 // 5)]).rstrip(",;:")
    return text[: m.start()] + "« " + keep + " (...) »" + text[m.end():]


def copy_of(rng, text, published, quoted):
    QUOTED[:] = [" ".join(q.split()) for q in quoted]
    pars = [p for p in text.split("\n\n") if p.strip()]
    title, lead, body = pars[0], pars[1] if len(pars) > 1 else "", pars[2:]
    edits = []
    if rng.random() < 0.8:
        title = new_headline(rng, title, lead)
        edits.append("headline")
    if rng.random() < 0.5 and lead:
        lead = rewrite_lead(rng, lead)
        edits.append("lead")
    if body and rng.random() < 0.6:
        n = rng.randint(1, max(1, len(body) * 2 // 5))
        drop = set(rng.sample(range(len(body)), min(n, len(body) - 1) if len(body) > 1 else 0))
        body = [p for k, p in enumerate(body) if k not in drop]
        if drop:
            edits.append(f"dropped {len(drop)}")
    if len(body) > 2 and rng.random() < 0.3:
        k = rng.randrange(len(body) - 1)
        body[k], body[k + 1] = body[k + 1], body[k]
        edits.append("swapped")
    if rng.random() < 0.5:
        body = edit_sentence(rng, body)
        edits.append("sentence")
    day = (published or "2012")
    if rng.random() < 0.4:
        lead = rng.choice(BOILER_START).format(d=day) + lead
        edits.append("boilerplate start")
    if rng.random() < 0.5:
        body = body + [rng.choice(BOILER_END)]
        edits.append("boilerplate end")
    out = "\n\n".join([title, lead] + body)
    if out.split() == text.split():
        # an unedited copy is the same text, which the store takes as the same article
        body = body + [rng.choice(BOILER_END)]
        edits.append("boilerplate end")
        out = "\n\n".join([title, lead] + body)
    if rng.random() < 0.4:
        out = other_typography(out)
        edits.append("typography")
    if rng.random() < 0.3:
        out2 = cut_quotation(rng, out)
        if out2 != out:
            edits.append("quotation cut")
        out = out2
    return out, edits


def later(published, rng):
    if not published:
        return None
    y, m, d = published.split("-")
    d2 = min(28, int(d) + rng.randint(0, 2))
    return f"{y}-{m}-{d2:02d}"


def generate(seed, out, records):
    quoted = {}
    for line in open(records, encoding="utf-8"):
        r = json.loads(line)
        name = pathlib.Path(r.get("source", "")).stem
        quoted[name] = [q.get("text", "") for q in r.get("quotes", []) if q.get("text")]
    rng = random.Random(seed)
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    origs, copies, truth = [], [], {"seed": seed, "clusters": {}, "edits": {}}
    for name, text, published in originals():
        url = f"https://fr.wikinews.example/{name}"
        origs.append({"url": url, "text": text, "published": published})
        members = [url]
        for k in range(rng.choices([0, 1, 2, 3, 4], [20, 30, 25, 15, 10])[0]):
            t, edits = copy_of(rng, text, published, quoted.get(name, []))
            curl = f"https://outlet{rng.randint(1, 40)}.example/{name}-{k}"
            copies.append({"url": curl, "text": t, "published": later(published, rng)})
            members.append(curl)
            truth["edits"][curl] = edits
        truth["clusters"][name] = members
    titles = {name: text.split("\n", 1)[0] for name, text, _ in originals()}
    keys = {n: {w.lower() for w in re.findall(r"\w{4,}", t)} - STOP for n, t in titles.items()}
    same = [(a, b) for a, b in itertools.combinations(sorted(keys), 2) if len(keys[a] & keys[b]) >= 2]
    truth["same_subject_pairs"] = same
    (out / "originals.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in origs))
    (out / "copies.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copies))
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
    print(f"seed {seed}: {len(origs)} originals, {len(copies)} copies, "
          f"{len(same)} same-subject pairs of originals -> {out}")


def pairs(groups):
    out = set()
    for g in groups:
        for a, b in itertools.combinations(sorted(g), 2):
            out.add((a, b))
    return out


def score(out, db_all, db_orig, json_out=None):
    truth = json.loads((pathlib.Path(out) / "truth.json").read_text())
    gold = pairs(truth["clusters"].values())
    con = sqlite3.connect(db_all)
    rows = con.execute("SELECT url, COALESCE(cluster, id) FROM articles").fetchall()
    by = {}
    for url, c in rows:
        by.setdefault(c, []).append(url)
    found = pairs(by.values())
    tp = len(gold & found)
    p = tp / len(found) if found else 1.0
    r = tp / len(gold) if gold else 1.0
    orig_of = {u: n for n, us in truth["clusters"].items() for u in us}
    cluster_of = {u: c for u, c in rows}
    same = truth["same_subject_pairs"]
    same_merged = sum(1 for a, b in same
                      if cluster_of.get(f"https://fr.wikinews.example/{a}") ==
                      cluster_of.get(f"https://fr.wikinews.example/{b}"))
    missed = sorted(gold - found)
    wrong = sorted(found - gold)
    st_all = con.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
    q_all = con.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
    o = sqlite3.connect(db_orig)
    st_orig = o.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
    distinct = o.execute("SELECT COUNT(DISTINCT text) FROM quotes").fetchone()[0]
    print(f"articles {len(rows)}; gold pairs {len(gold)}, found pairs {len(found)}, right {tp}")
    print(f"pair precision {p:.4f}  recall {r:.4f}")
    print(f"same-subject pairs of originals: {len(same)}, put in one cluster: {same_merged}")
    print(f"statements: originals alone {st_orig} (distinct quotation texts {distinct}); "
          f"whole collection {st_all} from {q_all} quotations; "
          f"difference {100.0 * (st_all - st_orig) / max(1, st_orig):+.2f} %")
    for a, b in missed[:10]:
        print(f"  missed: {a} ~ {b} ({orig_of.get(a)}; edits {truth['edits'].get(b) or truth['edits'].get(a)})")
    for a, b in wrong[:10]:
        print(f"  wrong: {a} ~ {b}")
    if json_out:
        summary = {"pair": {"precision": p, "recall": r},
                   "same_subject": {"pairs": len(same), "merged": same_merged},
                   "statements": {"originals": st_orig, "all": st_all, "quotations": q_all,
                                  "diff_abs_pct": abs(100.0 * (st_all - st_orig) / max(1, st_orig))}}
        pathlib.Path(json_out).write_text(json.dumps({"summary": summary}, indent=1))
    return p, r


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("--seed", type=int, required=True)
    g.add_argument("--out", required=True)
    g.add_argument("--records", required=True,
                   help="`depeche analyze --format jsonl` of the Wikinews texts: their quotations")
    s = sub.add_parser("score")
    s.add_argument("out")
    s.add_argument("db_all")
    s.add_argument("db_orig")
    s.add_argument("--json", help="write the figures here (for scripts/check_floors.py)")
    a = ap.parse_args()
    if a.cmd == "generate":
        if not TXT.is_dir():
            print(f"skipped: {TXT} not found", file=sys.stderr)
            return 0
        generate(a.seed, a.out, a.records)
    else:
        score(a.out, a.db_all, a.db_orig, a.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
