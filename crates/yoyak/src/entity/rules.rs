//! Rule entities: dates, times, quantities, e-mails, URLs and stock codes.
//!
//! One forward scan over the text. At each word start it tries the few patterns that can begin
//! with that char (a digit, an ASCII letter, a currency sign, or one of a small set of Hangul
//! trigger words), takes the longest mention found there and continues after it. Every attempt reads only as far
//! as its pattern can reach, and runs that cannot start a mention are skipped whole, so the scan
//! is linear in the text's length.
//!
//! Span conventions follow KLUE-NER (TTA) where they are known:
//! - DT takes relative leads into the date: "지난해 8월", "지난 20일", "오는 7월", "올해 1분기",
//!   "작년 말", "다음 주 월요일" are one DT each; standalone "올해", "지난해", "주말", "하반기" are DT.
//!   Periods counted in days or longer are DT ("3년간", "6개월", "2주째").
//! - TI is a clock time or a duration in hours, minutes or seconds ("오후 3시 30분", "07:00",
//!   "2시간", "30분").
//! - QT is a number with its counter or unit: money ("1406억원", "17억 원", "$3.5 billion"),
//!   counts ("105개", "4만5000건", "두 명"), percentages ("1.5%", "30%포인트"), measures ("10km"),
//!   and ranks and orders ("1위", "2차", "3번째"), which TTA counts as quantities (QT_ORDER).
//!   A big number with no counter ("600억") is QT; a bare number ("2.0", "1784") is not.
//! - "여" is part of the number ("100여 개"), and so is a leading "약" ("약 1년", as KLUE's
//!   annotators mark it); "총", "가량", "께", "쯤", "이상" are not, nor are particles
//!   ("1406억원을" → "1406억원").

use super::{Entity, Label, Origin};
use crate::text::CharIndex;

mod date;
mod expr;
mod lex;
mod num;
mod unit;

pub(crate) use unit::is_unit_symbol;
mod web;

/// Finds the rule entities in `text`, ordered and non-overlapping.
pub fn tag(text: &str) -> Vec<Entity> {
    let found = scan(text);
    if found.is_empty() {
        return Vec::new();
    }
    let index = CharIndex::new(text);
    found
        .into_iter()
        .map(|(start, end, label)| Entity {
            span: index.span(start, end),
            label,
            text: text[start..end].to_string(),
            origin: Origin::Rule,
        })
        .collect()
}

/// Words that lead a number inside its span: "약" (about: "약 1년", "약8만"), kept inside as
/// KLUE's annotators keep 지난 and 여, and "영하" (below zero: "영하 8.3도"), the sign of a
/// temperature (KLUE's forms: `영하 1도`, `영하 1.2도`).
const NUMBER_LEADS: &[&str] = &["약", "영하"];

/// Where a number's span starts when a word of [`NUMBER_LEADS`] leads it, as a word of its own
/// or glued on.
fn about(t: &str, start: usize) -> usize {
    let head = &t[..start];
    let lead = NUMBER_LEADS.iter().find_map(|w| {
        head.strip_suffix(' ')
            .and_then(|h| h.strip_suffix(w))
            .or_else(|| head.strip_suffix(w))
    });
    match lead {
        Some(before)
            if !before
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric) =>
        {
            before.len()
        }
        _ => start,
    }
}

/// The scan: byte ranges and labels, in order.
fn scan(t: &str) -> Vec<(usize, usize, Label)> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    // No address can start before this offset (see `web::Web::Nothing`).
    let mut web_dead = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphanumeric() {
            let glued = i > 1
                && matches!(b[i - 1], b'@' | b'.' | b'_' | b'-')
                && b[i - 2].is_ascii_alphanumeric();
            if lex::ascii_alnum_before(t, i) || glued {
                i += 1;
                continue;
            }
            // A number glued to a Hangul word is mostly part of a name ("형사1부", "파71");
            // a few leads take a number directly ("약8만", "제3회").
            let mut start = i;
            if c.is_ascii_digit() {
                match lex::char_before(t, i) {
                    Some('제') if lex::hangul_word_starts(t, i - 3) => start = i - 3,
                    Some('약' | '총' | '각' | '및' | '단' | '등' | '첫') => {}
                    Some('하') if t[..i].ends_with("영하") && lex::hangul_word_starts(t, i - 6) =>
                        {}
                    Some(h) if lex::is_hangul(h) => {
                        i += 1;
                        continue;
                    }
                    _ => {}
                }
            }
            if i >= web_dead {
                match web::at(t, i) {
                    web::Web::Found(e, label) => {
                        out.push((i, e, label));
                        i = e;
                        continue;
                    }
                    web::Web::Nothing(dead) => web_dead = dead,
                }
            }
            if c.is_ascii_digit() {
                if let Some(e) = web::stock(t, i) {
                    out.push((i, e, Label::STOCK));
                    i = e;
                    continue;
                }
                if let Some((e, label)) = expr::numeric(t, i).map(|f| expr::extend(t, i, f)) {
                    let start = if label == Label::QT { start } else { i };
                    out.push((about(t, start), e, label));
                    i = e;
                    continue;
                }
                // Nothing starts inside this number either ("1,000,000", "2.0.1").
                while i < b.len() && (b[i].is_ascii_digit() || b[i] == b',' || b[i] == b'.') {
                    i += 1;
                }
                continue;
            }
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            continue;
        }
        let ch = lex::char_at(t, i).unwrap_or('\u{FFFD}');
        if is_currency_symbol(ch) {
            let found = currency_start(t, i).zip(money(t, i + ch.len_utf8()));
            if let Some((start, e)) = found {
                out.push((start, e, Label::QT));
                i = e;
                continue;
            }
        }
        if c < 0x80 {
            i += 1;
            continue;
        }
        if lex::is_hangul(ch) {
            if expr::may_start(ch) && lex::hangul_word_starts(t, i) {
                if let Some((e, label)) = expr::word(t, i) {
                    out.push((about(t, i), e, label));
                    i = e;
                    continue;
                }
            }
            // Nothing starts inside a Hangul word: skip it whole.
            i += 3;
            while let Some(c) = lex::char_at(t, i).filter(|&c| lex::is_hangul(c)) {
                i += c.len_utf8();
            }
            continue;
        }
        i += ch.len_utf8();
    }
    out
}

/// Whether `c` is a currency sign written before an amount (`$`, `€`, `£`, `¥`, `₩` and their
/// full-width forms): money, which TTA counts as a quantity (QT_PRICE).
pub(crate) fn is_currency_symbol(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₩' | '＄' | '￦' | '￥' | '￡')
}

/// Where an amount starts: at its sign, or before a country code glued to its `$` (US$, HK$,
/// NT$, A$: one to three capitals that start a word). `None` when the sign is glued to any other
/// word (`ABCD$1`, `x$2`: names in code, not money).
fn currency_start(t: &str, sign: usize) -> Option<usize> {
    if !lex::ascii_alnum_before(t, sign) {
        return Some(sign);
    }
    let capitals = t.as_bytes()[..sign]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    let start = sign - capitals;
    let code = t[sign..].starts_with('$')
        && (1..=3).contains(&capitals)
        && !lex::ascii_alnum_before(t, start)
        && !lex::char_before(t, start).is_some_and(crate::text::is_hangul);
    code.then_some(start)
}

/// The end of an amount after a currency sign, the number starting at `s`: "$3.5 billion",
/// "€120", "₩5,000", "$5 million".
fn money(t: &str, s: usize) -> Option<usize> {
    if !t.as_bytes().get(s).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let n = num::number(t, s)?;
    let mut e = n.end;
    let w = lex::space(t, e);
    if let Some((m, _)) = lex::any_lit(t, w, &["billion", "million", "trillion", "thousand"]) {
        if !lex::ascii_alnum_at(t, m) {
            e = m;
        }
    }
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(t: &str) -> Vec<(String, &'static str)> {
        tag(t)
            .into_iter()
            .map(|e| (e.text, e.label.as_str()))
            .collect()
    }

    #[test]
    fn a_currency_sign_makes_an_amount_money() {
        // Written after the rule, on sentences made up for it.
        let got = tags(
            "이 헤드폰은 미국에서 $549, 유럽에서 €599에 팔린다. 일본 판매가는 ¥79,800이고 \
             한국 정가는 ₩799,000이다. 홍콩에서는 HK$4,299, 대만에서는 NT$17,990다. \
             영국 투자액은 £20 million이었다.",
        );
        let qt: Vec<&str> = got
            .iter()
            .filter(|(_, l)| *l == "QT")
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(
            qt,
            [
                "$549",
                "€599",
                "¥79,800",
                "₩799,000",
                "HK$4,299",
                "NT$17,990",
                "£20 million"
            ]
        );
        // A sign without an amount, or glued to a longer word, is no money.
        let got = tags("$ 기호와 €표시, 변수명 ABCD$1");
        assert!(
            got.iter()
                .all(|(t, _)| !t.contains('$') && !t.contains('€')),
            "{got:?}"
        );
    }

    #[test]
    fn below_zero_leads_a_temperature() {
        // Written after the rule.
        let got = tags("아침 기온은 영하 12.5도, 낮에는 영하3도까지 오르고 약 2도 높아진다");
        let qt: Vec<&str> = got
            .iter()
            .filter(|(_, l)| *l == "QT")
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(qt, ["영하 12.5도", "영하3도", "약 2도"]);
    }

    #[test]
    fn spelled_numerals_count_the_noun_after_them() {
        // Written after the rule.
        let got =
            tags("두 선수는 세 경기에서 네 골을 넣었고 다섯 형제가 한 남성을 도왔다. 두고 보자");
        let qt: Vec<&str> = got
            .iter()
            .filter(|(_, l)| *l == "QT")
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(qt, ["두 선수", "세 경기", "네 골", "다섯 형제"]);
    }

    #[test]
    fn holidays_and_match_minutes() {
        // Written after the rules.
        let got = tags("올해 설날과 광복절에 이어 후반 37분 결승골이 터졌다. 명절증후군");
        assert_eq!(
            got,
            [
                ("올해 설날".to_string(), "DT"),
                ("광복절".to_string(), "DT"),
                ("후반 37분".to_string(), "TI")
            ]
        );
    }

    #[test]
    fn a_news_sentence() {
        let got = tags(
            "카카오(035720)가 지난해 8월 발표한 계획에 따라 올해 1분기 매출 1406억원을 기록했다.",
        );
        let want = [
            ("035720", "STOCK"),
            ("지난해 8월", "DT"),
            ("올해 1분기", "DT"),
            ("1406억원", "QT"),
        ];
        let want: Vec<(String, &str)> = want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
        assert_eq!(got, want);
    }
}
