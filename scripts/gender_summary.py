#!/usr/bin/env python3
"""One line of gender figures from a score.py --json report: SUMMARY.json LABEL."""
import json
import sys

s = json.load(open(sys.argv[1]))["summary"]
g, p = s.get("gender", {}), s.get("parity", {})
print(f"{sys.argv[2]:14s} gender acc {g.get('acc', 0):.4f} ({g.get('correct', 0)}/{g.get('gold', 0)})  "
      f"women's share gold {p.get('gold_share_f', 0):.4f} ({p.get('gold_f', 0)}f/{p.get('gold_m', 0)}m)  "
      f"pred {p.get('pred_share_f', 0):.4f} ({p.get('pred_f', 0)}f/{p.get('pred_m', 0)}m)  "
      f"parity_error {p.get('parity_error', 0):.2f} pts")
