"""Run spaCy fr_core_news_md NER on one article and print a Dépêche-like record (entities only),
for the shared scorer:

    python3 ../shared/eval/score.py --gold-dir ../shared/data/dev-articles \
        --run 'VENV/bin/python scripts/spacy/ner_record.py {file}'
"""
import json, sys, spacy
nlp = spacy.load("fr_core_news_md")
text = open(sys.argv[-1], encoding="utf-8").read()
doc = nlp(text)
ents = {}
for e in doc.ents:
    kind = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}.get(e.label_)
    if not kind: continue
    ents.setdefault((e.text, kind), []).append({"text": e.text, "start": e.start_char, "end": e.end_char})
out = {"text": text, "quotes": [], "times": [], "places": [],
       "entities": [{"id": f"e{i+1}", "name": k[0], "type": k[1], "mentions": v} for i, (k, v) in enumerate(ents.items())]}
print(json.dumps(out, ensure_ascii=False))
