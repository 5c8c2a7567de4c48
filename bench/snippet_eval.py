#!/usr/bin/env python3
"""trafilatura's evaluation set scored for trafilatura and Dépêche in one run (issue 19).

    bench/.venv/bin/python bench/snippet_eval.py [--data DIR] [--bin target/release/depeche]
                                                 [--json OUT] [--verbose]

Runs `trafilatura.extract(html, url=URL)` on every page of DIR (default
../shared/data/trafilatura-eval-dev), scores it with the set's snippet metric, runs
`depeche eval-html --snippets DIR --json` (the same metric, in crates/eval/src/snippets.rs),
and prints both side by side: whole set, the half rules are tuned on (even positions in
sorted file-name order) and the held-out half (odd positions).

The metric, as trafilatura's own evaluation computes it: the extracted text is whitespace
folded (`" ".join(text.split())`, the snippets too); over all pages a `with` snippet found is
a true positive, missing a false negative; a `without` snippet found is a false positive,
absent a true negative. A page with no extracted text misses every `with` snippet.
"""

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "trafilatura-eval-dev"


def fold(s):
    return " ".join(s.split())


class Counts:
    def __init__(self):
        self.tp = self.fp = self.fn = self.tn = self.empty = self.pages = 0

    def add_page(self, page, text):
        self.pages += 1
        text = fold(text or "")
        if not text:
            self.empty += 1
            self.fn += len(page["with"])
            self.tn += len(page["without"])
            return [], []
        missed = [s for s in page["with"] if fold(s) not in text]
        leaked = [s for s in page["without"] if fold(s) in text]
        self.tp += len(page["with"]) - len(missed)
        self.fn += len(missed)
        self.fp += len(leaked)
        self.tn += len(page["without"]) - len(leaked)
        return missed, leaked

    def figures(self):
        p = self.tp / max(1, self.tp + self.fp)
        r = self.tp / max(1, self.tp + self.fn)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = (self.tp + self.tn) / max(1, self.tp + self.tn + self.fp + self.fn)
        return {"pages": self.pages, "precision": p, "recall": r, "f1": f1, "accuracy": acc,
                "pages_without_text": self.empty}


def trafilatura_run(data, verbose):
    import trafilatura

    evaldata = json.loads((data / "evaldata.json").read_text(encoding="utf-8"))
    pages = sorted(({**v, "url": u} for u, v in evaldata.items()), key=lambda p: p["file"])
    raw = [gzip.decompress((data / "html" / p["file"]).read_bytes()) for p in pages]
    t0 = time.perf_counter()
    texts = [trafilatura.extract(b, url=p["url"]) for p, b in zip(pages, raw)]
    secs = time.perf_counter() - t0
    whole, tuned, held = Counts(), Counts(), Counts()
    for k, (p, text) in enumerate(zip(pages, texts)):
        missed, leaked = whole.add_page(p, text)
        (tuned if k % 2 == 0 else held).add_page(p, text)
        if verbose and (missed or leaked or not text):
            half = "tuned" if k % 2 == 0 else "held-out"
            print(f"{p['file']} {half}{' NO TEXT' if not text else ''}", file=sys.stderr)
            for s in missed:
                print(f"  missed: {s}", file=sys.stderr)
            for s in leaked:
                print(f"  leaked: {s}", file=sys.stderr)
    out = whole.figures()
    out["tuned_half"] = tuned.figures()
    out["held_out_half"] = held.figures()
    out["pages_per_s_one_core"] = len(pages) / secs
    out["version"] = trafilatura.__version__
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--bin", type=Path, default=ROOT / "target" / "release" / "depeche")
    ap.add_argument("--json", type=Path, help="write both summaries to this file")
    ap.add_argument("--verbose", action="store_true", help="trafilatura's misses and leaks")
    a = ap.parse_args()
    ours = json.loads(subprocess.run(
        [str(a.bin), "eval-html", "--snippets", str(a.data), "--json"],
        check=True, capture_output=True, text=True).stdout)["summary"]["snippets"]
    theirs = trafilatura_run(a.data, a.verbose)
    rows = [("whole set", ours, theirs),
            ("tuned half", ours["tuned_half"], theirs["tuned_half"]),
            ("held-out half", ours["held_out_half"], theirs["held_out_half"])]
    print(f"{'':14} {'':12} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6} no-text")
    for name, o, t in rows:
        for who, f in (("Dépêche", o), (f"trafilatura {theirs['version']}", t)):
            print(f"{name:14} {who:12} {f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f} "
                  f"{f['accuracy']:6.3f} {f['pages_without_text']:>7}")
        print(f"{name:14} {'F1 margin':12} {o['f1'] - t['f1']:+.3f}")
    print(f"pages/s on one core: Dépêche {ours['pages_per_s_one_core']:.0f}, "
          f"trafilatura {theirs['pages_per_s_one_core']:.1f}")
    if a.json:
        a.json.write_text(json.dumps({"depeche": ours, "trafilatura": theirs}, indent=1))


if __name__ == "__main__":
    main()
