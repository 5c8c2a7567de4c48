//! The HTTP API on loopback: every route, the OpenAPI document in sync, and bad input.

mod common;
use common::*;
use serde_json::Value;

#[test]
fn openapi_documents_exactly_the_routes() {
    let doc: Value = serde_json::from_str(depeche_server::OPENAPI).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let mut documented: Vec<(String, String)> = Vec::new();
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for method in ops.as_object().unwrap().keys() {
            documented.push((method.clone(), path.clone()));
        }
    }
    documented.sort();
    let mut routes: Vec<(String, String)> = depeche_server::ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    routes.sort();
    assert_eq!(documented, routes, "openapi.json and ROUTES differ");
    // every $ref resolves
    let text = depeche_server::OPENAPI;
    for r in text.split("\"$ref\": \"#/components/schemas/").skip(1) {
        let name = &r[..r.find('"').unwrap()];
        assert!(
            doc["components"]["schemas"][name].is_object(),
            "missing schema {name}"
        );
    }
    // and every route is really served (not the fallback)
    let db = temp_db("routes");
    fill(&db);
    let server = start(&db);
    for (method, path) in depeche_server::ROUTES {
        let path = path.replace("{id}", "1");
        let r = request(
            server.addr,
            &method.to_uppercase(),
            &path,
            Some("text/plain"),
            b"Titre\n\nBonjour.",
        );
        assert_ne!(r.status, 405, "{method} {path}");
        if r.status == 404 {
            assert_ne!(
                r.json()["error"]["message"],
                "no such route",
                "{method} {path}"
            );
        }
    }
    let served = get(server.addr, "/v1/openapi.json");
    assert_eq!(served.status, 200);
    assert_eq!(served.json(), doc);
}

#[test]
fn endpoints_answer() {
    let db = temp_db("endpoints");
    let ids = fill(&db);
    let s = start(&db);
    let h = get(s.addr, "/healthz").json();
    assert_eq!(h["status"], "ok");
    assert_eq!(h["stats"]["articles"].as_i64().unwrap(), ids.len() as i64);

    let a = get(s.addr, &format!("/v1/articles/{}", ids[0]));
    assert_eq!(a.status, 200);
    let a = a.json();
    assert_eq!(a["record"]["schema"], "depeche/1");
    assert!(a["entity_ids"].is_object());

    let quotes = get(s.addr, "/v1/quotes?limit=2").json();
    assert_eq!(quotes["items"].as_array().unwrap().len(), 2);
    let next = quotes["next_cursor"].as_str().unwrap();
    let page2 = get(s.addr, &format!("/v1/quotes?limit=2&cursor={next}")).json();
    assert_ne!(page2["items"][0]["id"], quotes["items"][0]["id"]);

    // statements: each quotation listed is one statement, with its occurrences
    let all = get(s.addr, "/v1/quotes?limit=100&all_copies=true").json();
    let first = &quotes["items"][0];
    let st = get(s.addr, &format!("/v1/statements/{}", first["statement"]));
    assert_eq!(st.status, 200, "{first}");
    let st = st.json();
    assert_eq!(
        st["occurrences"].as_array().unwrap().len() as i64,
        first["occurrences"].as_i64().unwrap(),
        "{st}"
    );
    assert!(all["items"].as_array().unwrap().len() >= 2);
    let missing = get(s.addr, "/v1/statements/999999999");
    assert_eq!(missing.status, 404);
    assert!(missing.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("no statement 999999999"));
    for bad in [
        "/v1/statements/abc",
        "/v1/statements/0",
        "/v1/quotes?all_copies=yes",
    ] {
        assert_eq!(get(s.addr, bad).status, 400, "{bad}");
    }

    let dupont = get(s.addr, "/v1/quotes?speaker=dupont").json();
    assert_eq!(dupont["items"][0]["speaker"], "Jean Dupont", "{dupont}");
    let e = get(s.addr, "/v1/entities/jean-dupont");
    assert_eq!(e.status, 200);
    assert_eq!(e.json()["quotes_by"].as_array().unwrap().len(), 1);
    // a person's page is its identity's: its name variants, and the same page by identity id
    let page = e.json();
    let variants: Vec<&str> = page["identity"]["variants"]
        .as_array()
        .unwrap_or_else(|| panic!("no identity: {page}"))
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    assert!(variants.contains(&"Jean Dupont"), "{page}");
    let by_id = get(
        s.addr,
        &format!("/v1/entities/{}", page["identity"]["id"].as_i64().unwrap()),
    );
    assert_eq!(by_id.status, 200);
    assert_eq!(by_id.json()["identity"], page["identity"]);

    let found = get(s.addr, "/v1/search?q=S%C3%A9nat").json();
    assert_eq!(found["items"].as_array().unwrap().len(), 1, "{found}");
    let found = get(s.addr, "/v1/search?q=senat").json();
    assert_eq!(
        found["items"].as_array().unwrap().len(),
        1,
        "accent-insensitive: {found}"
    );

    let rec = request(
        s.addr,
        "POST",
        "/v1/analyze",
        Some("text/plain; charset=utf-8"),
        "Titre\n\n« Nous partirons demain », a déclaré Marie Curie.".as_bytes(),
    );
    assert_eq!(rec.status, 200);
    assert_eq!(rec.json()["quotes"][0]["speaker"]["name"], "Marie Curie");
    let rec = request(
        s.addr,
        "POST",
        "/v1/analyze",
        Some("application/json"),
        br#"{"text": "Titre\n\nIl viendra demain, a dit Paul Durand.", "published": "2023-09-11"}"#,
    );
    assert_eq!(rec.status, 200);
    assert_eq!(rec.json()["published"], "2023-09-11");
    let rec = request(s.addr, "POST", "/v1/analyze", Some("text/html"),
        "<html><body><h1>Titre</h1><p>« Non », a répondu Marie Curie.</p><script>x()</script></body></html>".as_bytes());
    assert_eq!(rec.status, 200);
    assert_eq!(
        rec.json()["text"],
        "Titre\n\n« Non », a répondu Marie Curie."
    );

    for (page, ctype) in [
        ("/", "text/html"),
        ("/app.js", "text/javascript"),
        ("/app.css", "text/css"),
    ] {
        let r = get(s.addr, page);
        assert_eq!(r.status, 200, "{page}");
        assert!(
            r.headers
                .to_ascii_lowercase()
                .contains(&format!("content-type: {ctype}")),
            "{page}: {}",
            r.headers
        );
        // the SVG namespace is a name, not a download
        let body = String::from_utf8(r.body)
            .unwrap()
            .replace("http://www.w3.org/2000/svg", "");
        assert!(
            !body.contains("http://") && !body.contains("https://"),
            "{page} loads something from outside"
        );
    }
}

#[test]
fn bad_input_gets_clear_json_errors() {
    let db = temp_db("bad");
    fill(&db);
    let s = start(&db);
    let long = "x".repeat(5000);
    // (method, path, content type, body, status, words of the message)
    type Case<'a> = (&'a str, String, Option<&'a str>, Vec<u8>, u16, &'a str);
    let cases: Vec<Case> = vec![
        (
            "GET",
            "/v1/articles/..%2F..%2Fetc%2Fpasswd".into(),
            None,
            vec![],
            400,
            "not an article id",
        ),
        (
            "GET",
            "/v1/articles/-1".into(),
            None,
            vec![],
            400,
            "not an article id",
        ),
        (
            "GET",
            "/v1/articles/999999".into(),
            None,
            vec![],
            404,
            "no article",
        ),
        (
            "GET",
            "/v1/entities/..%2F..%2F".into(),
            None,
            vec![],
            400,
            "not an entity id",
        ),
        (
            "GET",
            "/v1/entities/nobody-at-all".into(),
            None,
            vec![],
            404,
            "no entity",
        ),
        (
            "GET",
            "/v1/quotes?speaker=%27%20OR%201%3D1%20--".into(),
            None,
            vec![],
            200,
            "",
        ),
        (
            "GET",
            "/v1/search?q=%22%20OR%20NEAR(x)%20*".into(),
            None,
            vec![],
            200,
            "",
        ),
        (
            "GET",
            format!("/v1/quotes?q={long}"),
            None,
            vec![],
            400,
            "too long",
        ),
        (
            "GET",
            "/v1/quotes?limit=100000".into(),
            None,
            vec![],
            400,
            "limit",
        ),
        (
            "GET",
            "/v1/quotes?limit=abc".into(),
            None,
            vec![],
            400,
            "limit",
        ),
        (
            "GET",
            "/v1/quotes?spekaer=x".into(),
            None,
            vec![],
            400,
            "unknown parameter",
        ),
        (
            "GET",
            "/v1/quotes?q=a&q=b".into(),
            None,
            vec![],
            400,
            "twice",
        ),
        (
            "GET",
            "/v1/quotes?from=2023-02-30x".into(),
            None,
            vec![],
            400,
            "not a date",
        ),
        (
            "GET",
            "/v1/quotes?cursor=zzz".into(),
            None,
            vec![],
            400,
            "cursor",
        ),
        (
            "GET",
            "/v1/nothing".into(),
            None,
            vec![],
            404,
            "no such route",
        ),
        ("DELETE", "/v1/quotes".into(), None, vec![], 405, "method"),
        (
            "POST",
            "/v1/analyze".into(),
            Some("application/json"),
            b"{not json".to_vec(),
            400,
            "invalid JSON",
        ),
        (
            "POST",
            "/v1/analyze".into(),
            Some("application/json"),
            br#"{"txt": 1}"#.to_vec(),
            400,
            "text",
        ),
        (
            "POST",
            "/v1/analyze".into(),
            Some("text/plain"),
            vec![0xff, 0xfe, b'a'],
            400,
            "not UTF-8",
        ),
        (
            "POST",
            "/v1/analyze".into(),
            Some("text/plain"),
            b"   ".to_vec(),
            422,
            "empty",
        ),
        (
            "POST",
            "/v1/analyze".into(),
            Some("application/json"),
            br#"{"text": "Titre\n\nBonjour.", "source": 7}"#.to_vec(),
            400,
            "`source` must be a string",
        ),
        (
            "POST",
            "/v1/analyze".into(),
            Some("application/json"),
            br#"{"text": "Titre\n\nBonjour.", "published": "2023-02-30"}"#.to_vec(),
            400,
            "not a date",
        ),
        // the OpenAPI document counts characters: 1000 of them pass, 1001 do not
        (
            "GET",
            format!("/v1/quotes?q={}", "%C3%A9".repeat(1000)),
            None,
            vec![],
            200,
            "",
        ),
        (
            "GET",
            format!("/v1/quotes?q={}", "%C3%A9".repeat(1001)),
            None,
            vec![],
            400,
            "too long",
        ),
        // a cursor past the ranked window is a page with nothing on it
        (
            "GET",
            "/v1/search?q=senat&cursor=c999999999".into(),
            None,
            vec![],
            200,
            "",
        ),
        (
            "POST",
            "/v1/analyze".into(),
            Some("image/png"),
            b"x".to_vec(),
            415,
            "Content-Type",
        ),
    ];
    for (method, path, ctype, body, status, needle) in cases {
        let r = request(s.addr, method, &path, ctype, &body);
        let short: String = path.chars().take(60).collect();
        assert_eq!(
            r.status,
            status,
            "{method} {short}: {}",
            String::from_utf8_lossy(&r.body)
        );
        let v = r.json();
        if status >= 400 {
            let msg = v["error"]["message"].as_str().unwrap();
            assert!(msg.contains(needle), "{method} {short}: {msg}");
            assert_eq!(v["error"]["status"], status);
        } else {
            assert!(
                v["items"].as_array().unwrap().is_empty(),
                "{method} {short}: {v}"
            );
        }
    }
    // a method the route does not serve says which ones it does
    let r = request(s.addr, "DELETE", "/v1/quotes", None, b"");
    assert_eq!(r.status, 405);
    assert!(
        r.headers.to_ascii_lowercase().contains("\r\nallow: get"),
        "{}",
        r.headers
    );
    // a 100 MB body is refused from its announced length, without reading it
    let mut st = std::net::TcpStream::connect(s.addr).unwrap();
    st.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    use std::io::{Read, Write};
    st.write_all(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 104857600\r\nConnection: close\r\n\r\n").unwrap();
    let _ = st.write_all(&vec![b'a'; 1 << 20]);
    let mut raw = Vec::new();
    let _ = st.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw);
    assert!(
        text.starts_with("HTTP/1.1 413"),
        "{}",
        &text[..text.len().min(200)]
    );
    assert!(text.contains("\"error\""), "{text}");
    // a body that announces no length (chunked) is cut at the limit as it streams in
    let mut st = std::net::TcpStream::connect(s.addr).unwrap();
    st.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    st.write_all(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").unwrap();
    let chunk = vec![b'a'; 256 << 10];
    for _ in 0..12 {
        // 3 MiB in all; the server may stop reading once past its 2 MiB
        let _ = st.write_all(format!("{:x}\r\n", chunk.len()).as_bytes());
        let _ = st.write_all(&chunk);
        let _ = st.write_all(b"\r\n");
    }
    let _ = st.write_all(b"0\r\n\r\n");
    let mut raw = Vec::new();
    let _ = st.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw);
    assert!(
        text.starts_with("HTTP/1.1 413"),
        "{}",
        &text[..text.len().min(200)]
    );
    assert!(text.contains("\"error\""), "{text}");
    // the server is still fine
    assert_eq!(get(s.addr, "/healthz").status, 200);
}

/// `GET /v1/events` filters the reference article's events by actor, code and country; the
/// entity page lists the events of its actors; a bad code or country is a 400 naming it.
#[test]
fn events_by_actor_code_and_country() {
    let db = temp_db("events");
    fill(&db);
    let s = start(&db);
    let page = get(s.addr, "/v1/events?actor=kim-jong-un&code=04&country=ru").json();
    let items = page["items"].as_array().unwrap();
    assert!(!items.is_empty(), "{page}");
    for e in items {
        assert!(e["code"].as_str().unwrap().starts_with("04"), "{e}");
        assert!(
            [&e["actor1"], &e["actor2"]]
                .iter()
                .any(|a| a["id"] == "kim-jong-un"),
            "{e}"
        );
    }
    assert!(
        items.iter().any(|e| e["code"] == "042"),
        "the visit: {page}"
    );
    let one = get(s.addr, "/v1/events?limit=1").json();
    let next = one["next_cursor"].as_str().unwrap();
    let two = get(s.addr, &format!("/v1/events?limit=1&cursor={next}")).json();
    assert_ne!(one["items"][0], two["items"][0]);
    let entity = get(s.addr, "/v1/entities/kim-jong-un").json();
    assert!(!entity["events"].as_array().unwrap().is_empty(), "{entity}");
    for (query, needle) in [
        ("code=visite", "visite"),
        ("country=Russie", "Russie"),
        ("from=hier", "hier"),
        ("acteur=x", "acteur"),
    ] {
        let r = get(s.addr, &format!("/v1/events?{query}"));
        assert_eq!(r.status, 400, "{query}");
        let msg = r.json()["error"]["message"].as_str().unwrap().to_string();
        assert!(msg.contains(needle), "{query}: {msg}");
    }
}
