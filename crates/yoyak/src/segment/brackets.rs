//! Quotes and brackets: which chars open and close them, and the stack of open ones whose
//! closing drops the tentative cuts found inside (see the splitter's docs).

/// Deepest quote/bracket nesting tracked; deeper openers are ignored.
const MAX_DEPTH: usize = 16;

/// Longest quote or parenthesis (in bytes) whose closing drops the cuts inside it.
const MAX_QUOTE_BYTES: usize = 1200;

/// An open quote or bracket.
pub(super) struct Frame {
    /// The char that closes it.
    closer: char,
    /// Number of cuts when it opened: closing it truncates the cut list back to this.
    mark: usize,
    /// Byte offset of the opener.
    at: usize,
    /// Where it opened, which decides how the group is judged when it closes.
    place: Place,
}

/// Where a quote or bracket opened.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Place {
    /// Inside a sentence: the group is a phrase of it.
    Inside,
    /// At the start of a sentence or of a dialogue line (`이름: "..."`): the group is judged as
    /// a sentence of its own.
    Start,
    /// Right after a sentence ended (`..."(요한 3:13)`): a citation that closes that sentence.
    AfterEnd,
}

/// The last quote or bracket closed: the group of words it enclosed.
#[derive(Clone, Copy)]
pub(super) struct Group {
    /// Byte offset of its opener.
    pub(super) at: usize,
    /// Byte offset just after its closer.
    pub(super) end: usize,
    /// See [`Frame::place`].
    pub(super) place: Place,
    /// A quote (not a bracket).
    pub(super) quote: bool,
}

/// The closer of an opening bracket or quote that always opens.
pub(super) fn closer_of(c: char) -> Option<char> {
    Some(match c {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '<' => '>',
        '（' => '）',
        '［' => '］',
        '「' => '」',
        '『' => '』',
        '《' => '》',
        '〈' => '〉',
        '【' => '】',
        '〔' => '〕',
        '«' => '»',
        '“' => '”',
        '‘' => '’',
        _ => return None,
    })
}

/// True for the brackets that open a title (「」 『』 《》 〈〉): what they hold names a work,
/// whatever its words.
pub(super) fn is_title_opener(c: char) -> bool {
    matches!(c, '「' | '『' | '《' | '〈')
}

/// True for chars that open a quote or bracket (used to judge the context of `"` and `'`).
pub(super) fn is_opener(c: char) -> bool {
    closer_of(c).is_some() || matches!(c, '"' | '\'')
}

/// Updates the quote/bracket stack for `c` at byte `i`; returns the group it closes, if any.
pub(super) fn brackets(
    c: char,
    i: usize,
    prev: Option<char>,
    next: Option<char>,
    place: Place,
    frames: &mut Vec<Frame>,
    cuts: &mut Vec<usize>,
) -> Option<Group> {
    if let Some(closer) = closer_of(c) {
        open(frames, closer, i, cuts.len(), place);
        return None;
    }
    let symmetric = matches!(c, '"' | '\'' | '”' | '’');
    let found = frames.iter().rposition(|f| f.closer == c);
    if !symmetric {
        return found.map(|pos| close(frames, pos, i, c, cuts));
    }
    let after_space = prev.is_none_or(|p| p.is_whitespace() || is_opener(p));
    let before_space = next.is_none_or(|n| n.is_whitespace());
    // An apostrophe sits between Latin letters (don't, O'Brien, fors'è); a quote closed before
    // a particle has Hangul after it ('카더라 통신'이라고, 'AI'가), and Korean has no apostrophe.
    // Letters and digits below the CJK blocks (U+2E80 on) are the alphabets' and numerals'.
    let latin = |c: char| c.is_alphanumeric() && (c as u32) < 0x2E80;
    if c == '\'' && prev.is_some_and(latin) && next.is_some_and(latin) {
        return None;
    }
    match found {
        // `"A" "B"`: a quote right after a space opens a new one even if one is open; the old
        // one was a stray and its cuts stand.
        Some(pos) if after_space && !before_space => {
            frames.truncate(pos);
            open(frames, c, i, cuts.len(), place);
            None
        }
        Some(pos) => Some(close(frames, pos, i, c, cuts)),
        None if !after_space && (before_space || next.is_some_and(|n| !n.is_alphanumeric())) => {
            // A closer with nothing open (the text started inside a quote): ignore it.
            None
        }
        None => {
            open(frames, c, i, cuts.len(), place);
            None
        }
    }
}

fn open(frames: &mut Vec<Frame>, closer: char, at: usize, mark: usize, place: Place) {
    if frames.len() < MAX_DEPTH {
        frames.push(Frame {
            closer,
            mark,
            at,
            place,
        });
    }
}

/// Closes `frames[pos]` with `c` at byte `i`, dropping the cuts found inside it.
fn close(frames: &mut Vec<Frame>, pos: usize, i: usize, c: char, cuts: &mut Vec<usize>) -> Group {
    let frame = &frames[pos];
    let group = Group {
        at: frame.at,
        end: i + c.len_utf8(),
        place: frame.place,
        quote: !matches!(c, ')' | ']' | '}' | '）' | '］' | '】' | '〕'),
    };
    if i - frame.at <= MAX_QUOTE_BYTES {
        cuts.truncate(frame.mark);
    }
    frames.truncate(pos);
    group
}

pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '」'
            | '』'
            | '》'
            | '〉'
            | '>'
            | '»'
            | ')'
            | ']'
            | '}'
            | '）'
            | '］'
            | '】'
            | '〕'
    )
}

/// The opener matching closing bracket `c`.
pub(super) fn opener_of(c: char) -> char {
    match c {
        ')' => '(',
        ']' => '[',
        '}' => '{',
        '）' => '（',
        '］' => '［',
        '】' => '【',
        _ => '〔',
    }
}
