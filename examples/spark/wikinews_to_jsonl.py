#!/usr/bin/env python3
"""Turn a folder of plain-text articles (first line the title, paragraphs separated by blank
lines: ../shared/data/wikinews-fr/txt) into a folder of JSON Lines files, the input of the
Spark example.

Each line is {"id", "source", "text"}: the id is the file name without extension and `source`
the file name, so the records are the same whichever way they reach `depeche` (a file read
directly, or a Spark partition piped through standard input). `--repeat N` writes every
article N times with ids `NAME~k` (a larger corpus for benchmarks); `--files M` spreads the
lines round-robin over M files.

    python3 examples/spark/wikinews_to_jsonl.py ../shared/data/wikinews-fr/txt /tmp/wikinews-jsonl
"""
import argparse
import json
import pathlib
import sys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", type=pathlib.Path, help="folder of .txt articles")
    ap.add_argument("out", type=pathlib.Path, help="folder to write part-NNNNN.jsonl files into")
    ap.add_argument("--files", type=int, default=4, help="number of JSON Lines files (default 4)")
    ap.add_argument("--repeat", type=int, default=1, help="copies of each article (default 1)")
    args = ap.parse_args()
    if not args.src.is_dir():
        print(f"wikinews_to_jsonl: {args.src}: not a directory", file=sys.stderr)
        return 2
    texts = sorted(args.src.glob("*.txt"))
    if not texts:
        print(f"wikinews_to_jsonl: {args.src}: no .txt files", file=sys.stderr)
        return 2
    if args.files < 1 or args.repeat < 1:
        print("wikinews_to_jsonl: --files and --repeat must be at least 1", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    existing = sorted(args.out.glob("part-*.jsonl"))
    if existing:
        print(f"wikinews_to_jsonl: {existing[0]}: already exists", file=sys.stderr)
        return 2
    outs = [open(args.out / f"part-{i:05d}.jsonl", "w", encoding="utf-8") for i in range(args.files)]
    n = 0
    for k in range(args.repeat):
        for path in texts:
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as e:
                print(f"wikinews_to_jsonl: {path}: invalid UTF-8: {e}", file=sys.stderr)
                return 1
            ident = path.stem if args.repeat == 1 else f"{path.stem}~{k}"
            line = {"id": ident, "source": path.name, "text": text}
            outs[n % args.files].write(json.dumps(line, ensure_ascii=False) + "\n")
            n += 1
    for f in outs:
        f.close()
    print(f"wikinews_to_jsonl: {n} articles in {args.files} files under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
