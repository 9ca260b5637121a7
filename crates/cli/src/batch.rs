//! `planx batch`: every file of an archive folder one JSON line, in
//! parallel, in sorted order, never stopping on a bad file.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use planx_normalizer::LatvianLexicon;
use planx_record::{DocumentRecord, Record, Source, FORMAT};
use rayon::prelude::*;

use crate::{read_record, sha256_hex};

/// Largest file read; a larger one gets an `error` record.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// What one batch run should do.
#[derive(Debug, Clone, Default)]
pub struct BatchOptions {
    /// Process only files whose path hash falls in shard `k` of `n`
    /// (0-based `k`).
    pub shard: Option<(u64, u64)>,
    /// Lines of an earlier run: files whose sha256 is unchanged keep them.
    pub resume: BTreeMap<String, (String, String)>,
    /// Longest time one file may take; `None` for no limit.
    pub timeout: Option<Duration>,
}

/// One processed file: its relative path and its JSON line.
#[derive(Debug, Clone)]
pub struct Line {
    /// Path as written in the record.
    pub path: String,
    /// The record's kind.
    pub kind: String,
    /// The error reason, for `error` records.
    pub error: Option<String>,
    /// The record as one JSON line (no newline).
    pub json: String,
}

/// Every regular file under `root`, sorted by path. Symbolic links are
/// followed only when they resolve inside `root`; others are returned in the
/// second list.
pub fn walk(root: &Path) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut files = Vec::new();
    let mut outside = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    let mut seen_dirs = BTreeSet::new();
    while let Some(dir) = stack.pop() {
        if let Ok(c) = dir.canonicalize() {
            if !seen_dirs.insert(c) {
                continue;
            }
        }
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            if meta.file_type().is_symlink() {
                match path.canonicalize() {
                    Ok(target) if target.starts_with(&canonical_root) => {
                        if target.is_dir() {
                            stack.push(path);
                        } else {
                            files.push(path);
                        }
                    }
                    _ => outside.push(path),
                }
            } else if meta.is_dir() {
                stack.push(path);
            } else if meta.is_file() {
                files.push(path);
            }
        }
    }
    files.sort();
    outside.sort();
    (files, outside)
}

/// FNV-1a, stable across runs and machines, for sharding.
pub fn path_hash(path: &str) -> u64 {
    path.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Processes `files` (display paths given by `name`) in parallel; the
/// result is in the order of `files`.
pub fn run(
    files: &[(PathBuf, String)],
    options: &BatchOptions,
    lexicon: &Arc<LatvianLexicon>,
    progress: &(dyn Fn() + Sync),
) -> Vec<Line> {
    files
        .par_iter()
        .map(|(path, name)| {
            let line = one(path, name, options, lexicon);
            progress();
            line
        })
        .collect()
}

fn one(path: &Path, name: &str, options: &BatchOptions, lexicon: &Arc<LatvianLexicon>) -> Line {
    let record = match read_bounded(path) {
        Err(reason) => error_record(name, String::new(), reason),
        Ok(bytes) => {
            let sha = sha256_hex(&bytes);
            if let Some((old_sha, json)) = options.resume.get(name) {
                if *old_sha == sha {
                    let kind = serde_json::from_str::<serde_json::Value>(json)
                        .ok()
                        .and_then(|v| v["kind"].as_str().map(String::from))
                        .unwrap_or_default();
                    return Line {
                        path: name.to_string(),
                        kind,
                        error: None,
                        json: json.clone(),
                    };
                }
            }
            read_with_deadline(bytes, name, sha, lexicon, options.timeout)
        }
    };
    let error = match &record {
        Record::Document(d) => d.error.clone(),
        Record::Plan(_) => None,
    };
    Line {
        path: name.to_string(),
        kind: record.kind().to_string(),
        error,
        json: serde_json::to_string(&record).unwrap_or_else(|e| {
            format!("{{\"kind\":\"error\",\"error\":\"cannot serialise: {e}\"}}")
        }),
    }
}

/// Reads one file on a thread of its own, so that a file that takes longer
/// than `timeout` becomes an `error` record ("timed out") and the batch goes
/// on. Rust cannot stop a thread: the abandoned one runs to its end in the
/// background (every stage is bounded, so it does end). A panic becomes an
/// `error` record too.
fn read_with_deadline(
    bytes: Vec<u8>,
    name: &str,
    sha: String,
    lexicon: &Arc<LatvianLexicon>,
    timeout: Option<Duration>,
) -> Record {
    let run = {
        let lexicon = Arc::clone(lexicon);
        let name = name.to_string();
        move || {
            catch_unwind(AssertUnwindSafe(|| read_record(&bytes, &name, &lexicon))).map_err(
                |panic| {
                    panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".to_string())
                },
            )
        }
    };
    let outcome = match timeout {
        None => run(),
        Some(limit) => {
            let (tx, rx) = mpsc::channel();
            let spawned = std::thread::Builder::new()
                .name(format!("planx {name}"))
                .spawn(move || {
                    let _ = tx.send(run());
                });
            if let Err(e) = spawned {
                return error_record(name, sha, format!("cannot start a worker: {e}"));
            }
            match rx.recv_timeout(limit) {
                Ok(outcome) => outcome,
                Err(_) => {
                    return error_record(
                        name,
                        sha,
                        format!("timed out: not read within {} s", limit.as_secs_f64()),
                    );
                }
            }
        }
    };
    outcome.unwrap_or_else(|what| {
        error_record(
            name,
            sha,
            format!("internal error while reading (a planx bug): {what}"),
        )
    })
}

fn read_bounded(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "too large: {} bytes, the limit is {MAX_FILE_BYTES}",
            meta.len()
        ));
    }
    std::fs::read(path).map_err(|e| format!("cannot read: {e}"))
}

/// A record of kind `error`.
pub fn error_record(path: &str, sha256: String, reason: String) -> Record {
    Record::Document(Box::new(DocumentRecord {
        format: FORMAT.to_string(),
        kind: "error".to_string(),
        source: Source {
            path: path.to_string(),
            sha256,
            input: None,
            pages: None,
            encoding: None,
            decoding: Vec::new(),
        },
        error: Some(reason),
        facts: serde_json::Map::new(),
        warnings: Vec::new(),
    }))
}

/// Earlier output lines by path: (sha256, line).
pub fn read_resume(path: &Path) -> BTreeMap<String, (String, String)> {
    let Ok(file) = std::fs::File::open(path) else {
        return BTreeMap::new();
    };
    std::io::BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .filter_map(|line| {
            let v: serde_json::Value = serde_json::from_str(&line).ok()?;
            let p = v["source"]["path"].as_str()?.to_string();
            let sha = v["source"]["sha256"].as_str()?.to_string();
            (!sha.is_empty() && v["kind"] != "error").then_some((p, (sha, line)))
        })
        .collect()
}

/// Writes the lines to `out` through a temporary file renamed at the end.
pub fn write_atomically(out: &Path, lines: &[Line]) -> std::io::Result<()> {
    let tmp = out.with_extension("jsonl.tmp");
    {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        for l in lines {
            w.write_all(l.json.as_bytes())?;
            w.write_all(b"\n")?;
        }
        w.flush()?;
    }
    std::fs::rename(&tmp, out)
}

/// Files by kind, errors by reason, files per second.
pub fn summary(lines: &[Line], started: Instant) -> String {
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut errors: BTreeMap<String, usize> = BTreeMap::new();
    for l in lines {
        *kinds.entry(&l.kind).or_default() += 1;
        if let Some(e) = &l.error {
            let reason = e.split(':').next().unwrap_or(e).to_string();
            *errors.entry(reason).or_default() += 1;
        }
    }
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let mut s = format!(
        "{} files in {:.2} s ({:.1} files/s)\n",
        lines.len(),
        secs,
        lines.len() as f64 / secs
    );
    for (k, n) in kinds {
        s.push_str(&format!("  {k}: {n}\n"));
    }
    for (e, n) in errors {
        s.push_str(&format!("  error reason '{e}': {n}\n"));
    }
    s
}
