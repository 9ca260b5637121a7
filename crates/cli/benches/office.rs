//! DOCX files per second: planx in process — the extractor alone (cells
//! and paragraphs, [`planx_extractor::extract`] with default options) and
//! the whole record ([`planx_cli::read_record_with`], no OCR) — against
//! python-docx reading the same files in one `python3` process (every
//! table, row and cell's text and every paragraph's text), in the same run.
//! python-docx is timed inside Python, so the interpreter's start-up is not
//! counted; without python-docx the peer is skipped, never failed.
//! `cargo bench -p planx-cli --bench office`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use planx_extractor::{extract, ExtractOptions};

/// Timed rounds for each reader, after one warm-up round.
const ROUNDS: usize = 5;

/// python-docx over the files named on the command line: one warm-up
/// round, then `ROUNDS` timed ones; prints the best round in seconds.
/// Exits with 3 when python-docx cannot be imported.
const PEER: &str = r#"
import sys, time
try:
    import docx
except ImportError as e:
    print(f"python-docx not importable: {e}")
    sys.exit(3)
rounds, paths = int(sys.argv[1]), sys.argv[2:]
def read_all():
    chars = 0
    for path in paths:
        d = docx.Document(path)
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    chars += len(cell.text)
        for p in d.paragraphs:
            chars += len(p.text)
    return chars
read_all()
best = float("inf")
for _ in range(rounds):
    t = time.perf_counter()
    read_all()
    best = min(best, time.perf_counter() - t)
print(best)
"#;

fn best_of(rounds: usize, mut f: impl FnMut()) -> f64 {
    f();
    (0..rounds)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// The `.docx` files directly in `dir`.
fn docx_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx"))
        .collect()
}

/// Every `.docx` of `fixtures/office/` and of each `fixtures/generated/*/`.
fn fixtures() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let mut files = docx_in(&root.join("office"));
    let generated = std::fs::read_dir(root.join("generated"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir());
    for dir in generated {
        files.extend(docx_in(&dir));
    }
    files.sort();
    files
}

/// python-docx's best round in seconds, or why it was not timed.
fn python_docx(files: &[PathBuf]) -> Result<f64, String> {
    let out = Command::new("python3")
        .arg("-c")
        .arg(PEER)
        .arg(ROUNDS.to_string())
        .args(files)
        .output()
        .map_err(|e| format!("python3 could not be run: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(format!("{} {}", stdout.trim(), stderr.trim())
            .trim()
            .to_string());
    }
    stdout
        .trim()
        .parse()
        .map_err(|_| format!("python3 printed {:?}, not seconds", stdout.trim()))
}

fn main() {
    let files = fixtures();
    assert!(!files.is_empty(), "no .docx fixtures found");
    let bytes: Vec<(Vec<u8>, String)> = files
        .iter()
        .map(|p| (std::fs::read(p).expect("read"), p.display().to_string()))
        .collect();
    let lexicon = planx_normalizer::LatvianLexicon::load().expect("dictionary");
    let options = ExtractOptions::default();
    let extractor = best_of(ROUNDS, || {
        for (b, name) in &bytes {
            let ex = extract(b, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!ex.items.is_empty(), "{name}: nothing read");
        }
    });
    let records = best_of(ROUNDS, || {
        for (b, name) in &bytes {
            let rec = planx_cli::read_record_with(b, name, &lexicon, None);
            assert_ne!(rec.kind(), "error", "{name}");
        }
    });
    let n = files.len() as f64;
    let kb: usize = bytes.iter().map(|(b, _)| b.len()).sum::<usize>() / 1024;
    println!(
        "{} DOCX files ({kb} KiB), best of {ROUNDS} rounds after a warm-up",
        files.len()
    );
    println!(
        "planx extractor (cells):      {:8.1} files/s",
        n / extractor
    );
    println!("planx in process (records):   {:8.1} files/s", n / records);
    match python_docx(&files) {
        Ok(peer) => {
            println!("python-docx (one process):    {:8.1} files/s", n / peer);
            println!(
                "ratio planx extractor / python-docx: {:.2}",
                peer / extractor
            );
            println!("ratio planx records / python-docx:   {:.2}", peer / records);
        }
        Err(why) => println!("python-docx skipped: {why}"),
    }
}
