//! The one path from inputs to records, shared by `depeche analyze` and `depeche ingest`.
//!
//! Inputs are read in order by one thread (files, directories, standard input; every format
//! of `depeche-readers`), articles are extracted and analysed on every core, and the records
//! are handed to the caller in input order. Reading, analysis and the caller's work overlap
//! through a bounded channel, so memory stays bounded on a huge input, and a record reaches
//! the caller as soon as its batch is done (the binary can sit in a pipe reading JSON Lines
//! on standard input).
//!
//! Both commands take the same input options ([`InputArgs`]) so that whatever `analyze`
//! reads, `ingest` stores.

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::ValueEnum;
use depeche_article::Article;
use depeche_pipeline::{EntityMode, Pipeline, PublishedSource};
use depeche_readers::{Format as InputFormat, Input as ReadInput, Options, Pending, ReadError};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Instant;

/// Input formats, to override detection.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Input {
    Text,
    Html,
    Feed,
    Jsonl,
    Warc,
}

/// How inputs are read and analysed; the same for every command that analyses.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Publication date the article is written against (YYYY-MM-DD); relative dates resolve
    /// against it. Without it, the date is read from the input's metadata or inferred from
    /// the text when it can be.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<NaiveDate>,
    /// Input format (detected from the content and the extension when not given).
    #[arg(long, value_enum)]
    pub input_format: Option<Input>,
    /// Largest article accepted, in bytes: a text or HTML file, a JSON line, a WARC record
    /// (news articles are kilobytes; a larger one is almost always the wrong input).
    #[arg(long, default_value_t = 10_000_000)]
    pub max_bytes: u64,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Entity tagger: `combined` (default: the rules plus the trained model with its POS
    /// tagger; as accurate on modern news, better on OCR and historical newspapers) or `rules`
    /// (the rules alone, about 30% less CPU for the whole analysis).
    #[arg(long, value_enum, default_value_t = Entities::Combined)]
    pub entities: Entities,
    /// Name each file a directory holds that is skipped as not an article format.
    #[arg(long, short)]
    pub verbose: bool,
    /// Files or directories (read recursively, sorted; `-` reads standard input): plain text,
    /// HTML, RSS/Atom, JSON Lines, WARC; gzip or zstd compressed or not. In a directory only
    /// files of these formats are read (by extension: .txt .html .htm .xml .rss .atom .jsonl
    /// .warc, each optionally .gz/.zst; or, without one, by content); a file named here is
    /// always read.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
}

/// The files to read, and the files directories held that are not articles.
pub struct Selected {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<PathBuf>,
}

impl Selected {
    /// The end of a command's summary line: `, 7 files skipped: not an article format`.
    pub fn summary(&self) -> String {
        match self.skipped.len() {
            0 => String::new(),
            1 => ", 1 file skipped: not an article format".into(),
            n => format!(", {n} files skipped: not an article format"),
        }
    }
}

/// The entity taggers a user can choose (see [`EntityMode`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Entities {
    Rules,
    Combined,
}

impl From<Entities> for EntityMode {
    fn from(e: Entities) -> Self {
        match e {
            Entities::Rules => EntityMode::Rules,
            Entities::Combined => EntityMode::Combined,
        }
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|e| format!("{s:?} is not a date YYYY-MM-DD: {e}"))
}

impl InputArgs {
    /// The files to read, directories expanded (sorted, so output order is stable) to the
    /// files that hold articles ([`depeche_readers::is_article_file`]); with `--verbose`, each
    /// file left out is named on stderr.
    pub fn files(&self) -> Result<Selected> {
        let mut sel = Selected {
            files: Vec::new(),
            skipped: Vec::new(),
        };
        expand(&self.inputs, true, &mut sel)?;
        if self.verbose {
            for p in &sel.skipped {
                eprintln!("depeche: {}: skipped: not an article format", p.display());
            }
        }
        Ok(sel)
    }

    /// Whether `path` may hold several articles (so output defaults to JSON Lines).
    pub fn multi(&self, path: &Path) -> bool {
        matches!(
            depeche_readers::sniff(path, b""),
            InputFormat::Jsonl | InputFormat::Warc | InputFormat::Feed
        ) || path.as_os_str() == "-"
            && self
                .input_format
                .is_some_and(|f| f != Input::Text && f != Input::Html)
    }

    fn options(&self) -> Options {
        Options {
            max_bytes: self.max_bytes,
            format: self.input_format.map(|f| match f {
                Input::Text => InputFormat::Text,
                Input::Html => InputFormat::Html,
                Input::Feed => InputFormat::Feed,
                Input::Jsonl => InputFormat::Jsonl,
                Input::Warc => InputFormat::Warc,
            }),
        }
    }
}

/// Expand directories into their files, recursively and sorted; hidden entries are skipped
/// (editor swap files, `.git`), files found in a directory are kept only when they hold
/// articles, and a missing input is an error naming it. `named`: the user named these.
fn expand(inputs: &[PathBuf], named: bool, out: &mut Selected) -> Result<()> {
    for p in inputs {
        if p.as_os_str() == "-" {
            out.files.push(p.clone());
        } else if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("{}: cannot list directory", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    !p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            entries.sort();
            expand(&entries, false, out)?;
        } else if p.exists() {
            if named || depeche_readers::is_article_file(p) {
                out.files.push(p.clone());
            } else {
                out.skipped.push(p.clone());
            }
        } else {
            bail!("{}: no such file or directory", p.display());
        }
    }
    Ok(())
}

/// What a run did.
pub struct Summary {
    pub articles: usize,
    /// Articles read and left out before analysis because `known` said so.
    pub known: usize,
    pub failures: usize,
    pub words: usize,
    pub secs: f64,
}

impl Summary {
    pub fn rate(&self) -> f64 {
        self.articles as f64 / self.secs.max(1e-9)
    }
}

/// What the reader thread sends: an input to analyse, or the end of a file.
enum Msg {
    Item(Result<Pending, ReadError>),
    FileDone,
}

/// What became of one input: analysed (the caller's value and the article's words), left
/// out as known (see [`run`]), or failed with a message.
enum Outcome<T> {
    Analysed(T, usize),
    Known,
    Failed(String),
}

/// One analysed batch, in input order, and how many input files it finished.
struct Done<T> {
    results: Vec<Outcome<T>>,
    files_done: u64,
}

/// Inputs taken at once for the workers: enough to keep every core busy, small enough that
/// a slow stream (stdin) is not held back (a batch never waits for more than what arrived).
const BATCH: usize = 64;

/// Read `files`, analyse every article on the worker pool, turn each record into a `T` with
/// `finish` (on the workers too: serialising is work worth spreading), and give the results
/// to `sink` in input order on the calling thread.
///
/// A bad input (unreadable file, invalid line, page without text) is reported on stderr with
/// its file and place, counted, and the run goes on. An error from `sink` (the store refused
/// a write, stdout closed) stops the run and is returned: what `sink` had already taken is
/// the caller's to keep.
///
/// `known`, when given, is asked about each input once it is read (HTML extracted), before
/// analysis: an input it knows (`depeche ingest`: stored before with the same text) is
/// counted in [`Summary::known`] and not analysed, so it costs its reading only.
pub fn run<T: Send>(
    args: &InputArgs,
    files: &[PathBuf],
    known: Option<&(dyn Fn(&ReadInput) -> bool + Sync)>,
    finish: impl Fn(&Article) -> Result<T, String> + Sync,
    mut sink: impl FnMut(T) -> Result<()>,
) -> Result<Summary> {
    let opts = args.options();
    let mut pool = rayon::ThreadPoolBuilder::new()
        // deep HTML (10,000 nested elements) must not overflow a worker's stack
        .stack_size(256 * 1024 * 1024);
    if let Some(j) = args.jobs {
        pool = pool.num_threads(j.max(1));
    }
    let pool = pool.build().context("cannot start worker threads")?;
    let pipeline = Pipeline::with_entities(args.entities.into());
    let published = args.published;

    let (tx, rx) = mpsc::sync_channel::<Msg>(BATCH * 4);
    let reader_files = files.to_vec();
    let reader = std::thread::spawn(move || {
        for path in &reader_files {
            for item in depeche_readers::read(path, &opts) {
                if tx.send(Msg::Item(item)).is_err() {
                    return;
                }
            }
            if tx.send(Msg::FileDone).is_err() {
                return;
            }
        }
    });

    let progress = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:30} {pos}/{len} files  {msg}  [{elapsed_precise} < {eta}]",
            )
            .expect("valid template"),
        );
        bar
    });

    let started = Instant::now();
    let (mut articles, mut failures, mut words) = (0usize, 0usize, 0usize);
    let mut known_count = 0usize;
    let mut outcome = Ok(());
    std::thread::scope(|scope| {
        // The dispatcher hands batch after batch to the pool while this thread gives the
        // previous batch's results to `sink`: writing overlaps analysis instead of leaving
        // the workers idle between batches, which is what kept two cores from scaling.
        let (done_tx, done_rx) = mpsc::sync_channel::<Done<T>>(1);
        let (pool, pipeline, finish) = (&pool, &pipeline, &finish);
        scope.spawn(move || {
            let mut open = true;
            while open {
                let mut batch: Vec<Result<Pending, ReadError>> = Vec::with_capacity(BATCH);
                let mut files_done = 0u64;
                // block for the first message only, then take what is already there
                match rx.recv() {
                    Ok(Msg::Item(i)) => batch.push(i),
                    Ok(Msg::FileDone) => files_done += 1,
                    Err(_) => open = false,
                }
                while batch.len() < BATCH {
                    match rx.try_recv() {
                        Ok(Msg::Item(i)) => batch.push(i),
                        Ok(Msg::FileDone) => files_done += 1,
                        Err(mpsc::TryRecvError::Empty) => break,
                        Err(mpsc::TryRecvError::Disconnected) => {
                            open = false;
                            break;
                        }
                    }
                }
                let results = pool.install(|| {
                    batch
                        .into_par_iter()
                        .map(|item| analyze_one(pipeline, item, published, known, finish))
                        .collect()
                });
                // the receiver is gone when `sink` failed: stop reading
                if done_tx
                    .send(Done {
                        results,
                        files_done,
                    })
                    .is_err()
                {
                    break;
                }
            }
            // dropping `rx` here stops the reader at its next send
        });
        for done in done_rx.iter() {
            for d in done.results {
                match d {
                    Outcome::Analysed(value, w) => {
                        if let Err(e) = sink(value) {
                            outcome = Err(e);
                            break;
                        }
                        articles += 1;
                        words += w;
                    }
                    Outcome::Known => known_count += 1,
                    Outcome::Failed(e) => {
                        failures += 1;
                        match &progress {
                            Some(bar) => bar.suspend(|| eprintln!("depeche: {e}")),
                            None => eprintln!("depeche: {e}"),
                        }
                    }
                }
            }
            if outcome.is_err() {
                break;
            }
            if let Some(bar) = &progress {
                bar.inc(done.files_done);
                let secs = started.elapsed().as_secs_f64().max(1e-9);
                bar.set_message(format!(
                    "{articles} articles, {failures} failed, {:.0} articles/s",
                    articles as f64 / secs
                ));
            }
        }
        // `done_rx` is dropped when this closure returns, so after a `sink` error the
        // dispatcher stops at its next send (it may finish the batch in flight first)
    });
    if reader.join().is_err() {
        // a panic in the reader would otherwise end the run early and look like success
        bail!("the input reader stopped unexpectedly: the output is incomplete");
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    outcome?;
    Ok(Summary {
        articles,
        known: known_count,
        failures,
        words,
        secs: started.elapsed().as_secs_f64(),
    })
}

fn analyze_one<T>(
    pipeline: &Pipeline,
    item: Result<Pending, ReadError>,
    published: Option<NaiveDate>,
    known: Option<&(dyn Fn(&ReadInput) -> bool + Sync)>,
    finish: &(impl Fn(&Article) -> Result<T, String> + Sync),
) -> Outcome<T> {
    let input = match item.and_then(Pending::resolve) {
        Ok(i) => i,
        Err(e) => return Outcome::Failed(e.to_string()),
    };
    if known.is_some_and(|k| k(&input)) {
        return Outcome::Known;
    }
    let (mut article, _) = input.into_article();
    if let Some(d) = published {
        article.published = Some(d);
        article.published_source = Some(PublishedSource::Given);
    }
    if let Err(e) = pipeline.try_run(&mut article) {
        let name = article.source.as_deref().unwrap_or("<input>");
        return Outcome::Failed(format!(
            "{name} (article {}): {e}; the article is skipped",
            article.id
        ));
    }
    let words = article.text.split_whitespace().count();
    match finish(&article) {
        Ok(v) => Outcome::Analysed(v, words),
        Err(e) => Outcome::Failed(e),
    }
}
