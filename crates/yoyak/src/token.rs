//! Dictionary-free Korean tokens for scoring.

/// What kind of word a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Hangul (with its particles and endings stripped).
    Hangul,
    /// Latin letters (possibly with digits), e.g. KoGPT.
    Latin,
    /// A number, e.g. 2.0 or 035720.
    Number,
    /// Anything else (Hanja, other scripts).
    Other,
}

/// One word of a text, with the stem used for scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset where the word starts.
    pub start: usize,
    /// Byte offset where the word ends (exclusive).
    pub end: usize,
    /// Byte offset where the stem ends: the stem is `text[start..stem_end]`.
    pub stem_end: usize,
    /// The word's kind.
    pub kind: TokenKind,
}

impl Token {
    /// The stem in `text`.
    pub fn stem<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.stem_end]
    }
}

/// Appends the tokens of `text` to `out`.
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    let _ = (text, out);
}

/// The tokens of `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, &mut out);
    out
}
