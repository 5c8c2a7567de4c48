#!/usr/bin/env python3
"""Score a gold set as a whole and by halves (even- and odd-numbered articles).

Usage: score_halves.py --gold-dir DIR [--text-dir DIR] --bin PATH [--out FILE]

Rules are tuned looking at the even-numbered articles of a real-news set and measured on the
odd-numbered ones; this script runs the binary once per article, then the shared scorer
(`../shared/eval/score.py`, or $SHARED/eval/score.py) on all articles and on each half, and
prints {"all": summary, "even": summary, "odd": summary} as JSON (to --out as well).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
shared = os.environ.get("SHARED", os.path.join(here, "..", "..", "shared"))
ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--gold-dir", required=True)
ap.add_argument("--text-dir")
ap.add_argument("--bin", required=True)
ap.add_argument("--out")
args = ap.parse_args()
scorer = os.path.join(shared, "eval", "score.py")
if not os.path.exists(scorer):
    sys.exit(f"score_halves.py: scorer not found at {scorer} (set SHARED)")

names = sorted(f[: -len(".gold.json")] for f in os.listdir(args.gold_dir) if f.endswith(".gold.json"))
if not names:
    sys.exit(f"score_halves.py: no *.gold.json in {args.gold_dir}")
with tempfile.TemporaryDirectory() as tmp:
    preds = os.path.join(tmp, "pred")
    os.mkdir(preds)
    halves = {"all": names, "even": [], "odd": []}
    for name in names:
        digits = "".join(c for c in name if c.isdigit())
        halves["even" if digits and int(digits) % 2 == 0 else "odd"].append(name)
        gold = json.load(open(os.path.join(args.gold_dir, name + ".gold.json"), encoding="utf-8"))
        path = os.path.join(args.text_dir or args.gold_dir, name + ".txt")
        cmd = [args.bin, "analyze"]
        # the same rule as score.py: the date is given unless the text itself pins it
        if gold.get("published") and not gold.get("published_inferable"):
            cmd += ["--published", gold["published"]]
        out = subprocess.run(cmd + [path], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"score_halves.py: {path}: analyze failed: {out.stderr.strip()[:300]}")
        open(os.path.join(preds, name + ".json"), "w", encoding="utf-8").write(out.stdout)
    report = {}
    for half, members in halves.items():
        gdir = os.path.join(tmp, half)
        os.mkdir(gdir)
        for name in members:
            os.symlink(os.path.abspath(os.path.join(args.gold_dir, name + ".gold.json")),
                       os.path.join(gdir, name + ".gold.json"))
        run = subprocess.run([sys.executable, scorer, "--gold-dir", gdir, "--text-dir",
                              os.path.abspath(args.text_dir or args.gold_dir), "--pred-dir", preds,
                              "--json"], capture_output=True, text=True, check=True)
        report[half] = json.loads(run.stdout)["summary"]
text = json.dumps(report, ensure_ascii=False, indent=1)
if args.out:
    open(args.out, "w", encoding="utf-8").write(text + "\n")
print(text)
