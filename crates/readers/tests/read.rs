//! Every input format on small fixtures, and every class of bad input: each gives an error
//! naming the file (and the line or record), never a panic, and the other articles of the
//! same file are still read.

use depeche_readers::{read, At, Format, Input, Options, ReadError};
use std::io::Write;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let d = std::env::temp_dir().join(format!("depeche-readers-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    let p = d.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn all(path: &Path) -> Vec<Result<Input, ReadError>> {
    read(path, &Options::default())
        .map(|r| r.and_then(|p| p.resolve()))
        .collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn warc_fixture_gives_its_two_html_pages_with_url_and_dates() {
    let items = all(&fixture("sample.warc.gz"));
    assert_eq!(items.len(), 2, "{items:?}");
    let a = items[0].as_ref().unwrap();
    assert!(a
        .text
        .text
        .starts_with("Grève à la SNCF : le trafic perturbé mardi\n\n"));
    assert!(
        a.text.text.contains("l'ensemble du réseau"),
        "character references decoded"
    );
    assert!(
        a.text.text.contains("\n\nDes trains supprimés\n\n"),
        "intertitle is a paragraph"
    );
    assert!(!a.text.text.contains("Accueil") && !a.text.text.contains("droits réservés"));
    assert_eq!(a.meta.url.as_deref(), Some("https://exemple.fr/greve-sncf"));
    assert_eq!(a.meta.lang.as_deref(), Some("fr"));
    // the page's own date wins over the fetch date
    assert_eq!(a.text.published.unwrap().0.to_string(), "2023-09-11");
    let b = items[1].as_ref().unwrap();
    assert_eq!(
        b.meta.url.as_deref(),
        Some("https://exemple.fr/seisme-maroc")
    );
    // no date in the page: the WARC fetch date
    assert_eq!(b.text.published.unwrap().0.to_string(), "2023-09-12");
}

#[test]
fn warc_without_html_payload_is_an_error_naming_the_file() {
    let items = all(&fixture("no-html.warc"));
    assert_eq!(items.len(), 1);
    let e = items[0].as_ref().unwrap_err().to_string();
    assert!(
        e.contains("no-html.warc") && e.contains("no HTML response record"),
        "{e}"
    );
}

#[test]
fn corrupt_warc_record_names_the_record() {
    let mut bytes = std::fs::read(fixture("no-html.warc")).unwrap();
    bytes.extend_from_slice(b"GARBAGE LINE\r\n\r\n");
    let p = tmp("corrupt.warc", &bytes);
    let items = all(&p);
    let e = items.last().unwrap().as_ref().unwrap_err().to_string();
    assert!(
        e.contains("corrupt.warc: record 3") && e.contains("not a WARC record"),
        "{e}"
    );
}

#[test]
fn bad_json_line_is_reported_with_its_number_and_skipped() {
    let p = tmp(
        "batch.jsonl",
        concat!(
            r#"{"id": "a1", "title": "Titre", "text": "Le maire a parlé.", "published": "2023-09-11", "rubrique": "France"}"#,
            "\n{\"id\": \"a2\", \"text\": \"oops\"\n",
            r#"{"id": "a3", "html": "<html><body><article><p>Le préfet a annoncé la fermeture des écoles lundi, en raison des intempéries attendues dans tout le département.</p></article></body></html>"}"#,
            "\n"
        )
        .as_bytes(),
    );
    let items = all(&p);
    assert_eq!(items.len(), 3);
    let a = items[0].as_ref().unwrap();
    assert_eq!(a.text.id.as_deref(), Some("a1"));
    assert_eq!(a.text.text, "Titre\n\nLe maire a parlé.");
    assert_eq!(a.meta.extra["rubrique"], "France", "unknown fields kept");
    let e = items[1].as_ref().unwrap_err();
    assert!(matches!(
        e,
        ReadError::Invalid {
            at: At::Line(2),
            ..
        }
    ));
    assert!(e.to_string().contains("batch.jsonl:2: invalid JSON"), "{e}");
    assert!(items[2]
        .as_ref()
        .unwrap()
        .text
        .text
        .contains("fermeture des écoles"));
}

#[test]
fn a_line_over_the_limit_is_skipped_without_being_stored() {
    let long = format!(
        "{{\"text\": \"{}\"}}\n{{\"text\": \"court\"}}\n",
        "x".repeat(5000)
    );
    let p = tmp("long.jsonl", long.as_bytes());
    let opts = Options {
        max_bytes: 1000,
        format: None,
    };
    let items: Vec<_> = read(&p, &opts).collect();
    assert!(items[0]
        .as_ref()
        .unwrap_err()
        .to_string()
        .contains("long.jsonl:1: line too long"));
    assert!(items[1].is_ok());
}

#[test]
fn truncated_gzip_is_a_clear_error() {
    let full = gzip("{\"text\": \"Un.\"}\n".repeat(2000).as_bytes());
    let p = tmp("cut.jsonl.gz", &full[..full.len() / 2]);
    let items = all(&p);
    let e = items.last().unwrap().as_ref().unwrap_err().to_string();
    assert!(
        e.contains("cut.jsonl.gz: truncated or corrupt gzip data"),
        "{e}"
    );
    assert!(items[0].is_ok(), "the lines before the cut are read");
}

#[test]
fn zstd_and_gzip_are_read_transparently() {
    let text = "Titre\n\nLe ministre a déclaré : « Tout va bien. »\n";
    let z = zstd::encode_all(text.as_bytes(), 3).unwrap();
    for (name, bytes) in [("a.txt.zst", z), ("b.txt.gz", gzip(text.as_bytes()))] {
        let items = all(&tmp(name, &bytes));
        assert_eq!(items[0].as_ref().unwrap().text.text, text, "{name}");
    }
}

#[test]
fn html_with_no_article_body_is_an_error() {
    let items = all(&fixture("no-body.html"));
    let e = items[0].as_ref().unwrap_err().to_string();
    assert!(e.contains("no-body.html: no article text found"), "{e}");
}

#[test]
fn feed_that_is_not_xml_is_an_error() {
    let p = tmp("news.rss", b"this is not XML at all {}");
    let e = all(&p)[0].as_ref().unwrap_err().to_string();
    assert!(e.contains("news.rss: not a valid RSS or Atom feed"), "{e}");
}

#[test]
fn rss_items_become_articles() {
    let rss = r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Fil</title><language>fr</language>
<item><title>Inondations dans le Gard</title><link>https://exemple.fr/gard</link><pubDate>Mon, 11 Sep 2023 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Les pompiers sont intervenus &amp;agrave; Nîmes.&lt;/p&gt;</description></item>
<item><title>Vide</title></item></channel></rss>"#;
    let items = all(&tmp("fil.xml", rss.as_bytes()));
    let a = items[0].as_ref().unwrap();
    assert_eq!(
        a.text.text,
        "Inondations dans le Gard\n\nLes pompiers sont intervenus à Nîmes."
    );
    assert_eq!(a.meta.url.as_deref(), Some("https://exemple.fr/gard"));
    assert_eq!(a.text.published.unwrap().0.to_string(), "2023-09-11");
    assert!(items[1]
        .as_ref()
        .unwrap_err()
        .to_string()
        .contains("fil.xml: item 2"));
}

#[test]
fn legacy_encodings_are_decoded() {
    let mut page = b"<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><article><h1>Un \x93titre\x94</h1><p>".to_vec();
    page.extend_from_slice(b"Le pr\xe9fet a d\xe9clar\xe9 que l'\xe9cole restera ferm\xe9e jusqu'\xe0 nouvel ordre, en raison des d\xe9g\xe2ts caus\xe9s par la temp\xeate.</p></article></body></html>");
    let a = all(&tmp("latin.html", &page)).remove(0).unwrap();
    assert!(
        a.text.text.contains("Le préfet a déclaré"),
        "{}",
        a.text.text
    );
    assert!(a.text.text.starts_with("Un “titre”"));
}

#[test]
fn ten_thousand_nested_elements_do_not_crash() {
    let mut page = String::from("<html><body><article><p>Le maire a parlé longuement devant le conseil municipal réuni en séance extraordinaire.</p>");
    page.push_str(&"<div>".repeat(10_000));
    page.push_str("texte profond");
    page.push_str(&"</div>".repeat(10_000));
    page.push_str("</article></body></html>");
    let p = tmp("deep.html", page.as_bytes());
    // run on a thread with a large stack, as depeche analyze does
    let r = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || {
            all(&p)
                .into_iter()
                .map(|r| r.map(|_| ()))
                .collect::<Vec<_>>()
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(r.len(), 1);
}

#[test]
fn content_decides_over_a_wrong_extension() {
    let p = tmp("really-jsonl.txt", b"{\"text\": \"Un texte.\"}\n");
    assert_eq!(
        depeche_readers::sniff(&p, &std::fs::read(&p).unwrap()),
        Format::Jsonl
    );
    let p = tmp("page.txt", b"<!DOCTYPE html><html><body><article><p>Le gouvernement a pr\xc3\xa9sent\xc3\xa9 mercredi son projet de budget pour l'ann\xc3\xa9e prochaine, avec des \xc3\xa9conomies.</p></article></body></html>");
    let a = all(&p).remove(0).unwrap();
    assert!(
        a.text.text.starts_with("Le gouvernement"),
        "{}",
        a.text.text
    );
}

#[test]
fn soft_hyphens_and_invisible_characters_are_kept_as_written() {
    let page = "<html><body><article><h1>Titre</h1><p>Le pre\u{ad}mier \u{e9}tage du lan&shy;ceur a \u{e9}t\u{e9} test\u{e9} avec succ\u{e8}s ce matin \u{e0} Kourou, selon l'agence spatiale.</p></article></body></html>";
    let a = all(&tmp("shy.html", page.as_bytes())).remove(0).unwrap();
    assert!(a.text.text.contains("pre\u{ad}mier") && a.text.text.contains("lan\u{ad}ceur"));
}
