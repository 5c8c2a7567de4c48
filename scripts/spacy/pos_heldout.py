"""spaCy fr_core_news_md UPOS accuracy on the same surface tokens as Dépêche's tagger
(multi-word tokens kept whole with their first word's tag), as `depeche train` reports it:

    VENV/bin/python scripts/spacy/pos_heldout.py ../shared/data/ud-french-gsd/fr_gsd-ud-test.conllu \
        ../shared/data/ud-french-sequoia/fr_sequoia-ud-test.conllu
"""
import sys, spacy
from spacy.tokens import Doc
nlp = spacy.load("fr_core_news_md", disable=["ner", "parser", "lemmatizer"])
def read(path):
    sents, cur, pending, skip = [], [], None, 0
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if cur: sents.append(cur); cur = []
            continue
        if line.startswith("#"): continue
        f = line.split("\t")
        if "." in f[0]: continue
        if "-" in f[0]:
            a, b = map(int, f[0].split("-")); pending = (f[1], b - a + 1); continue
        if pending:
            cur.append((pending[0], f[3])); skip = pending[1] - 1; pending = None
        elif skip: skip -= 1
        else: cur.append((f[1], f[3]))
    if cur: sents.append(cur)
    return sents
for path in sys.argv[1:]:
    sents = read(path)
    ok = n = 0
    docs = [Doc(nlp.vocab, words=[w for w, _ in s]) for s in sents]
    for s, doc in zip(sents, nlp.pipe(docs)):
        for (w, g), t in zip(s, doc):
            n += 1; ok += (t.pos_ == g)
    print(f"{path}: {ok/n:.4f} ({ok}/{n})")
