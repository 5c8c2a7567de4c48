#!/usr/bin/env python3
"""Compare the scorer's summary with the floors; exit 1 when any figure dropped.

Usage: check_floors.py SCORE.json FLOORS.json
FLOORS.json maps a scorer name to {"metric.path": floor}, e.g. {"dev": {"quotes.f1": 0.9}}.
"""
import json
import sys

score = json.load(open(sys.argv[1]))["summary"]
floors = json.load(open(sys.argv[2])).get("dev", {})
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
