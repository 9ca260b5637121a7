//! The planx pipeline as one call: a file's bytes in, its record out.
//!
//! The stages, each a crate of its own:
//! 1. [`planx_extractor::extract`] — bytes to rows and text blocks with
//!    provenance (decoding, layout, page furniture);
//! 2. [`planx_normalizer`] — cell text to clean typed values, typos corrected
//!    with evidence;
//! 3. [`planx_reconciler::assemble`] — the plan record, its corrections and
//!    warnings; [`planx_reconciler::check`] compares it with a golden file.
//!
//! ```
//! let lexicon = planx_normalizer::LatvianLexicon::load().unwrap();
//! let rec = planx_cli::read_record(b"", "empty.txt", &lexicon);
//! assert_eq!(rec.kind(), "error");
//! ```
#![deny(missing_docs)]

pub mod batch;
pub mod export;

use planx_extractor::{extract, ExtractOptions, OcrOptions};
use planx_normalizer::LatvianLexicon;
use planx_record::{DocumentRecord, Record, Source, FORMAT};
use sha2::{Digest, Sha256};

/// Reads one input's bytes into its record, PDF pages without a usable text
/// layer recognised by Tesseract (Latvian). Inputs that cannot be read give
/// a record of kind `error` with the reason; this never panics on bad input.
pub fn read_record(bytes: &[u8], path: &str, lexicon: &LatvianLexicon) -> Record {
    read_record_with(bytes, path, lexicon, Some(&OcrOptions::default()))
}

/// [`read_record`] with the OCR engine chosen (`None`: no OCR).
pub fn read_record_with(
    bytes: &[u8],
    path: &str,
    lexicon: &LatvianLexicon,
    ocr: Option<&OcrOptions>,
) -> Record {
    let source = Source {
        path: path.to_string(),
        sha256: sha256_hex(bytes),
        input: None,
        pages: None,
        encoding: None,
        decoding: Vec::new(),
    };
    let options = ExtractOptions {
        lexicon: Some(lexicon),
        ocr,
        ..ExtractOptions::default()
    };
    match extract(bytes, &options) {
        Ok(ex) => planx_reconciler::assemble(&ex, source, lexicon),
        Err(e) => Record::Document(Box::new(DocumentRecord {
            format: FORMAT.to_string(),
            kind: "error".to_string(),
            source,
            error: Some(e.to_string()),
            facts: serde_json::Map::new(),
            warnings: Vec::new(),
        })),
    }
}

/// SHA-256 of `bytes` as 64 lowercase hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
