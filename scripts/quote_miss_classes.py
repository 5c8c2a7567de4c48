#!/usr/bin/env python3
"""Count, per half of a gold set, the gold quotations no prediction overlaps, by class
(kind, quote marks before it or not, a gold cue or not), without printing any text.

Usage: quote_miss_classes.py --gold-dir DIR --text-dir DIR --pred-dir DIR

The held-out half of a real-news set is measured, never read: this gives where its misses
stand (whole constructions missed, or spans cut differently) as counts only. PRED_DIR holds one
Dépêche record per article (NAME.json), as `depeche analyze` writes it.
"""
import argparse
import collections
import json
import os
import re

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--gold-dir", required=True)
ap.add_argument("--text-dir", required=True)
ap.add_argument("--pred-dir", required=True)
args = ap.parse_args()

for half, parity in (("even", 0), ("odd", 1)):
    counts = collections.Counter()
    for f in sorted(os.listdir(args.gold_dir)):
        if not f.endswith(".gold.json"):
            continue
        name = f[: -len(".gold.json")]
        digits = re.sub(r"\D", "", name)
        if not digits or int(digits) % 2 != parity:
            continue
        gold = json.load(open(os.path.join(args.gold_dir, f), encoding="utf-8"))
        text = open(os.path.join(args.text_dir, name + ".txt"), encoding="utf-8").read()
        pred = json.load(open(os.path.join(args.pred_dir, name + ".json"), encoding="utf-8"))
        spans = [(q["start"], q["end"]) for q in pred.get("quotes", [])]
        for q in gold["quotes"]:
            i = text.find(q["text"])
            if i < 0:
                counts[("gold text not in article",)] += 1
                continue
            j = i + len(q["text"])
            if any(min(j, e) > max(i, s) for s, e in spans):
                continue
            marked = any(m in text[max(0, i - 3) : i] for m in ("«", '"', "“"))
            counts[(q["kind"], "marks" if marked else "no marks", "cue" if q.get("cue") else "no cue")] += 1
    print(half, sum(counts.values()), "missed with no overlapping prediction")
    for k, v in sorted(counts.items()):
        print("  ", " / ".join(k), v)
