"""spaCy fr_core_news_md entity F1 on the held-out NER sets, with the same exact (span, type)
scorer as `cargo run --release -p depeche-entities --example eval_heldout`, on the same
sentences: that example's `--dump DIR` writes them as `word<TAB>BIO` files, and spaCy gets the
same tokens (pre-tokenised `Doc`s, one per sentence).

    cargo run --release -p depeche-entities --example eval_heldout -- ../shared/data --dump /tmp/heldout
    VENV/bin/python scripts/spacy/ner_heldout.py /tmp/heldout/*.tsv
"""
import sys, spacy
from spacy.tokens import Doc
nlp = spacy.load("fr_core_news_md")
def read(p):
    sents, cur = [], []
    for line in open(p, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if cur: sents.append(cur); cur = []
            continue
        w, l = line.split("\t"); cur.append((w, l))
    if cur: sents.append(cur)
    return sents
def spans(labels):
    out, cur = [], None
    for i, l in enumerate(labels + ["O"]):
        k = l[2:] if l != "O" else None
        if l.startswith("I-") and cur and cur[1] == k: continue
        if cur: out.append((cur[0], i, cur[1])); cur = None
        if k: cur = (i, k)
    return out
for p in sys.argv[1:]:
    sents = read(p)
    tp = np_ = ng = 0
    docs = [Doc(nlp.vocab, words=[w for w, _ in s]) for s in sents]
    for s, doc in zip(sents, nlp.pipe(docs, batch_size=64)):
        pred = ["O"] * len(s)
        for e in doc.ents:
            if e.label_ in ("PER", "ORG", "LOC"):
                for k in range(e.start, e.end):
                    pred[k] = ("B-" if k == e.start else "I-") + e.label_
        g = set(spans([l for _, l in s])); q = set(spans(pred))
        tp += len(g & q); np_ += len(q); ng += len(g)
    P = tp / max(np_, 1); R = tp / max(ng, 1)
    print(f"{p}: spaCy md P {P:.4f} R {R:.4f} F1 {2*P*R/max(P+R,1e-9):.4f}")
