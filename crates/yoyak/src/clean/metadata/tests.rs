//! Metadata tests: publishers from notices, dates, stock codes, datelines and bylines.

use super::*;

#[test]
fn publishers_from_copyright_lines() {
    let cases = [
        ("Copyright © 서울경제. 무단전재 및 재배포 금지.", "서울경제"),
        (
            "<저작권자 ⓒ '성공을 꿈꾸는 사람들의 경제 뉴스' 머니S, 무단전재 및 재배포 금지>",
            "머니S",
        ),
        (
            "©'5개국어 글로벌 경제신문' 아주경제. 무단전재·재배포 금지",
            "아주경제",
        ),
        (
            "[ⓒ 한국경제 & hankyung.com, 무단전재 및 재배포 금지]",
            "한국경제",
        ),
        (
            "<ⓒ경향신문(www.khan.co.kr), 무단전재 및 재배포 금지>",
            "경향신문",
        ),
        ("저작권자 © 전자신문 무단전재 및 재배포 금지", "전자신문"),
        (
            "<ⓒ경제를 보는 눈, 세계를 보는 창 아시아경제(www.asiae.co.kr) 무단전재 배포금지>",
            "아시아경제",
        ),
        ("Copyright © JTBC. All Rights Reserved.", "JTBC"),
        (
            "ⓒ 한겨레신문사 : 무단 전재 및 재배포, AI 학습 및 활용 금지",
            "한겨레신문사",
        ),
        (
            "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
            "연합뉴스",
        ),
    ];
    for (line, want) in cases {
        assert_eq!(
            publisher_from_copyright(line).as_deref(),
            Some(want),
            "{line}"
        );
    }
}

#[test]
fn the_masthead_wins_over_the_company_name() {
    let notice = "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지>";
    // The name printed alone on the page, or the reporters' domain, names the masthead.
    let mut c = Collector::default();
    c.printed_name("뉴시스");
    c.copyright(notice);
    assert_eq!(c.finish().publisher.as_deref(), Some("뉴시스"));
    let mut c = Collector::default();
    c.byline("김지현 기자 jihyun@hani.co.kr");
    c.copyright("ⓒ 한겨레신문사 : 무단 전재 및 재배포, AI 학습 및 활용 금지");
    assert_eq!(c.finish().publisher.as_deref(), Some("한겨레"));
    // Without such a name the notice's name stands; a longer name that is not a company
    // form ("한국경제TV") is another publisher.
    let mut c = Collector::default();
    c.copyright(notice);
    assert_eq!(c.finish().publisher.as_deref(), Some("뉴시스통신사"));
    let mut c = Collector::default();
    c.printed_name("한국경제");
    c.copyright("Copyright ⓒ 한국경제TV. All rights reserved.");
    assert_eq!(c.finish().publisher.as_deref(), Some("한국경제TV"));
}

#[test]
fn a_city_before_a_slash_is_not_a_reporter() {
    let mut c = Collector::default();
    c.byline("강릉/박성우 기자 swpark@hani.co.kr");
    c.byline("제주=홍길동 기자");
    let got: Vec<(&str, Option<&str>)> = c
        .meta
        .reporters
        .iter()
        .map(|r| (r.name.as_str(), r.email.as_deref()))
        .collect();
    assert_eq!(
        got,
        [("박성우", Some("swpark@hani.co.kr")), ("홍길동", None)]
    );
}

#[test]
fn dates_are_normalised() {
    let mut c = Collector::default();
    c.byline("기사입력 2024.05.01. 오후 3:05 최종수정 2024.05.01. 오후 4:00");
    assert_eq!(c.meta.published.as_deref(), Some("2024-05-01 15:05"));
    let mut c = Collector::default();
    c.byline("수정 2024-05-02 10:00 입력 2024-05-01 09:12");
    assert_eq!(c.meta.published.as_deref(), Some("2024-05-01 09:12"));
    let mut c = Collector::default();
    c.byline("김성태 기자 2023. 4. 18. 07:00");
    assert_eq!(c.meta.published.as_deref(), Some("2023-04-18 07:00"));
    assert_eq!(c.meta.reporters[0].name, "김성태");
}

#[test]
fn stock_codes_with_their_companies() {
    let mut c = Collector::default();
    c.stock_codes("카카오(035720)가 오르고 SK하이닉스(KRX:000660), (KOSPI:005930) 순이다.");
    c.stock_codes("LG 에너지솔루션(373220) 매출 1조(123456원), 카카오(035720) 다시.");
    let got: Vec<(&str, Option<&str>)> = c
        .meta
        .stock_codes
        .iter()
        .map(|s| (s.code.as_str(), s.company.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("035720", Some("카카오")),
            ("000660", Some("SK하이닉스")),
            ("005930", None),
            ("373220", Some("에너지솔루션")),
        ]
    );
}

#[test]
fn datelines_name_publisher_and_reporter() {
    for (line, publisher, name) in [
        ("(서울=연합뉴스) 김철수 기자 = 본문", "연합뉴스", "김철수"),
        ("[OSEN=홍길동 기자] 본문", "OSEN", "홍길동"),
        ("[스포츠조선 = 박영희 기자] 본문", "스포츠조선", "박영희"),
    ] {
        let mut c = Collector::default();
        let caps = byline::dateline_at_start(line).expect("a dateline");
        c.dateline(&caps);
        let meta = c.finish();
        assert_eq!(meta.publisher.as_deref(), Some(publisher), "{line}");
        assert_eq!(meta.reporters[0].name, name, "{line}");
    }
}
