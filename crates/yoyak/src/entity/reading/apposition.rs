//! A name introduced by what it is: "AI 전담 조직인 ‘카나나’", "새 서비스인 ‘카나나 톡’". The
//! noun before 인 says the kind, whatever the tagger guessed from the name's sound.

use super::words::{may_end, may_start};
use crate::entity::{Entity, Label, Origin};
use crate::text::CharIndex;

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

const OPEN: &[char] = &['‘', '\'', '"', '“', '「', '『'];
const CLOSE: &[char] = &['’', '\'', '"', '”', '」', '』'];

/// The names a text introduces as `<kind>인 ‘<name>’`, with the kind's label.
pub fn introduced(text: &str) -> Vec<(String, Label)> {
    let mut out: Vec<(String, Label)> = Vec::new();
    for (at, in_) in text.match_indices('인') {
        let Some(&(_, label)) = KINDS.iter().find(|(k, _)| text[..at].ends_with(k)) else {
            continue;
        };
        let rest = text[at + in_.len()..].trim_start_matches(' ');
        let Some(open) = rest.chars().next().filter(|c| OPEN.contains(c)) else {
            continue;
        };
        let inner = &rest[open.len_utf8()..];
        let Some(close) = inner.find(CLOSE) else {
            continue;
        };
        let name = inner[..close].trim();
        if (2..=20).contains(&name.chars().count()) && !out.iter().any(|(n, _)| n == name) {
            out.push((name.to_string(), label));
        }
    }
    out
}

/// Rule: every mention of a name the text introduces by its kind takes that kind's label, and
/// untagged mentions are added.
pub fn apposition(text: &str, index: &CharIndex, entities: &mut Vec<Entity>) {
    for (name, label) in introduced(text) {
        for e in entities.iter_mut().filter(|e| e.span.slice(text) == name) {
            e.label = label;
        }
        for (at, _) in text.match_indices(name.as_str()) {
            let end = at + name.len();
            let free = !entities
                .iter()
                .any(|e| e.span.byte_start < end && at < e.span.byte_end);
            if free && may_start(text, at) && may_end(text, end) {
                entities.push(Entity {
                    span: index.span(at, end),
                    label,
                    text: name.clone(),
                    origin: Origin::Rule,
                });
            }
        }
    }
    entities.sort_by_key(|e| e.span.byte_start);
}

#[cfg(test)]
mod tests {
    use super::*;

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
