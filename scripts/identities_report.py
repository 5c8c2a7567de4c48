#!/usr/bin/env python3
"""Every person named by a surname alone (or title + surname) in a Dépêche SQLite store, with
the identity the store linked it to and the full names that could be it, so that each link
can be checked by hand (issue 16, identities).

    scripts/identities_report.py STORE.db [--tsv]

A row: article id, its date, the name as the article gives it, the identity it joined
(`=` own identity: no full name taken), and the candidates: full person names anywhere in
the store ending with the same words, with the dates of their articles. The summary counts
the rows whose surname has a full-name candidate somewhere (the "named in full elsewhere"
rows) and how many of those joined a full identity.
"""
import sqlite3
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    db = sqlite3.connect(sys.argv[1])
    tsv = "--tsv" in sys.argv
    full = {}  # form -> set of (article, date)
    for form, art, date in db.execute(
        "SELECT e.form, e.article, a.published FROM entities e JOIN articles a ON a.id = e.article "
        "WHERE e.type = 'PER' AND e.full_name = 1"
    ):
        full.setdefault(form, set()).add((art, date or "?"))
    rows = db.execute(
        "SELECT e.article, a.published, e.name, e.form, i.key, i.full_name, i.id "
        "FROM entities e JOIN articles a ON a.id = e.article "
        "LEFT JOIN identities i ON i.id = e.identity "
        "WHERE e.type = 'PER' AND e.full_name = 0 ORDER BY e.form, e.article"
    ).fetchall()
    named_elsewhere = joined = joined_any = 0
    for art, date, name, form, ikey, ifull, iid in rows:
        cands = sorted(
            f for f in full if f.endswith("-" + form) or f == form
        )
        if cands:
            named_elsewhere += 1
        if ifull:
            joined_any += 1
            if cands:
                joined += 1
        link = f"{ikey} (#{iid})" if ifull else "="
        cand = "; ".join(
            f"{c} [{', '.join(sorted(d for _, d in full[c]))}]" for c in cands
        )
        if tsv:
            print(f"{art}\t{date}\t{name}\t{link}\t{cand}")
        else:
            print(f"{art:>4} {date or '?':10} {name[:28]:28} -> {link[:32]:32} | {cand or '-'}")
    print(
        f"\n{len(rows)} person rows by surname alone; {named_elsewhere} with a full name "
        f"elsewhere in the store, {joined} of them joined a full identity "
        f"({100 * joined / max(named_elsewhere, 1):.1f} %); {joined_any} joined in all",
        file=sys.stderr if tsv else sys.stdout,
    )


if __name__ == "__main__":
    main()
