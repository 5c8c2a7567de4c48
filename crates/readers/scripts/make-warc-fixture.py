#!/usr/bin/env python3
"""Write the WARC test fixtures of crates/readers/tests/fixtures (standard library only).

sample.warc.gz: a warcinfo record, a request, an HTML response (chunked HTTP body), an image
response and a second HTML response, one gzip member per record as crawlers write them.
no-html.warc: a WARC whose only response is an image.
Run from anywhere: python3 crates/readers/scripts/make-warc-fixture.py
"""
import gzip
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures")


def record(kind, uri, date, block, ctype="application/http; msgtype=response", n=[0]):
    n[0] += 1
    head = (
        "WARC/1.1\r\n"
        f"WARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n[0]:012d}>\r\n"
        f"WARC-Date: {date}\r\n"
        + (f"WARC-Target-URI: {uri}\r\n" if uri else "")
        + f"Content-Type: {ctype}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def http(body, ctype, chunked=False):
    if chunked:
        half = len(body) // 2
        parts = [body[:half], body[half:]]
        body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"
        te = b"Transfer-Encoding: chunked\r\n"
    else:
        te = b"Content-Length: %d\r\n" % len(body)
    return b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype + b"\r\n" + te + b"\r\n" + body


PAGE1 = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Grève à la SNCF - Le Journal</title>
<meta property="article:published_time" content="2023-09-11T08:30:00+02:00">
<link rel="canonical" href="https://exemple.fr/greve-sncf"></head>
<body><nav><a href="/">Accueil</a> <a href="/politique">Politique</a></nav>
<article><h1>Grève à la SNCF : le trafic perturbé mardi</h1>
<p>Le trafic sera très perturbé mardi sur l&#39;ensemble du réseau, a annoncé la SNCF lundi.</p>
<p>« Nous irons jusqu&rsquo;au bout », a déclaré le secrétaire général de SUD-Rail, Fabien Villedieu, devant la gare de Lyon à Paris.</p>
<h2>Des trains supprimés</h2>
<p>Selon la direction, deux TGV sur trois circuleront et un Intercités sur deux, tandis que le trafic des TER variera selon les régions.</p>
</article><footer>© Le Journal. Tous droits réservés.</footer></body></html>""".encode()

PAGE2 = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Séisme au Maroc</title></head>
<body><article><h1>Séisme au Maroc : plus de 2 000 morts</h1>
<p>Le bilan du séisme qui a frappé le Maroc vendredi soir dépasse désormais 2 000 morts, selon le ministère de l&#39;Intérieur.</p>
<p>Les secours continuent de fouiller les décombres dans les villages de l&#39;Atlas, où les routes sont coupées par les éboulements.</p>
</article></body></html>""".encode()

PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)


def main():
    os.makedirs(HERE, exist_ok=True)
    recs = [
        record("warcinfo", None, "2023-09-11T10:00:00Z", b"software: depeche fixture\r\n", "application/warc-fields"),
        record("request", "https://exemple.fr/greve-sncf", "2023-09-11T10:00:01Z",
               b"GET /greve-sncf HTTP/1.1\r\nHost: exemple.fr\r\n\r\n", "application/http; msgtype=request"),
        record("response", "https://exemple.fr/greve-sncf", "2023-09-11T10:00:02Z",
               http(PAGE1, b"text/html; charset=utf-8", chunked=True)),
        record("response", "https://exemple.fr/logo.png", "2023-09-11T10:00:03Z", http(PNG, b"image/png")),
        record("response", "https://exemple.fr/seisme-maroc", "2023-09-12T07:15:00Z",
               http(PAGE2, b"text/html")),
    ]
    with open(os.path.join(HERE, "sample.warc.gz"), "wb") as f:
        for r in recs:
            f.write(gzip.compress(r, mtime=0))
    with open(os.path.join(HERE, "no-html.warc"), "wb") as f:
        f.write(recs[0] + recs[3])


if __name__ == "__main__":
    main()
