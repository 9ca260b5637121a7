use thiserror::Error;

/// Why bytes could not be turned into text.
#[derive(Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExtractError {
    /// Zero bytes, or only white space.
    #[error("the input is empty ({bytes} bytes, no text)")]
    Empty {
        /// Size of the input.
        bytes: usize,
    },
    /// The bytes are not text in any supported encoding.
    #[error("the input is not text: {reason}")]
    NotText {
        /// What was found instead.
        reason: String,
    },
    /// The input is larger than the configured limit.
    #[error("the input is too large: {bytes} bytes, the limit is {limit}")]
    TooLarge {
        /// Size of the input.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// A file of a known non-text format (an image, an archive).
    #[error("the input is not a text document: it is {what}")]
    NotDocument {
        /// What the file is, by its magic bytes.
        what: &'static str,
    },
    /// A PDF that cannot be read.
    #[error("the PDF {reason}")]
    Pdf {
        /// What is wrong with it.
        reason: String,
    },
    /// A document written in an office format or HTML (DOCX, ODT, HTML)
    /// that cannot be read.
    #[error("the {format} document cannot be read: {reason}")]
    Office {
        /// `DOCX`, `ODT` or `HTML`.
        format: &'static str,
        /// What is wrong with it.
        reason: String,
    },
}
