//! Pages per second on the fixture PDFs: planx (full records) in process, as
//! one `planx extract` per file and as one `planx batch` over them all,
//! against `pdftotext -layout` (poppler-utils, text only, one command per
//! file) on the same files, in the same run.
//! `cargo bench -p planx-cli --bench pdf`.

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

fn pages(path: &PathBuf) -> u32 {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
    out.ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("Pages:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(1)
}

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

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/pdf");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures/pdf")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    files.sort();
    let total_pages: u32 = files.iter().map(pages).sum();
    let lexicon = planx_normalizer::LatvianLexicon::load().expect("dictionary");
    let bytes: Vec<(Vec<u8>, String)> = files
        .iter()
        .map(|p| (std::fs::read(p).expect("read"), p.display().to_string()))
        .collect();
    let in_process = best_of(5, || {
        for (b, name) in &bytes {
            let rec = planx_cli::read_record(b, name, &lexicon);
            assert_eq!(rec.kind(), "action_plan");
        }
    });
    let planx_exe = env!("CARGO_BIN_EXE_planx");
    let as_command = best_of(3, || {
        for f in &files {
            let ok = Command::new(planx_exe)
                .args(["extract", "-o", "/dev/null"])
                .arg(f)
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok);
        }
    });
    let list = std::env::temp_dir().join(format!("planx-bench-{}.txt", std::process::id()));
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    std::fs::write(&list, names.join("\n") + "\n").expect("file list");
    let jsonl = list.with_extension("jsonl");
    let as_batch = best_of(3, || {
        let ok = Command::new(planx_exe)
            .args(["batch", "--quiet", "--files-from"])
            .arg(&list)
            .arg("--out")
            .arg(&jsonl)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok);
    });
    let _ = std::fs::remove_file(&list);
    let _ = std::fs::remove_file(&jsonl);
    let pdftotext = best_of(3, || {
        for f in &files {
            let ok = Command::new("pdftotext")
                .arg("-layout")
                .arg(f)
                .arg("/dev/null")
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "pdftotext (poppler-utils) must be installed");
        }
    });
    let rate = |secs: f64| f64::from(total_pages) / secs;
    println!("{} files, {total_pages} pages", files.len());
    println!(
        "planx in process (records):   {:8.1} pages/s",
        rate(in_process)
    );
    println!(
        "planx extract (command):      {:8.1} pages/s",
        rate(as_command)
    );
    println!(
        "planx batch (one command):    {:8.1} pages/s",
        rate(as_batch)
    );
    println!(
        "pdftotext -layout (command):  {:8.1} pages/s",
        rate(pdftotext)
    );
    println!("ratio planx batch / pdftotext: {:.2}", pdftotext / as_batch);
    println!(
        "ratio planx command / pdftotext: {:.2}",
        pdftotext / as_command
    );
    println!(
        "ratio planx in process / pdftotext: {:.2}",
        pdftotext / in_process
    );
}
