//! A server on 127.0.0.1 with an ephemeral port over a fresh store, and a tiny HTTP client.
#![allow(dead_code)]

use depeche_pipeline::{Pipeline, TextInput};
use depeche_store::{SqliteStore, Store};
use serde_json::Value;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub struct Server {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// An article whose text carries markup that must never run in the page.
pub const SCRIPT_ARTICLE: &str = "Alerte <script>window.__xss = 1; alert('xss')</script> au Sénat\n\n\
« Nous refusons <img src=x onerror=\"window.__xss=2\"> ce texte », a déclaré Jean Dupont, sénateur, mardi 12 septembre 2023 à Paris.\n";

/// The shared data directory (`../shared/data` beside the repository), or `None` with the
/// reason printed when it is absent or `DEPECHE_NO_SHARED=1` hides it: the repository must
/// pass its tests alone, and CI proves it by running them a second time with the variable set.
pub fn shared_data() -> Option<PathBuf> {
    if std::env::var("DEPECHE_NO_SHARED").is_ok_and(|v| v == "1") {
        eprintln!("skipped: DEPECHE_NO_SHARED=1 hides ../shared/data");
        return None;
    }
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared/data not found beside the repository");
        None
    }
}

/// The reference article the repository ships (`examples/seed-kim-poutine.txt`).
pub fn example_article() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/seed-kim-poutine.txt")
}

/// A store with the example article (always first), the development articles of the shared
/// data when there, and the script article (always last).
pub fn fill(path: &Path) -> Vec<i64> {
    let mut store = SqliteStore::open(path.to_str().unwrap()).unwrap();
    let pipeline = Pipeline::new();
    let mut ids = Vec::new();
    let mut inputs: Vec<TextInput> = Vec::new();
    inputs.push(TextInput::from_path(&example_article(), 1 << 20).unwrap());
    if let Some(data) = shared_data() {
        let mut dev: Vec<PathBuf> = std::fs::read_dir(data.join("dev-articles"))
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default();
        dev.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        dev.sort();
        for p in dev {
            inputs.push(TextInput::from_path(&p, 1 << 20).unwrap());
        }
    }
    inputs.push(
        TextInput::from_bytes(Path::new("script.txt"), SCRIPT_ARTICLE.as_bytes().to_vec()).unwrap(),
    );
    for i in inputs {
        ids.push(store.put(&pipeline.analyze(i).to_record()).unwrap().id);
    }
    ids
}

pub fn temp_db(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("depeche-server-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("news.db")
}

pub fn start(db: &Path) -> Server {
    // two connections, as `depeche serve` opens one per core: requests run on either
    let stores: Vec<Box<dyn Store>> = (0..2)
        .map(|_| Box::new(SqliteStore::open(db.to_str().unwrap()).unwrap()) as Box<dyn Store>)
        .collect();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let (atx, arx) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            atx.send(listener.local_addr().unwrap()).unwrap();
            depeche_server::serve_pool(listener, stores, async {
                let _ = rx.await;
            })
            .await
            .unwrap();
        });
    });
    let addr = arx.recv_timeout(Duration::from_secs(30)).unwrap();
    Server {
        addr,
        stop: Some(tx),
        thread: Some(thread),
    }
}

pub struct Reply {
    pub status: u16,
    pub headers: String,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

/// One request on a fresh connection (`Connection: close`), bounded by a 30 s timeout.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    ctype: Option<&str>,
    body: &[u8],
) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if let Some(c) = ctype {
        head.push_str(&format!("Content-Type: {c}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    // the server may answer and close before a large body is sent: that is fine
    let _ = s.write_all(body);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response head");
    let headers = String::from_utf8_lossy(&raw[..split]).to_string();
    let status = headers.split(' ').nth(1).unwrap().parse().unwrap();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    Reply {
        status,
        headers,
        body,
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(nl) = b.windows(2).position(|w| w == b"\r\n") {
        let n =
            usize::from_str_radix(std::str::from_utf8(&b[..nl]).unwrap().trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.extend_from_slice(&b[nl + 2..nl + 2 + n]);
        b = &b[nl + 2 + n + 2..];
    }
    out
}

pub fn get(addr: SocketAddr, path: &str) -> Reply {
    request(addr, "GET", path, None, b"")
}
