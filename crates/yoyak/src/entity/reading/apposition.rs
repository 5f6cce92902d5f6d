//! A name introduced by what it is: "AI 전담 조직인 ‘카나나’", "신설 조직 ‘카나나 엑스’",
//! "‘하이퍼스케일 AI’ 조직", "연구 자회사 카카오브레인". The noun next to the name says the kind,
//! whatever the tagger guessed from the name's sound.

use super::words::{may_end, may_start};
use crate::entity::{Entity, Label, Origin};
use crate::text::{is_hangul, CharIndex};

/// Nouns that introduce an organisation, and nouns that introduce a product or service (AF).
const KINDS: &[(&str, Label)] = &[
    ("계열사", Label::OG),
    ("기업", Label::OG),
    ("단체", Label::OG),
    ("법인", Label::OG),
    ("스타트업", Label::OG),
    ("연구소", Label::OG),
    ("자회사", Label::OG),
    ("재단", Label::OG),
    ("조직", Label::OG),
    ("팀", Label::OG),
    ("협의체", Label::OG),
    ("회사", Label::OG),
    ("모델", Label::AF),
    ("브랜드", Label::AF),
    ("서비스", Label::AF),
    ("앱", Label::AF),
    ("제품", Label::AF),
    ("챗봇", Label::AF),
    ("플랫폼", Label::AF),
];

/// Kinds that may also come after a quoted name (`‘X’ 조직을`): there a service or platform noun
/// more often says whose service it is (`‘카카오’ 서비스 장애`) than what the name is.
const KINDS_AFTER: &[&str] = &[
    "계열사",
    "기업",
    "단체",
    "법인",
    "스타트업",
    "연구소",
    "자회사",
    "재단",
    "조직",
    "팀",
    "협의체",
    "회사",
    "모델",
    "앱",
    "챗봇",
];

const OPEN: &[char] = &['‘', '\'', '"', '“', '「', '『'];
const CLOSE: &[char] = &['’', '\'', '"', '”', '」', '』'];

/// The kind noun that ends just before byte `at` of `text` (after optional spaces and 인), as a
/// word of its own when `whole` (`자회사 카카오브레인`, not the 팀 of `대표팀 손흥민`).
fn kind_before(text: &str, at: usize, whole: bool) -> Option<Label> {
    let head = text[..at].trim_end_matches(' ');
    let head = match head.strip_suffix('인') {
        Some(h) if KINDS.iter().any(|(k, _)| h.ends_with(k)) => h,
        _ => head,
    };
    let (kind, label) = KINDS.iter().find(|(k, _)| head.ends_with(k))?;
    let start = head.len() - kind.len();
    let glued = head[..start].chars().next_back().is_some_and(is_hangul);
    // "대표팀 손흥민": a kind noun glued to another noun names that, not the name after it.
    if glued && whole {
        return None;
    }
    Some(*label)
}

/// People and bodies only an organisation has: a product has no CEO, staff or board
/// ("카카오브레인 각자대표", "… 직원들과", "… 임직원을").
const STAFF: &[&str] = &[
    "각자대표",
    "대표",
    "대표이사",
    "사장",
    "부사장",
    "회장",
    "부회장",
    "임원",
    "임원진",
    "임직원",
    "직원",
    "노조",
    "이사회",
    "창업자",
];

/// Whether the word after byte `at` (one space) is one of [`STAFF`], with a particle or a
/// plural at most.
fn staff_after(text: &str, at: usize) -> bool {
    let Some(rest) = text[at..].strip_prefix(' ') else {
        return false;
    };
    let from = text.len() - rest.len();
    STAFF
        .iter()
        .any(|w| rest.starts_with(w) && may_end(text, from + w.len()))
}

/// The kind noun that starts a word right after byte `at` (one space allowed), followed by a
/// particle or nothing: `‘하이퍼스케일 AI’ 조직을`.
fn kind_after(text: &str, at: usize) -> Option<Label> {
    let rest = text[at..].strip_prefix(' ').unwrap_or(&text[at..]);
    let from = text.len() - rest.len();
    let kind = KINDS_AFTER.iter().find(|k| rest.starts_with(*k))?;
    if !may_end(text, from + kind.len()) {
        return None;
    }
    KINDS.iter().find(|(k, _)| k == kind).map(|&(_, l)| l)
}

/// A quoted phrase whose last word is a verb made a noun with 기 ("조직 ‘군살 빼기’"): a slogan
/// or a campaign, not a name. (Added after the third round of `after-rules.txt` caught it.)
fn slogan(name: &str) -> bool {
    name.contains(' ') && name.ends_with('기')
}

/// The names a text introduces by their kind, quoted (`<kind>인 ‘<name>’`, `<kind> ‘<name>’`,
/// `‘<name>’ <kind>`), with the kind's label.
pub fn introduced(text: &str) -> Vec<(String, Label)> {
    let mut out: Vec<(String, Label)> = Vec::new();
    let mut unlabelled: Vec<&str> = Vec::new();
    // A straight quote opens only where a word does not end right before it (`있다"고` closes).
    let opens = |at: usize, c: char| {
        OPEN.contains(&c)
            && (!matches!(c, '\'' | '"')
                || !text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric))
    };
    for (open_at, open) in text.char_indices().filter(|&(at, c)| opens(at, c)) {
        let inner_at = open_at + open.len_utf8();
        let Some(close) = text[inner_at..].find(CLOSE) else {
            continue;
        };
        let close_at = inner_at + close;
        let name = text[inner_at..close_at].trim();
        let sentence = name.contains(". ") || name.contains(['?', '!']);
        if !(2..=20).contains(&name.chars().count())
            || name.contains(OPEN)
            || sentence
            || slogan(name)
        {
            continue;
        }
        let close_len = text[close_at..].chars().next().map_or(1, char::len_utf8);
        let label =
            kind_before(text, open_at, false).or_else(|| kind_after(text, close_at + close_len));
        if let Some(label) = label {
            if !out.iter().any(|(n, _)| n == name) {
                out.push((name.to_string(), label));
            }
        } else {
            unlabelled.push(name);
        }
    }
    // A quoted name that starts with an organisation the text introduced is one of its units
    // ("조직인 ‘카나나’" … "‘카나나 알파’와 ‘카나나 엑스’로 나눠").
    for name in unlabelled {
        // Two words, "<organisation> <unit>": a longer name is more often a site or a product
        // of it ("카카오 데이터센터 안산").
        let unit_of = name
            .split_once(' ')
            .filter(|(_, rest)| !rest.contains(' '))
            .and_then(|(first, _)| out.iter().find(|(n, l)| *l == Label::OG && n == first));
        if unit_of.is_some() && !out.iter().any(|(n, _)| n == name) {
            out.push((name.to_string(), Label::OG));
        }
    }
    out
}

/// Rule: every mention of a name the text introduces by its kind takes that kind's label (the
/// tagger's pieces of it give way to the whole name), and untagged mentions are added. An
/// unquoted name right after an organisation noun (`자회사 카카오브레인`) that the tagger read as
/// a product is an organisation too, and so is one followed by its staff (`카카오브레인 직원들`).
pub fn apposition(text: &str, index: &CharIndex, entities: &mut Vec<Entity>) {
    let mut names = introduced(text);
    for e in entities.iter().filter(|e| e.label == Label::AF) {
        let organisation = kind_before(text, e.span.byte_start, true) == Some(Label::OG)
            || staff_after(text, e.span.byte_end);
        if organisation && !names.iter().any(|(n, _)| n == &e.text) {
            names.push((e.text.clone(), Label::OG));
        }
    }
    // Longer names first, so that "카나나 엑스" is placed before "카나나" is looked for.
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    for (name, label) in names {
        // memmem's search is vectorised where std's `match_indices` is not; both find the
        // leftmost matches that do not overlap, at char boundaries.
        for at in memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()) {
            let end = at + name.len();
            if !may_start(text, at) || !may_end(text, end) {
                continue;
            }
            let overlapping = |e: &Entity| e.span.byte_start < end && at < e.span.byte_end;
            let inside = |e: &Entity| at <= e.span.byte_start && e.span.byte_end <= end;
            if entities.iter().any(|e| overlapping(e) && !inside(e)) {
                continue;
            }
            entities.retain(|e| !overlapping(e));
            entities.push(Entity {
                span: index.span(at, end),
                label,
                text: name.clone(),
                origin: Origin::Rule,
            });
        }
    }
    entities.sort_by_key(|e| e.span.byte_start);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_of_an_introduced_organisation_are_organisations() {
        // Written after the rule.
        let t = "한빛은 연구 조직인 ‘누리’를 만들고 ‘누리 랩’과 ‘누리 스튜디오’로 나눴다. ‘한빛 톡’도 냈다. \
                 ‘누리 서울 센터’도 열었다. 그는 \"좋다\"고 말했다. 이어 \"팀 전체\"라고 했다.";
        let got: Vec<String> = introduced(t).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["누리", "누리 랩", "누리 스튜디오"]);
    }

    #[test]
    fn staff_belong_to_organisations() {
        // Written after the rule.
        let t = "누리랩스 직원들과 누리톡 이용자, 한빛 대표이사는";
        assert!(staff_after(t, t.find(" 직원").unwrap()));
        assert!(!staff_after(t, t.find(" 이용자").unwrap()));
        assert!(staff_after(t, t.find(" 대표이사").unwrap()));
    }

    #[test]
    fn the_noun_before_in_names_the_kind() {
        // Written after the rule, not from any page.
        let t = "한빛은 투자 전문 자회사인 ‘한빛벤처스’를 세웠다. 새 서비스인 \"바로톡\"도 냈다. \
                 김민수 대표인 그는 웃었다.";
        assert_eq!(
            introduced(t),
            [
                ("한빛벤처스".to_string(), Label::OG),
                ("바로톡".to_string(), Label::AF)
            ]
        );
    }
}
