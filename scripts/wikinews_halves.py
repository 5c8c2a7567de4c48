"""Entity and place figures on the Wikinews development gold, each half apart (issue 14).

The gold in ../shared/data/wikinews-dev is tuned on its even-numbered articles and measured on
its odd ones, so every figure is reported for both halves (and all 76 together). Each half is
scored by the shared scorer on a temporary copy of that half's gold files, so the numbers are
exactly the scorer's.

    python3 scripts/wikinews_halves.py                       # depeche (target/release)
    python3 scripts/wikinews_halves.py --spacy VENV/bin/python   # and spaCy md, same run
    python3 scripts/wikinews_halves.py --save DIR            # scorer reports DIR/wikinews-{even,odd}.json
    python3 scripts/wikinews_halves.py --errors even         # missed / spurious mentions, even half

--errors lists gold mentions the run missed and mentions it added, per article: use it on the
even half only (the odd half is for measuring).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def half_of(name):
    return "even" if int(name) % 2 == 0 else "odd"


def score(scorer, gold_dir, text_dir, run, names):
    """The scorer's JSON report on the gold files `names` only."""
    with tempfile.TemporaryDirectory() as tmp:
        for n in names:
            shutil.copy(gold_dir / f"{n}.gold.json", tmp)
        out = subprocess.run(
            [sys.executable, str(scorer), "--gold-dir", tmp, "--text-dir", str(text_dir),
             "--run", run, "--json"],
            check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def total(report, key):
    return report["summary"][key]


def errors(gold_dir, text_dir, binary, names):
    for n in names:
        gold = json.loads((gold_dir / f"{n}.gold.json").read_text(encoding="utf-8"))
        cmd = [str(binary), "analyze"]
        if gold.get("published") and not gold.get("published_inferable"):
            cmd += ["--published", gold["published"]]
        cmd.append(str(text_dir / f"{n}.txt"))
        pred = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        ge = {(m, e["type"]) for e in gold["entities"] for m in e["mentions"]}
        pe = {(m["text"], e["type"]) for e in pred["entities"] for m in e["mentions"]}
        missed, spurious = sorted(ge - pe), sorted(pe - ge)
        if missed or spurious:
            print(f"== {n}")
            for m in missed:
                print(f"  - {m[1]} {m[0]}")
            for m in spurious:
                print(f"  + {m[1]} {m[0]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.environ.get("SHARED", str(ROOT.parent / "shared")))
    ap.add_argument("--binary", default=str(ROOT / "target/release/depeche"))
    ap.add_argument("--spacy", help="python of a venv with spacy and fr_core_news_md")
    ap.add_argument("--save", help="write depeche's scorer report of each half to DIR/wikinews-HALF.json"
                    " (for scripts/check_floors.py)")
    ap.add_argument("--errors", choices=["even", "odd"], help="list errors of one half")
    a = ap.parse_args()
    shared = Path(a.shared)
    gold_dir = shared / "data/wikinews-dev"
    text_dir = shared / "data/wikinews-fr/txt"
    scorer = shared / "eval/score.py"
    if not gold_dir.is_dir():
        sys.exit(f"wikinews_halves: no gold at {gold_dir}")
    names = sorted(p.name[: -len(".gold.json")] for p in gold_dir.glob("*.gold.json"))
    halves = {"even": [n for n in names if half_of(n) == "even"],
              "odd": [n for n in names if half_of(n) == "odd"], "all": names}
    if a.errors:
        errors(gold_dir, text_dir, a.binary, halves[a.errors])
        return
    systems = [("depeche", f"{a.binary} analyze {{published}} {{file}}")]
    if a.spacy:
        systems.append(("spacy-md", f"{a.spacy} {ROOT}/scripts/spacy/ner_record.py {{file}}"))
    print(f"{'system':10} {'half':5} {'n':>3} {'ent P':>6} {'ent R':>6} {'ent F1':>6} {'places F1':>9}")
    for sysname, run in systems:
        for half, ns in halves.items():
            r = score(scorer, gold_dir, text_dir, run, ns)
            e, p = total(r, "entities"), total(r, "places")
            print(f"{sysname:10} {half:5} {len(ns):3} {e['p']:6.3f} {e['r']:6.3f} {e['f1']:6.3f} "
                  f"{p['f1']:9.3f}")
            if sysname == "depeche" and a.save:
                Path(a.save).mkdir(parents=True, exist_ok=True)
                Path(a.save, f"wikinews-{half}.json").write_text(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
