#!/usr/bin/env python3
"""Two or more builds of Dépêche timed in alternation on the same corpus.

On a machine whose load moves, a build timed after another meets another load; alternating
them run by run and comparing medians cancels most of it. Used for speed changes too small for
the harness's three runs to show (docs/performance.md):

    python3 bench/alternate.py --runs 15 --corpus DIR BIN_A BIN_B [BIN_C ...]

Each run is `BIN analyze --jobs 1 --format jsonl --published 2012-06-01 FILES...` (the
harness's one-thread row) on the corpus's files, output discarded. Prints per build the median
and fastest wall time and the median CPU time (user + system) of the process.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--corpus", required=True, help="directory of plain-text articles")
    ap.add_argument("bins", nargs="+")
    a = ap.parse_args()
    files = sorted(str(p) for p in Path(a.corpus).iterdir() if p.is_file())
    if not files:
        sys.exit(f"{a.corpus}: no files")
    wall = {b: [] for b in a.bins}
    cpu = {b: [] for b in a.bins}
    for _ in range(a.runs):
        for b in a.bins:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([b, "analyze", "--jobs", "1", "--format", "jsonl",
                            "--published", "2012-06-01"] + files,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            wall[b].append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[b].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(f"{len(files)} files, {a.runs} runs each, load average now {os.getloadavg()[0]:.2f}")
    for b in a.bins:
        print(f"{b}: wall median {statistics.median(wall[b]) * 1000:.1f} ms, "
              f"fastest {min(wall[b]) * 1000:.1f} ms; CPU median "
              f"{statistics.median(cpu[b]) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
