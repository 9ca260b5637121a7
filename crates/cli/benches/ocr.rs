//! Seconds per page on the scan fixtures: planx (page image, deskew, grid,
//! Tesseract, layout, repairs, full record) against plain `tesseract` on
//! the same page images (the OCR engine alone: the floor), in the same run,
//! both with the machine's cores in use. `cargo bench -p planx-cli --bench ocr`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use rayon::prelude::*;

fn timed(f: impl FnOnce()) -> f64 {
    let t = Instant::now();
    f();
    t.elapsed().as_secs_f64()
}

/// Runs `tesseract IMAGE stdout -l lav tsv` on each image, `threads` at once
/// (one OpenMP thread each: several threads per process are far slower
/// here, 9.6 s against 1.25 s for one page).
fn plain_tesseract(images: &[PathBuf], threads: usize) {
    for chunk in images.chunks(threads.max(1)) {
        let children: Vec<_> = chunk
            .iter()
            .map(|img| {
                Command::new("tesseract")
                    .arg(img)
                    .args(["stdout", "-l", "lav", "tsv"])
                    .env("OMP_THREAD_LIMIT", "1")
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .spawn()
                    .expect("tesseract (tesseract-ocr, tesseract-ocr-lav) must be installed")
            })
            .collect();
        for mut c in children {
            assert!(c.wait().is_ok_and(|s| s.success()));
        }
    }
}

fn page_images(pdf: &Path, dir: &Path) -> Vec<PathBuf> {
    let stem = dir.join(pdf.file_stem().unwrap_or_default());
    let ok = Command::new("pdfimages")
        .args(["-all"])
        .arg(pdf)
        .arg(&stem)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "pdfimages (poppler-utils) must be installed");
    let prefix = stem
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("temp dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
        })
        .collect();
    out.sort();
    out
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/scan");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures/scan")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    files.sort();
    let dir = tempfile::tempdir().expect("temp dir");
    let images: Vec<PathBuf> = files
        .iter()
        .flat_map(|f| page_images(f, dir.path()))
        .collect();
    let pages = images.len() as f64;
    let lexicon = planx_normalizer::LatvianLexicon::load().expect("dictionary");
    let bytes: Vec<(Vec<u8>, String)> = files
        .iter()
        .map(|p| (std::fs::read(p).expect("read"), p.display().to_string()))
        .collect();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    // One warm-up each, then the better of two rounds.
    let mut planx = f64::INFINITY;
    let mut floor = f64::INFINITY;
    for round in 0..3 {
        // Files in parallel as `planx batch` reads them (pages of a file
        // are parallel too), so both sides keep every core busy.
        let p = timed(|| {
            bytes.par_iter().for_each(|(b, name)| {
                let rec = planx_cli::read_record(b, name, &lexicon);
                assert_eq!(rec.kind(), "action_plan", "{name}");
            });
        });
        let t = timed(|| plain_tesseract(&images, threads));
        if round > 0 {
            planx = planx.min(p);
            floor = floor.min(t);
        }
    }
    println!("{} files, {pages} pages, {threads} threads", files.len());
    println!(
        "planx extract (records):        {:6.2} s/page",
        planx / pages
    );
    println!(
        "tesseract -l lav tsv (alone):   {:6.2} s/page",
        floor / pages
    );
    println!("ratio planx / tesseract:        {:6.2}", planx / floor);
}
