//! Where HTTP is served: the JSON API under `/v1` and the web page, over one article store.
//!
//! - `POST /v1/analyze`: text (or HTML, or `{"text": ..., "published": ...}`) in, record out.
//! - `GET /v1/articles/{id}`, `/v1/quotes`, `/v1/statements/{id}`, `/v1/entities/{id}`,
//!   `/v1/search`, `/healthz`.
//! - `GET /v1/openapi.json`: the OpenAPI document (`openapi.json` beside this file; a test
//!   checks that it lists exactly the routes in [`ROUTES`]).
//! - `GET /`: the web page (`static/`, compiled into the binary: no CDN, no external font).
//!
//! Every error is JSON, `{"error": {"status": 400, "message": "..."}}`. Bodies are limited to
//! [`BODY_LIMIT`], requests to [`REQUEST_TIMEOUT`], pages to [`PAGE_LIMIT`] items. The store is
//! used from blocking threads behind one lock (SQLite connections are not shared).

use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use depeche_pipeline::{Pipeline, PublishedSource, TextInput};
use depeche_store::{QuoteQuery, SearchQuery, Store, StoreError};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

mod html;

/// Largest request body (an article is kilobytes; 2 MiB leaves room for long HTML pages).
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;
/// Longest a request may take.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Largest page of results the API returns.
pub const PAGE_LIMIT: usize = 100;

/// Every route, as (method, OpenAPI path). The OpenAPI document must list exactly these.
pub const ROUTES: &[(&str, &str)] = &[
    ("get", "/healthz"),
    ("post", "/v1/analyze"),
    ("get", "/v1/articles/{id}"),
    ("get", "/v1/quotes"),
    ("get", "/v1/statements/{id}"),
    ("get", "/v1/entities/{id}"),
    ("get", "/v1/search"),
    ("get", "/v1/openapi.json"),
    ("get", "/v1/stats/parity"),
    ("get", "/v1/events"),
];

/// The OpenAPI 3.1 document served at `/v1/openapi.json`.
pub const OPENAPI: &str = include_str!("openapi.json");

const INDEX_HTML: &str = include_str!("../static/index.html");
const APP_JS: &str = include_str!("../static/app.js");
const APP_CSS: &str = include_str!("../static/app.css");

struct AppState {
    /// One connection per worker: a request takes a free one, so requests on different
    /// connections run at once (SQLite's WAL lets readers proceed side by side).
    stores: Vec<Mutex<Box<dyn Store>>>,
    next: AtomicUsize,
    pipeline: Pipeline,
}

type Shared = Arc<AppState>;

/// An API error: a status and a message for people.
#[derive(Debug)]
pub struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        error_response(self.0, &self.1)
    }
}

fn error_response(status: StatusCode, message: &str) -> Response {
    let body = json!({"error": {"status": status.as_u16(), "message": message}});
    (status, Json(body)).into_response()
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::BadQuery(m) => ApiError(StatusCode::BAD_REQUEST, m),
            StoreError::BadRecord(m) => ApiError(StatusCode::UNPROCESSABLE_ENTITY, m),
            other => {
                eprintln!("depeche serve: {other}");
                ApiError(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the article store failed; see the server log".into(),
                )
            }
        }
    }
}

fn bad(msg: impl Into<String>) -> ApiError {
    ApiError(StatusCode::BAD_REQUEST, msg.into())
}

/// Run a store call on a blocking thread.
async fn with_store<T: Send + 'static>(
    st: &Shared,
    f: impl FnOnce(&mut dyn Store) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, ApiError> {
    let st = st.clone();
    tokio::task::spawn_blocking(move || {
        let n = st.stores.len();
        let start = st.next.fetch_add(1, Ordering::Relaxed) % n;
        // a free connection if there is one, else wait for the one in turn
        let mut guard = (0..n)
            .find_map(|k| st.stores[(start + k) % n].try_lock().ok())
            .unwrap_or_else(|| st.stores[start].lock().unwrap_or_else(|p| p.into_inner()));
        f(guard.as_mut())
    })
    .await
    .map_err(|e| {
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("worker failed: {e}"),
        )
    })?
    .map_err(ApiError::from)
}

type Params = Result<Query<Vec<(String, String)>>, QueryRejection>;

/// Query parameters by name; unknown names and repeats are refused so typos do not pass
/// silently as "no filter".
fn params(
    p: Params,
    allowed: &[&str],
) -> Result<std::collections::HashMap<String, String>, ApiError> {
    let Query(pairs) = p.map_err(|e| bad(format!("malformed query string: {e}")))?;
    let mut out = std::collections::HashMap::new();
    for (k, v) in pairs {
        if !allowed.contains(&k.as_str()) {
            return Err(bad(format!(
                "unknown parameter {:?} (known: {})",
                k.chars().take(40).collect::<String>(),
                allowed.join(", ")
            )));
        }
        // characters, as the OpenAPI document's maxLength counts them
        if v.chars().count() > 1000 {
            return Err(bad(format!(
                "parameter {k:?} is too long (at most 1000 characters)"
            )));
        }
        if out.insert(k.clone(), v).is_some() {
            return Err(bad(format!("parameter {k:?} given twice")));
        }
    }
    Ok(out)
}

fn limit(p: &std::collections::HashMap<String, String>) -> Result<usize, ApiError> {
    match p.get("limit") {
        None => Ok(20),
        Some(s) => match s.parse::<usize>() {
            Ok(n) if (1..=PAGE_LIMIT).contains(&n) => Ok(n),
            _ => Err(bad(format!(
                "limit must be a number from 1 to {PAGE_LIMIT}"
            ))),
        },
    }
}

async fn healthz(State(st): State<Shared>) -> Result<Json<Value>, ApiError> {
    let stats = with_store(&st, |s| s.stats()).await?;
    Ok(Json(json!({"status": "ok", "stats": stats})))
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

fn article_id(id: &str) -> Result<i64, ApiError> {
    id.parse::<i64>().ok().filter(|&n| n > 0).ok_or_else(|| {
        bad(format!(
            "{:?} is not an article id (a positive number)",
            id.chars().take(40).collect::<String>()
        ))
    })
}

async fn article(
    State(st): State<Shared>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = article_id(&id)?;
    let found = with_store(&st, move |s| {
        Ok(match s.article(id)? {
            Some(a) => Some((a, s.cluster(id)?)),
            None => None,
        })
    })
    .await?;
    match found {
        Some((a, cluster)) => {
            // store-wide ids of the article's entities and speakers, for links to entity pages
            let mut entity_ids = serde_json::Map::new();
            for e in a.record["entities"].as_array().into_iter().flatten() {
                if let (Some(id), Some(name)) = (e["id"].as_str(), e["name"].as_str()) {
                    entity_ids.insert(id.to_string(), json!(depeche_store::entity_key(name)));
                }
            }
            let speaker_ids: Vec<Value> = a.record["quotes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|q| match q["speaker"]["name"].as_str() {
                    Some(n) => json!(depeche_store::entity_key(n)),
                    None => Value::Null,
                })
                .collect();
            Ok(Json(json!({"id": a.id, "url": a.url, "hash": a.hash,
                "entity_ids": entity_ids, "speaker_ids": speaker_ids, "cluster": cluster,
                "record": a.record})))
        }
        None => Err(ApiError(StatusCode::NOT_FOUND, format!("no article {id}"))),
    }
}

async fn quotes(State(st): State<Shared>, q: Params) -> Result<Json<Value>, ApiError> {
    let mut p = params(
        q,
        &[
            "q",
            "speaker",
            "entity",
            "place",
            "from",
            "to",
            "limit",
            "cursor",
            "all_copies",
        ],
    )?;
    let all_copies = flag(&p, "all_copies")?;
    let query = QuoteQuery {
        all_copies,
        limit: limit(&p)?,
        q: p.remove("q"),
        speaker: p.remove("speaker"),
        entity: p.remove("entity"),
        place: p.remove("place"),
        from: p.remove("from"),
        to: p.remove("to"),
        cursor: p.remove("cursor"),
    };
    let page = with_store(&st, move |s| s.quotes(&query)).await?;
    Ok(Json(serde_json::to_value(page).expect("serialisable")))
}

/// A boolean parameter: `true` or `false`, absent meaning false.
fn flag(p: &std::collections::HashMap<String, String>, name: &str) -> Result<bool, ApiError> {
    match p.get(name).map(String::as_str) {
        None | Some("false") => Ok(false),
        Some("true") => Ok(true),
        Some(_) => Err(bad(format!("{name} must be true or false"))),
    }
}

async fn statement(
    State(st): State<Shared>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = id.parse::<i64>().ok().filter(|&n| n > 0).ok_or_else(|| {
        bad(format!(
            "{:?} is not a statement id (a positive number)",
            id.chars().take(40).collect::<String>()
        ))
    })?;
    match with_store(&st, move |s| s.statement(id)).await? {
        Some(s) => Ok(Json(serde_json::to_value(s).expect("serialisable"))),
        None => Err(ApiError(
            StatusCode::NOT_FOUND,
            format!("no statement {id}"),
        )),
    }
}

async fn search(State(st): State<Shared>, q: Params) -> Result<Json<Value>, ApiError> {
    let mut p = params(
        q,
        &[
            "q",
            "speaker",
            "entity",
            "place",
            "from",
            "to",
            "source",
            "limit",
            "cursor",
            "all_copies",
        ],
    )?;
    let all_copies = flag(&p, "all_copies")?;
    let query = SearchQuery {
        all_copies,
        limit: limit(&p)?,
        q: p.remove("q"),
        speaker: p.remove("speaker"),
        entity: p.remove("entity"),
        place: p.remove("place"),
        from: p.remove("from"),
        to: p.remove("to"),
        source: p.remove("source"),
        cursor: p.remove("cursor"),
    };
    let page = with_store(&st, move |s| s.search(&query)).await?;
    Ok(Json(serde_json::to_value(page).expect("serialisable")))
}

async fn entity(State(st): State<Shared>, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let key = id.clone();
    match with_store(&st, move |s| s.entity(&key)).await? {
        Some(page) => Ok(Json(serde_json::to_value(page).expect("serialisable"))),
        None => Err(ApiError(
            StatusCode::NOT_FOUND,
            format!("no entity {:?}", id.chars().take(60).collect::<String>()),
        )),
    }
}

/// `GET /v1/events?actor&code&country&from&to&limit&cursor`: coded events (CAMEO), newest
/// stored article first (see `depeche_store::events`).
async fn events(State(st): State<Shared>, q: Params) -> Result<Json<Value>, ApiError> {
    let mut p = params(
        q,
        &["actor", "code", "country", "from", "to", "limit", "cursor"],
    )?;
    let query = depeche_store::EventQuery {
        limit: limit(&p)?,
        actor: p.remove("actor"),
        code: p.remove("code"),
        country: p.remove("country"),
        from: p.remove("from"),
        to: p.remove("to"),
        cursor: p.remove("cursor"),
    };
    let page = with_store(&st, move |s| s.events(&query)).await?;
    Ok(Json(serde_json::to_value(page).expect("serialisable")))
}

/// `GET /v1/stats/parity?by=month|source|entity|place&from&to&limit`: quotations by women,
/// men and persons of unknown gender per group (see `depeche_store::parity`).
async fn parity(State(st): State<Shared>, q: Params) -> Result<Json<Value>, ApiError> {
    let mut p = params(q, &["by", "from", "to", "limit"])?;
    let by: depeche_store::ParityBy = p.remove("by").unwrap_or_default().parse()?;
    let limit = match p.get("limit") {
        None => 50,
        Some(_) => limit(&p)?,
    };
    let query = depeche_store::ParityQuery {
        by,
        from: p.remove("from"),
        to: p.remove("to"),
        limit,
    };
    let groups = with_store(&st, move |s| s.parity(&query)).await?;
    Ok(Json(json!({"by": by, "groups": groups})))
}

/// `POST /v1/analyze`: `text/plain`, `text/html`, or JSON `{"text", "published"?, "source"?}`.
async fn analyze(
    State(st): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("text/plain")
        .to_ascii_lowercase();
    let utf8 = |b: &[u8]| {
        std::str::from_utf8(b).map(str::to_string).map_err(|e| {
            bad(format!(
                "body is not UTF-8 (invalid byte at offset {})",
                e.valid_up_to()
            ))
        })
    };
    let (text, published, source) = if ctype.starts_with("application/json") {
        let v: Value =
            serde_json::from_slice(&body).map_err(|e| bad(format!("invalid JSON: {e}")))?;
        let text = v
            .get("text")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("JSON body needs a string field `text`"))?
            .to_string();
        let published = match v.get("published") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(
                // exactly YYYY-MM-DD (chrono alone also takes `2023-9-1` or a sign), a day
                // of the calendar: the OpenAPI document's pattern
                Some(s)
                    .filter(|s| {
                        s.len() == 10
                            && s.bytes().enumerate().all(|(i, b)| match i {
                                4 | 7 => b == b'-',
                                _ => b.is_ascii_digit(),
                            })
                    })
                    .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
                    .ok_or_else(|| bad(format!("`published` {s:?} is not a date YYYY-MM-DD")))?,
            ),
            Some(_) => return Err(bad("`published` must be a string YYYY-MM-DD")),
        };
        let source = match v.get("source") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => return Err(bad("`source` must be a string")),
        };
        (text, published, source)
    } else if ctype.starts_with("text/html") || ctype.starts_with("application/xhtml") {
        (html::to_text(&utf8(&body)?), None, None)
    } else if ctype.starts_with("text/plain") {
        (utf8(&body)?, None, None)
    } else {
        return Err(ApiError(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("unsupported Content-Type {ctype:?}: send text/plain, text/html or application/json"),
        ));
    };
    let mut input = TextInput::from_bytes(std::path::Path::new("<request>"), text.into_bytes())
        .map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()))?;
    input.source = source;
    if let Some(d) = published {
        input.published = Some((d, PublishedSource::Given));
    }
    let st = st.clone();
    let record = tokio::task::spawn_blocking(move || st.pipeline.analyze(input).to_record())
        .await
        .map_err(|e| {
            ApiError(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("analysis failed: {e}"),
            )
        })?;
    Ok(Json(record))
}

fn asset(ctype: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(ctype)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response()
}

/// Errors made outside the handlers (unknown route, wrong method, body too large, timeout)
/// come back as JSON too; every response gets conservative security headers.
async fn json_errors(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let status = res.status();
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if (status.is_client_error() || status.is_server_error()) && !is_json {
        let message = match status {
            StatusCode::NOT_FOUND => "no such route".to_string(),
            StatusCode::METHOD_NOT_ALLOWED => "method not allowed on this route".to_string(),
            StatusCode::PAYLOAD_TOO_LARGE => format!("request body over {BODY_LIMIT} bytes"),
            StatusCode::REQUEST_TIMEOUT => {
                format!("request took over {}s", REQUEST_TIMEOUT.as_secs())
            }
            s => s.canonical_reason().unwrap_or("error").to_string(),
        };
        // a 405 keeps its `Allow` header (the methods the route serves, RFC 9110)
        let allow = res.headers().get(header::ALLOW).cloned();
        res = error_response(status, &message);
        if let Some(allow) = allow {
            res.headers_mut().insert(header::ALLOW, allow);
        }
    }
    let h = res.headers_mut();
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        "content-security-policy",
        HeaderValue::from_static("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"),
    );
    res
}

/// The application over a store.
pub fn router(store: Box<dyn Store>) -> Router {
    router_pool(vec![store])
}

/// The application over several connections to one store (at least one).
pub fn router_pool(stores: Vec<Box<dyn Store>>) -> Router {
    assert!(!stores.is_empty(), "router_pool needs a store");
    let state: Shared = Arc::new(AppState {
        stores: stores.into_iter().map(Mutex::new).collect(),
        next: AtomicUsize::new(0),
        pipeline: Pipeline::new(),
    });
    Router::new()
        .route("/healthz", get(healthz))
        .route("/v1/analyze", post(analyze))
        .route("/v1/articles/{id}", get(article))
        .route("/v1/quotes", get(quotes))
        .route("/v1/statements/{id}", get(statement))
        .route("/v1/entities/{id}", get(entity))
        .route("/v1/search", get(search))
        .route("/v1/openapi.json", get(openapi))
        .route("/v1/stats/parity", get(parity))
        .route("/v1/events", get(events))
        .route(
            "/",
            get(|| async { asset("text/html; charset=utf-8", INDEX_HTML) }),
        )
        .route(
            "/app.js",
            get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }),
        )
        .route(
            "/app.css",
            get(|| async { asset("text/css; charset=utf-8", APP_CSS) }),
        )
        .fallback(|| async { ApiError(StatusCode::NOT_FOUND, "no such route".into()) })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(middleware::from_fn(json_errors))
        .with_state(state)
}

/// Serve on an already bound listener until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    store: Box<dyn Store>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_pool(listener, vec![store], shutdown).await
}

/// Serve over several connections to one store until `shutdown` resolves.
pub async fn serve_pool(
    listener: tokio::net::TcpListener,
    stores: Vec<Box<dyn Store>>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router_pool(stores))
        .with_graceful_shutdown(shutdown)
        .await
}

/// `depeche serve`: open the store, bind, serve until Ctrl-C.
pub fn run(db: &str, addr: SocketAddr) -> anyhow::Result<()> {
    // one store connection per core, so that queries do not queue behind one lock
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 8));
    let stores = (0..workers)
        .map(|_| depeche_store::open(db))
        .collect::<Result<Vec<_>, _>>()?;
    if !addr.ip().is_loopback() {
        eprintln!("depeche serve: warning: listening on {addr}, reachable from other machines");
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
        eprintln!("depeche serve: {db} on http://{}/", listener.local_addr()?);
        serve_pool(listener, stores, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
        Ok(())
    })
}
