//! Any bytes into the extractor (text and PDF paths): never a panic, and a
//! bounded time and memory per input (libFuzzer's -timeout and -rss_limit_mb
//! catch the rest). Seeds: `fuzz/seeds/` (the fixture PDFs and texts).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = planx_extractor::extract(data, &planx_extractor::ExtractOptions::default());
});
