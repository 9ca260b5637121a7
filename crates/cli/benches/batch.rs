//! Files per second of `planx batch` on a 400-file archive (the plan
//! fixtures, the documents beside them and broken files, in rotation), with
//! 1 and 2 threads. Run with `cargo bench -p planx-cli --bench batch`.

use std::path::PathBuf;
use std::time::Instant;

use planx_cli::batch::{run, BatchOptions};
use planx_normalizer::LatvianLexicon;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let sources = [
        "fixtures/plans/approved-2016.txt",
        "fixtures/plans/draft-2016-07.txt",
        "fixtures/other/announcement-2016-08-12.txt",
        "fixtures/other/project-card-nvo-2021.txt",
        "fixtures/other/news-2013-06-26.txt",
    ];
    let dir = std::env::temp_dir().join(format!("planx-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut files = Vec::new();
    for i in 0..400 {
        let path = dir.join(format!("f{i:03}.txt"));
        let bytes = match i % 8 {
            6 => Vec::new(),
            7 => (0..4096u32)
                .map(|x| (x.wrapping_mul(2_654_435_761) >> 9) as u8)
                .collect(),
            k => std::fs::read(root.join(sources[k % sources.len()])).expect("fixture"),
        };
        std::fs::write(&path, bytes).expect("write");
        files.push((path, format!("f{i:03}.txt")));
    }
    let lexicon = std::sync::Arc::new(LatvianLexicon::load().expect("dictionary"));
    let options = BatchOptions::default();
    let mut rates = Vec::new();
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        // One warm-up pass, then the best of three.
        let mut best = f64::INFINITY;
        for _ in 0..4 {
            let t = Instant::now();
            let lines = pool.install(|| run(&files, &options, &lexicon, &|| {}));
            assert_eq!(lines.len(), files.len());
            best = best.min(t.elapsed().as_secs_f64());
        }
        let rate = files.len() as f64 / best;
        println!(
            "batch {threads} thread(s): {rate:.0} files/s ({best:.3} s for {} files)",
            files.len()
        );
        rates.push(rate);
    }
    println!("scaling 2 threads / 1 thread: {:.2}x", rates[1] / rates[0]);
    let _ = std::fs::remove_dir_all(&dir);
}
