#!/usr/bin/env python3
"""Compare the scorer's summary with the floors; exit 1 when any figure dropped.

Usage: check_floors.py SCORE.json FLOORS.json [SCORER]
FLOORS.json maps a scorer name to {"metric.path": floor}, e.g. {"dev": {"quotes.f1": 0.9}};
a figure where lower is better gets a ceiling instead: {"parity.parity_error": {"max": 1.0}}.
SCORER (default "dev") picks the floors; the figures are the report's "summary" when it has
one (score.py --json), else the whole report (timebank.py --json).
"""
import json
import sys

report = json.load(open(sys.argv[1]))
score = report.get("summary", report)
floors = json.load(open(sys.argv[2])).get(sys.argv[3] if len(sys.argv) > 3 else "dev", {})
bad = []
for path, floor in floors.items():
    v = score
    for k in path.split("."):
        v = v[k]
    if isinstance(floor, dict):
        ok = v <= floor["max"]
        print(f"{path:28s} {v:.4f}  (ceiling {floor['max']:.4f})  {'ok' if ok else 'ABOVE CEILING'}")
    else:
        ok = v >= floor
        print(f"{path:28s} {v:.4f}  (floor {floor:.4f})  {'ok' if ok else 'BELOW FLOOR'}")
    if not ok:
        bad.append(path)
if bad:
    sys.exit(f"figures past their floor or ceiling: {', '.join(bad)}")
