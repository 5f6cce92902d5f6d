//! How entity types and removal reasons are named in the interface.

use yoyak::clean::RemovalReason;
use yoyak::Label;

/// The Korean name of an entity type.
pub fn label_name(label: Label) -> &'static str {
    match label {
        Label::PS => "인물",
        Label::OG => "기관",
        Label::LC => "장소",
        Label::AF => "인공물",
        Label::DT => "날짜",
        Label::TI => "시간",
        Label::QT => "수량",
        Label::EMAIL => "이메일",
        Label::URL => "URL",
        Label::STOCK => "종목코드",
        _ => "기타",
    }
}

/// The English name of an entity type, shown beside the Korean one.
pub fn label_english(label: Label) -> &'static str {
    match label {
        Label::PS => "person",
        Label::OG => "organisation",
        Label::LC => "place",
        Label::AF => "artifact",
        Label::DT => "date",
        Label::TI => "time",
        Label::QT => "quantity",
        Label::EMAIL => "e-mail",
        Label::URL => "web address",
        Label::STOCK => "stock code",
        _ => "other",
    }
}

/// The CSS class that colours an entity type (`ent-PS`, ...).
pub fn label_class(label: Label) -> String {
    format!("ent-{}", label.as_str())
}

/// Why the cleaner removed a line, in Korean.
pub fn reason_name(reason: RemovalReason) -> &'static str {
    match reason {
        RemovalReason::Widget => "페이지 위젯",
        RemovalReason::Toolbar => "도구 막대·메뉴",
        RemovalReason::RelatedLinks => "관련 기사 링크",
        RemovalReason::Comments => "댓글",
        RemovalReason::Copyright => "저작권 안내",
        RemovalReason::Byline => "기자·날짜 줄",
        RemovalReason::Title => "제목",
        RemovalReason::SiteSummary => "사이트 자동 요약",
        RemovalReason::Caption => "사진 설명",
        RemovalReason::Duplicate => "반복된 문장",
        RemovalReason::Subheading => "부제목",
        RemovalReason::Other => "기타",
        _ => "기타",
    }
}
