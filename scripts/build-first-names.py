#!/usr/bin/env python3
"""Build crates/lang/data/fr/first_names_insee.tsv from the INSEE "fichier des prénoms".

Source: INSEE, Fichier des prénoms, édition 2022 (births in France 1900-2021 by first name
and sex, national level), https://www.insee.fr/fr/statistiques/2540004, Licence Ouverte /
Open Licence 2.0 (Etalab). No network is reachable from the build machines, so the script
reads the copy that the R package `prenoms` (ThinkR-open/prenoms on GitHub, file
data/prenoms_france.rda, commit 150254e) ships: the INSEE national file unchanged apart
from title-cased names and the `_PRENOMS_RARES` / unknown-year rows dropped. It also reads
the original `nat2021.csv` (`sexe;preusuel;annais;nombre`) when given one instead.

Usage:
    scripts/build-first-names.py SOURCE.rda|nat2021.csv > crates/lang/data/fr/first_names_insee.tsv

Only the standard library is used: the .rda reader below understands the subset of R's XDR
serialisation that a saved data frame uses.
"""
import lzma
import struct
import sys
import unicodedata
from collections import defaultdict

# A name is kept when at least this many children got it over the 122 years: rarer names
# are noise for a news reader and would only bloat the table.
MIN_BIRTHS = 10


class RReader:
    """Minimal reader of R's XDR serialisation (format 2 or 3): vectors, lists, pairlists,
    symbols, strings and attributes, which is all a saved data frame holds."""

    def __init__(self, data):
        self.d = data
        self.p = 0
        self.refs = []

    def int(self):
        (v,) = struct.unpack_from(">i", self.d, self.p)
        self.p += 4
        return v

    def item(self):
        flags = self.int()
        t = flags & 0xFF
        has_attr = flags & (1 << 9)
        has_tag = flags & (1 << 10)
        if t == 254 or t in (253, 242, 241, 251, 247, 252):  # NULL and special environments
            return None
        if t == 255:  # reference to an earlier symbol
            i = flags >> 8
            if i == 0:
                i = self.int()
            return self.refs[i - 1]
        if t == 1:  # symbol
            s = self.item()
            self.refs.append(s)
            return s
        if t in (2, 17):  # pairlist: attributes, tag, value, rest
            out = []
            while True:
                if has_attr:
                    self.item()
                tag = self.item() if has_tag else None
                out.append((tag, self.item()))
                flags = self.int()
                t = flags & 0xFF
                if t == 254:
                    return out
                has_attr = flags & (1 << 9)
                has_tag = flags & (1 << 10)
        if t == 9:  # CHARSXP
            n = self.int()
            if n == -1:
                return None
            s = self.d[self.p:self.p + n].decode("utf-8", "replace")
            self.p += n
            return s
        if t in (10, 13):  # logical, integer
            n = self.int()
            v = list(struct.unpack_from(f">{n}i", self.d, self.p))
            self.p += 4 * n
        elif t == 14:  # double
            n = self.int()
            v = list(struct.unpack_from(f">{n}d", self.d, self.p))
            self.p += 8 * n
        elif t in (16, 19, 20):  # character vector, list, expression
            n = self.int()
            v = [self.item() for _ in range(n)]
        elif t == 238:  # ALTREP: class info, state, attributes
            self.item()
            v = self.item()
            self.item()
            return v
        else:
            raise ValueError(f"R type {t} at byte {self.p} is not supported")
        if has_attr:
            attrs = dict(self.item())
            if "names" in attrs:
                return dict(zip(attrs["names"], v))
        return v


def rows_from_rda(path):
    data = lzma.open(path).read() if open(path, "rb").read(2) == b"\xfd7" else open(path, "rb").read()
    if not data.startswith((b"RDX2\nX\n", b"RDX3\nX\n")):
        sys.exit(f"{path}: not an XDR R data file")
    r = RReader(data)
    r.p = 7
    version = r.int()
    r.int()
    r.int()
    if version == 3:
        n = r.int()
        r.p += n
    objs = dict(r.item())
    df = objs.get("prenoms_france")
    if not isinstance(df, dict) or not {"sex", "name", "n"} <= df.keys():
        sys.exit(f"{path}: no data frame prenoms_france with sex, name, n")
    for sex, name, n in zip(df["sex"], df["name"], df["n"]):
        yield sex, name, n


def rows_from_csv(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().strip().split(";")
        if header[:2] != ["sexe", "preusuel"]:
            sys.exit(f"{path}: expected the INSEE header sexe;preusuel;annais;nombre")
        for line in f:
            sexe, name, year, n = line.rstrip("\n").split(";")
            if name.startswith("_") or year == "XXXX":
                continue
            yield ("M" if sexe == "1" else "F"), name.title(), int(n)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    src = sys.argv[1]
    rows = rows_from_csv(src) if src.endswith(".csv") else rows_from_rda(src)
    counts = defaultdict(lambda: [0, 0])
    for sex, name, n in rows:
        if not name or n is None:
            continue
        # one key per written form: "Jean-Pierre", "Zoé"; NFC so that accents compare
        key = unicodedata.normalize("NFC", name)
        counts[key][0 if sex == "F" else 1] += n
    print("# First names given in France 1900-2021 with the number of girls and boys who got each one.")
    print("# Source: INSEE, Fichier des prénoms (édition 2022), https://www.insee.fr/fr/statistiques/2540004")
    print("# Licence: Licence Ouverte / Open Licence 2.0 (Etalab). Built by scripts/build-first-names.py")
    print(f"# (names given at least {MIN_BIRTHS} times). Columns: name, girls, boys.")
    for name in sorted(counts):
        f, m = counts[name]
        if f + m >= MIN_BIRTHS:
            print(f"{name}\t{f}\t{m}")


if __name__ == "__main__":
    main()
