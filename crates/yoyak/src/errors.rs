//! The one error type of the crate.

use std::fmt;

/// A specialised `Result` for yoyak operations.
pub type Result<T> = std::result::Result<T, Error>;

/// Everything that can go wrong when analysing text.
///
/// Each variant says what was wrong and how to fix it. New variants may be added, so match with a
/// wildcard arm.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input holds no text to analyse (it is empty or only whitespace).
    EmptyInput,
    /// The input is longer than the configured limit.
    InputTooLarge {
        /// Length of the input in bytes.
        len: usize,
        /// The limit in bytes ([`crate::AnalyzeOptions::max_input_bytes`]).
        max: usize,
    },
    /// The input bytes are not valid UTF-8.
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        valid_up_to: usize,
    },
    /// An option has a value outside its range.
    InvalidOption {
        /// The option's name, as the CLI and the JSON protocol spell it.
        name: &'static str,
        /// What values are accepted.
        expected: &'static str,
    },
    /// The embedded entity model could not be decoded.
    Model(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::EmptyInput => write!(f, "the input is empty: give a non-empty Korean text"),
            Error::InputTooLarge { len, max } => write!(
                f,
                "the input is {len} bytes, over the limit of {max} bytes: split it into articles or raise the limit"
            ),
            Error::InvalidUtf8 { valid_up_to } => write!(
                f,
                "the input is not valid UTF-8 (first bad byte at offset {valid_up_to}): convert it to UTF-8 first, e.g. `iconv -f cp949 -t utf-8`"
            ),
            Error::InvalidOption { name, expected } => {
                write!(f, "invalid value for `{name}`: expected {expected}")
            }
            Error::Model(why) => write!(f, "the entity model could not be loaded: {why}"),
        }
    }
}

impl std::error::Error for Error {}
