use thiserror::Error;

/// Why the normalizer could not start.
#[derive(Debug, Clone, Error)]
#[non_exhaustive]
pub enum NormalizeError {
    /// The shipped Hunspell dictionary did not parse.
    #[error("the Latvian dictionary could not be read: {0}")]
    Dictionary(String),
}
