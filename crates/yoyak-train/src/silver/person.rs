//! KONNE's person strings cut to KLUE's span: the roles before a name and the titles after it
//! are left out ("배우 최민식", "박 대통령").

use std::collections::HashMap;

use yoyak::entity::Label;

/// Words before a name that KONNE's person strings carry and KLUE leaves out ("배우 최민식").
const ROLES: &[&str] = &[
    "가수",
    "감독",
    "개그맨",
    "걸그룹",
    "남편",
    "딸",
    "모델",
    "방송인",
    "배우",
    "아내",
    "아들",
    "작가",
    "탤런트",
];

/// Titles after a name that KONNE's person strings carry and KLUE leaves out ("박 대통령").
const AFTER_NAME: &[&str] = &[
    "PD",
    "교황",
    "교수",
    "교육감",
    "국가주석",
    "국장",
    "검사",
    "경사",
    "경위",
    "감독",
    "기자",
    "단장",
    "당선인",
    "대법관",
    "대변인",
    "대사",
    "대통령",
    "대표",
    "명예교수",
    "목사",
    "박사",
    "배우",
    "변호사",
    "병장",
    "부부",
    "부사장",
    "부위원장",
    "부장검사",
    "부장판사",
    "부총리",
    "부회장",
    "비서실장",
    "사무장",
    "사무총장",
    "사장",
    "상무",
    "상병",
    "선생",
    "선수",
    "셰프",
    "소장",
    "시장",
    "씨",
    "아나운서",
    "앵커",
    "위원",
    "위원장",
    "원내대표",
    "원장",
    "의사",
    "의원",
    "의장",
    "이사",
    "이사장",
    "일병",
    "작가",
    "장관",
    "전",
    "제1위원장",
    "주석",
    "중위",
    "지사",
    "차관",
    "총리",
    "총장",
    "최고위원",
    "추기경",
    "판사",
    "평론가",
    "하사",
    "할머니",
    "행정관",
    "형제",
    "화백",
    "회장",
    "후보",
    "후보자",
];

/// The person inside a KONNE person string with spaces: role words before it, titles after it,
/// and words the data reads as something else ("버락 오바마 미국 대통령": 미국) are left out.
pub(super) fn person_part(
    form: &str,
    freq: &HashMap<String, HashMap<Label, i64>>,
) -> (usize, usize) {
    let words: Vec<&str> = form.split(' ').collect();
    let other = |w: &str| {
        freq.get(w).is_some_and(|m| {
            let ps = m.get(&Label::PS).copied().unwrap_or(0);
            m.iter().any(|(l, n)| *l != Label::PS && *n > ps)
        })
    };
    let mut i = 0;
    let mut j = words.len();
    while j > i + 1 && (AFTER_NAME.contains(&words[j - 1]) || other(words[j - 1])) {
        j -= 1;
    }
    while i + 1 < j && (ROLES.contains(&words[i]) || other(words[i])) {
        i += 1;
    }
    let start: usize = words[..i].iter().map(|w| w.chars().count() + 1).sum();
    let len = words[i..j].iter().map(|w| w.chars().count()).sum::<usize>() + (j - i - 1);
    (start, start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_strings_lose_roles_and_titles() {
        let mut freq: HashMap<String, HashMap<Label, i64>> = HashMap::new();
        freq.entry("미국".into()).or_default().insert(Label::LC, 5);
        assert_eq!(person_part("박 대통령", &freq), (0, 1));
        assert_eq!(person_part("배우 최민식", &freq), (3, 6));
        assert_eq!(person_part("버락 오바마 미국 대통령", &freq), (0, 6));
        assert_eq!(person_part("조 전 부사장", &freq), (0, 1));
        assert_eq!(person_part("줄리아 로버츠", &freq), (0, 7));
    }
}
