#!/usr/bin/env python3
"""Compare the scorer's summary with the floors; exit 1 when any figure dropped.

Usage: check_floors.py SCORE.json FLOORS.json [SCORER]
FLOORS.json maps a scorer name to {"metric.path": floor}, e.g. {"dev": {"quotes.f1": 0.9}}.
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
    status = "ok" if v >= floor else "BELOW FLOOR"
    print(f"{path:28s} {v:.4f}  (floor {floor:.4f})  {status}")
    if v < floor:
        bad.append(path)
if bad:
    sys.exit(f"figures below their floor: {', '.join(bad)}")
