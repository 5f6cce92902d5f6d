//! The hand-written matchers against the regexes they replaced: on the examples in the doc
//! comments and the cleaner's case files, on every line of the seed pages, the clean cases and
//! the fuzzing corpus, and on generated strings. Each comparison is of everything a caller could
//! read: whether it matches, every match of an iteration, each match's range and each part's.

use std::sync::OnceLock;

use regex::{Captures, Match, Regex};

use super::super::captions::{credits, has_dated_address, has_slash_credit};
use super::super::rules::is_counter;
use super::*;

// The patterns as they were, verbatim: the oracle.
const BYLINE: &str = r"^[\[(<]?\s*(?:[가-힣]{1,8}\s*[=/]\s*)?(?:글·사진|사진·글|글|사진|영상|취재)?\s*(?P<names>[가-힣]{2,4}(?:\s*[·,/]\s*[가-힣]{2,4})*)\s*(?:선임|수석|전문|인턴|수습|객원|편집|사진|영상|취재|대)?\s*(?:기자|특파원|논설위원|통신원|에디터)(?:$|[^가-힣])";
const EMAIL: &str = r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[a-z]{2,}";
const DATE: &str = r"(?P<y>(?:19|20)[0-9]{2})\s*(?:[-./]|년)\s*(?P<m>[0-9]{1,2})\s*(?:[-./]|월)\s*(?P<d>[0-9]{1,2})(?:\s*[.일])?(?:\s*\([월화수목금토일]\))?(?:\s*(?P<ap>오전|오후|AM|PM|am|pm))?(?:\s*(?P<h>[0-9]{1,2})\s*(?::\s*(?P<mi>[0-9]{2})|시(?:\s*(?P<mi2>[0-9]{1,2})\s*분)?))?";
const DATE_LABEL: &str =
    r"입력|수정|등록|승인|송고|업데이트|발행|게재|작성|전송|(?i-u:posted|updated|published|date)";
const DATELINE: &str = r"^[\[【(<]\s*(?:(?P<city>[가-힣]{1,8})\s*=\s*)?(?P<pub>[가-힣A-Za-z0-9]{2,12})(?:\s+(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원))?\s*[\]】)>]\s*(?:(?P<names2>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*=\s*)?";
const NAMED_DATELINE: &str = r"^[\[【(<]\s*(?P<agency>[가-힣A-Za-z0-9]{2,12})\s*=\s*(?P<names>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*[\]】)>]\s*";
const CREDIT: &str =
    r"(?:사진|그래픽|이미지|일러스트|인포그래픽|영상|자료|출처|제공)\s*(?:제공|출처)?\s*=";
const SLASH_CREDIT: &str = r"[.)\]」』]\s*/\s*[가-힣A-Za-z0-9][가-힣A-Za-z0-9 ·]{0,14}$";
const DATED_ADDRESS: &str =
    r"(?:19|20)[0-9]{2}\.[0-9]{1,2}\.[0-9]{1,2}\.?\s+[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$";
const COUNTER: &str = r"^[0-9][0-9,]*\s*/\s*[0-9][0-9,]*$";

/// The names of the compared patterns, in the order of [`Oracle::regexes`].
const NAMES: [&str; 10] = [
    "BYLINE",
    "EMAIL",
    "DATE",
    "DATE_LABEL",
    "DATELINE",
    "NAMED_DATELINE",
    "CREDIT",
    "SLASH_CREDIT",
    "DATED_ADDRESS",
    "COUNTER",
];

fn oracle() -> &'static [Regex; 10] {
    static O: OnceLock<[Regex; 10]> = OnceLock::new();
    O.get_or_init(|| {
        [
            BYLINE,
            EMAIL,
            DATE,
            DATE_LABEL,
            DATELINE,
            NAMED_DATELINE,
            CREDIT,
            SLASH_CREDIT,
            DATED_ADDRESS,
            COUNTER,
        ]
        .map(|p| Regex::new(p).expect("the old pattern compiles"))
    })
}

type Range = Option<(usize, usize)>;

fn part(p: Part<'_>) -> Range {
    Some((p.start(), p.end()))
}

fn opt(p: Option<Part<'_>>) -> Range {
    p.and_then(part)
}

fn m(m: Option<Match<'_>>) -> Range {
    m.map(|m| (m.start(), m.end()))
}

fn group(c: &Captures<'_>, name: &str) -> Range {
    m(c.name(name))
}

/// What each pattern and its matcher say about `s`, as comparable text, oracle first.
fn answers(s: &str) -> [(String, String); 10] {
    let [byline_re, email_re, date_re, label_re, dateline_re, named_re, credit_re, slash_re, dated_re, counter_re] =
        oracle();
    let ranges = |it: &mut dyn Iterator<Item = Range>| format!("{:?}", it.collect::<Vec<_>>());
    [
        (
            format!(
                "{:?}",
                byline_re
                    .captures(s)
                    .map(|c| (m(c.get(0)), group(&c, "names")))
            ),
            format!("{:?}", byline(s).map(|b| (part(b.whole), part(b.names)))),
        ),
        (
            ranges(&mut email_re.find_iter(s).map(|x| m(Some(x)))),
            ranges(&mut emails(s).map(part)),
        ),
        (
            format!(
                "{:?}",
                date_re
                    .captures_iter(s)
                    .map(|c| {
                        ["y", "m", "d", "ap", "h", "mi", "mi2"]
                            .map(|g| group(&c, g))
                            .into_iter()
                            .chain([m(c.get(0))])
                            .collect::<Vec<_>>()
                    })
                    .collect::<Vec<_>>()
            ),
            format!(
                "{:?}",
                dates(s)
                    .map(|d| {
                        [d.y, d.m, d.d]
                            .map(Some)
                            .into_iter()
                            .chain([d.ap, d.h, d.mi, d.mi2, Some(d.whole)])
                            .map(opt)
                            .collect::<Vec<_>>()
                    })
                    .collect::<Vec<_>>()
            ),
        ),
        (
            label_re.is_match(s).to_string(),
            has_date_label(s).to_string(),
        ),
        (
            format!(
                "{:?}",
                dateline_re.captures(s).map(|c| [
                    m(c.get(0)),
                    group(&c, "city"),
                    group(&c, "pub"),
                    group(&c, "names"),
                    group(&c, "names2"),
                ])
            ),
            format!(
                "{:?}",
                dateline(s).map(|d| [
                    part(d.whole),
                    opt(d.city),
                    opt(d.publisher),
                    opt(d.names),
                    opt(d.names2),
                ])
            ),
        ),
        (
            format!(
                "{:?}",
                named_re.captures(s).map(|c| [
                    m(c.get(0)),
                    group(&c, "agency"),
                    group(&c, "names")
                ])
            ),
            format!(
                "{:?}",
                named_dateline(s).map(|d| [part(d.whole), opt(d.agency), opt(d.names)])
            ),
        ),
        (
            ranges(&mut credit_re.find_iter(s).map(|x| m(Some(x)))),
            ranges(&mut credits(s).map(part)),
        ),
        (
            slash_re.is_match(s).to_string(),
            has_slash_credit(s).to_string(),
        ),
        (
            dated_re.is_match(s).to_string(),
            has_dated_address(s).to_string(),
        ),
        (
            counter_re.is_match(s).to_string(),
            is_counter(s).to_string(),
        ),
    ]
}

/// Compares on every string; panics listing the first differences. Returns how many strings
/// each pattern matched, so a test can tell that its inputs reach the patterns.
fn compare<'a>(strings: impl IntoIterator<Item = &'a str>) -> [usize; 10] {
    let mut hits = [0; 10];
    let mut errs = Vec::new();
    for s in strings {
        for (i, (want, got)) in answers(s).into_iter().enumerate() {
            if want != "None" && want != "false" && want != "[]" {
                hits[i] += 1;
            }
            if want != got && errs.len() < 20 {
                errs.push(format!(
                    "{}: {s:?}\n  regex:   {want}\n  matcher: {got}",
                    NAMES[i]
                ));
            }
        }
    }
    assert!(errs.is_empty(), "{}", errs.join("\n"));
    hits
}

fn report(what: &str, n: usize, hits: [usize; 10]) {
    let per: Vec<String> = NAMES
        .iter()
        .zip(hits)
        .map(|(p, h)| format!("{p} {h}"))
        .collect();
    eprintln!("{what}: {n} strings; matched: {}", per.join(", "));
}

/// The strings quoted in the comments of the cleaner's files that use these patterns.
fn quoted_in_comments() -> Vec<String> {
    let sources = [
        include_str!("../byline.rs"),
        include_str!("scan.rs"),
        include_str!("../captions.rs"),
        include_str!("../rules.rs"),
        include_str!("../metadata.rs"),
    ];
    let mut out = Vec::new();
    for line in sources.iter().flat_map(|s| s.lines()) {
        let Some((_, comment)) = line.split_once("//") else {
            continue;
        };
        out.extend(comment.split('"').skip(1).step_by(2).map(str::to_string));
    }
    out
}

fn repo_file(path: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// The lines of every file under `dir` (read as UTF-8, lossily: the fuzzing corpus is bytes).
fn lines_under(dir: &str, out: &mut Vec<String>) {
    let mut stack = vec![repo_file(dir)];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for e in std::fs::read_dir(&path).expect("readable dir") {
                stack.push(e.expect("dir entry").path());
            }
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.extend(String::from_utf8_lossy(&bytes).lines().map(str::to_string));
        }
    }
}

/// Strings where a careless matcher would differ: backtracking into the names, the greedy
/// choice between parts, the leftmost match, whitespace that is not ASCII.
const TRICKY: &[&str] = &[
    "홍길동기자",
    "김대기자",
    "홍길동 대기자",
    "홍길동 대 기자",
    "글김철수 기자",
    "사진·글 홍길동 기자",
    "사진홍길동 기자",
    "제주=홍길동기자",
    "제주/이영희/박민수 기자",
    "가나다라마바사아자 = 홍길동 기자",
    "[홍길동 기자]",
    "(홍길동기자님",
    "홍길동\u{3000}기자\u{a0}hong@a.com",
    "홍길동 기자다",
    "[아시아경제 홍길동 기자 김철수 기자]",
    "[아시아경제 홍길동 기자] 김철수 기자 = 본문",
    "[홍길동기자]",
    "[OSEN=홍길동 기자]본문",
    "(서울=연합뉴스) 김철수·이영희 기자 = 본문",
    "【서울=뉴시스】",
    "[가나다라마바사아자=연합뉴스]",
    "a@b.cd.EF",
    "x@ab.cd.EFgh",
    "hoje@sedaily.comCopyright",
    "a@b@c.com",
    ".a@-.co",
    "a@b.c.d@e.fg",
    "2024-05-01 2024-05-02",
    "2024.05.01. 12:3",
    "2024.05.01. 12:345",
    "12024-01-01",
    "2024년 5월 1일 오후 3시 5분",
    "2024년 5월 1일 오후 3 시",
    "2024.05.01(수) 10시 30",
    "20245-1-1",
    "2024 . 4 . 18 . 07 : 00",
    "사진제공=네이버",
    "사진 제공 = 네이버 사진=카카오",
    "제공제공=",
    "사진출처 제공=",
    "전경. /연합뉴스",
    "전경. / 연합 뉴스 ·",
    "전경./가나다라마바사아자차카타파하거",
    "전경./가나다라마바사아자차카타파하",
    "있다. 2024.6.1 psj@yna.co.kr",
    "있다. 2024.6.1.psj@yna.co.kr",
    "2024.6.12.\u{3000}a@b.co",
    "0 / 300",
    "0 /",
    "1,024 / 3,000 ",
    "UpDated",
];

#[test]
fn doc_examples_and_rule_cases_match_like_the_regexes() {
    let mut strings = quoted_in_comments();
    strings.extend(TRICKY.iter().map(|s| s.to_string()));
    let mut cases = Vec::new();
    lines_under("tests/cases/clean/rules", &mut cases);
    strings.extend(
        cases
            .iter()
            .filter_map(|l| l.strip_prefix("- ").or_else(|| l.strip_prefix("+ ")))
            .flat_map(|l| [l.to_string(), l.trim().to_string()]),
    );
    let hits = compare(strings.iter().map(String::as_str));
    report("comments and rule cases", strings.len(), hits);
    for (name, h) in NAMES.iter().zip(hits) {
        assert!(h > 0, "no example matches {name}");
    }
}

#[test]
fn page_lines_match_like_the_regexes() {
    let mut lines = Vec::new();
    lines_under("seeds", &mut lines);
    lines_under("tests/cases/clean", &mut lines);
    let short: Vec<String> = lines.iter().filter(|l| l.len() <= 300).cloned().collect();
    // The anchored patterns see a line from its start; each place in a short line is one.
    for l in short {
        let t = l.trim();
        lines.extend(t.char_indices().skip(1).map(|(i, _)| t[i..].to_string()));
    }
    lines_under("tests/cases/fuzz/analyze", &mut lines);
    let hits = compare(lines.iter().map(String::as_str));
    report("page lines", lines.len(), hits);
}

/// A xorshift64* generator: deterministic, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const SPACES: &[&str] = &[
    "", "", "", " ", " ", " ", "  ", "\t", "\n", "\u{3000}", "\u{a0}", "\u{2003}", "\u{85}",
    // Not whitespace, though it looks like it.
    "\u{200b}", "\u{feff}",
];
const SYLLABLES: &[&str] = &[
    "가", "김", "홍", "길", "동", "이", "영", "희", "박", "민", "수", "서", "울", "경", "제", "기",
    "자", "대", "년", "월", "일", "시", "분", "오", "전", "후", "사", "진", "글", "취", "재", "특",
    "파", "원", "연", "합", "뉴", "스", "입", "력", "정", "공", "출", "처", "다", "힣", "선", "임",
    "편", "집", "논", "설", "위", "통", "신", "에", "디", "터", "화", "목", "금", "토",
];
/// Chars next to the ranges the patterns test, and chars of other widths.
const ODD: &[&str] = &[
    "ㄱ", "\u{d7a4}", "\u{abff}", "é", "ℂ", "𝔸", "Ａ", "１", "٣", "a", "z", "A", "Z", "q", "0",
    "9", "_", "%", "+", "-", ".", ",", ":", "@", "'", "\"", "!", "?", "·", "・", "=", "/", "|",
    "&", "#", "*", "~", "—", "…",
];
const OPEN: &[&str] = &["[", "(", "<", "【", "「", "{", "『", "〔"];
const CLOSE: &[&str] = &["]", ")", ">", "】", "」", "』", "}", "."];
const WORDS: &[&str] = &[
    "기자",
    "특파원",
    "논설위원",
    "통신원",
    "에디터",
    "선임",
    "수석",
    "전문",
    "인턴",
    "수습",
    "객원",
    "편집",
    "대",
    "사진",
    "글·사진",
    "사진·글",
    "글",
    "영상",
    "취재",
    "제공",
    "출처",
    "그래픽",
    "이미지",
    "일러스트",
    "인포그래픽",
    "자료",
    "입력",
    "수정",
    "등록",
    "승인",
    "송고",
    "업데이트",
    "발행",
    "게재",
    "작성",
    "전송",
    "오전",
    "오후",
    "AM",
    "PM",
    "am",
    "pm",
    "Am",
    "Posted",
    "UPDATED",
    "published",
    "DaTe",
    "dat",
    "년",
    "월",
    "일",
    "시",
    "분",
    "(수)",
    "(일)",
    "(x)",
    "서울",
    "제주",
    "연합뉴스",
    "서울경제",
    "뉴시스",
    "OSEN",
    "KBS",
    "뉴스1",
    "홍길동",
    "김철수",
    "이영희",
    "박",
    "남궁민수",
    "아시아경제",
    "스포츠조선",
    "단독",
    "다.",
    "DB",
    "photo",
    "com",
    "co.kr",
    "yna",
    "2024",
    "1999",
    "19",
    "20",
    "12",
    "05",
    "0",
    "3",
];

fn token(r: &mut Rng) -> &'static str {
    match r.below(10) {
        0..=2 => r.pick(SYLLABLES),
        3 => r.pick(SPACES),
        4 | 5 => r.pick(ODD),
        6 => {
            if r.chance(50) {
                r.pick(OPEN)
            } else {
                r.pick(CLOSE)
            }
        }
        _ => r.pick(WORDS),
    }
}

/// Builds one string from parts: a struct only to keep the generators short.
struct Gen<'r> {
    r: &'r mut Rng,
    parts: Vec<String>,
}

impl Gen<'_> {
    fn push(&mut self, s: &str) -> &mut Self {
        self.parts.push(s.to_string());
        self
    }

    fn pick(&mut self, xs: &[&str]) -> &mut Self {
        let s = self.r.pick(xs);
        self.push(s)
    }

    fn maybe(&mut self, percent: u64, xs: &[&str]) -> &mut Self {
        if self.r.chance(percent) {
            self.pick(xs);
        }
        self
    }

    /// Whitespace or none; now and then a char that only looks like whitespace.
    fn ws(&mut self) -> &mut Self {
        if self.r.chance(95) {
            self.pick(&SPACES[..SPACES.len() - 2])
        } else {
            self.pick(SPACES)
        }
    }

    /// `n` chars from `xs`, `n` in `lo..=hi`.
    fn run(&mut self, xs: &[&str], lo: usize, hi: usize) -> &mut Self {
        let n = lo + self.r.below(hi - lo + 1);
        let s: String = (0..n).map(|_| self.r.pick(xs)).collect();
        self.parts.push(s);
        self
    }

    fn name(&mut self) -> &mut Self {
        match self.r.below(10) {
            0 => self.pick(&["홍길동", "남궁민수", "박", "대기", "기자"]),
            1 => self.run(SYLLABLES, 1, 6),
            _ => self.run(SYLLABLES, 2, 4),
        }
    }

    fn names(&mut self, seps: &[&str]) -> &mut Self {
        self.name();
        for _ in 0..self.r.below(3) {
            self.ws().pick(seps).ws().name();
        }
        self
    }

    fn noise(&mut self, max: usize) -> &mut Self {
        for _ in 0..self.r.below(max + 1) {
            let t = token(self.r);
            self.push(t);
        }
        self
    }

    /// The string, half the time after one to three random edits of its parts.
    fn finish(&mut self) -> String {
        let edits = if self.r.chance(50) {
            0
        } else {
            1 + self.r.below(3)
        };
        for _ in 0..edits {
            let i = self.r.below(self.parts.len() + 1);
            let t = token(self.r).to_string();
            match self.r.below(3) {
                0 => self.parts.insert(i, t),
                1 if i < self.parts.len() => {
                    self.parts.remove(i);
                }
                _ if i < self.parts.len() => self.parts[i] = t,
                _ => {}
            }
        }
        self.parts.concat()
    }
}

const NAME_CHARS: &[&str] = &[
    "연", "합", "뉴", "스", "경", "제", "O", "S", "E", "N", "1", "T", "V", "b",
];
const LOCAL: &[&str] = &[
    "a", "b", "Z", "0", ".", "_", "%", "+", "-", "h", "a", "b", "k", "1", "@", " ",
];
const LABEL: &[&str] = &[
    "a", "b", "c", "o", "k", "r", "Y", "N", "0", "-", "m", "s", "e",
];
const TLD: &[&str] = &["com", "kr", "co", "net", "c", "Com", "COM", "x"];
const DIGITS: &[&str] = &["0", "1", "2", "3", "5", "9"];

impl Gen<'_> {
    /// Mostly `good`, sometimes `bad`: the near misses.
    fn mostly(&mut self, good: &[&str], bad: &[&str]) -> &mut Self {
        if self.r.chance(85) {
            self.pick(good)
        } else {
            self.pick(bad)
        }
    }

    /// `n` digits, mostly `n` in `lo..=hi`, sometimes one more or one less.
    fn number(&mut self, lo: usize, hi: usize) -> &mut Self {
        if self.r.chance(85) {
            self.run(DIGITS, lo, hi)
        } else {
            self.run(DIGITS, lo.saturating_sub(1), hi + 1)
        }
    }
}

fn byline_like(g: &mut Gen<'_>) {
    g.maybe(50, &["[", "(", "<", "【"]).ws();
    if g.r.chance(40) {
        g.run(SYLLABLES, 1, 9)
            .ws()
            .mostly(&["=", "/"], &[":", "-"])
            .ws();
    }
    g.maybe(
        40,
        &["글·사진", "사진·글", "글", "사진", "영상", "취재", "글·"],
    )
    .ws()
    .names(&["·", ",", "/", "·", ",", "/", "・", "."])
    .ws()
    .maybe(
        40,
        &[
            "선임", "수석", "전문", "인턴", "수습", "객원", "편집", "사진", "영상", "취재", "대",
        ],
    )
    .ws()
    .mostly(
        &["기자", "특파원", "논설위원", "통신원", "에디터"],
        &["기", "기자님"],
    );
    if g.r.chance(30) {
        g.noise(4);
    }
}

fn dateline_like(g: &mut Gen<'_>) {
    g.mostly(&["[", "【", "(", "<"], &["「", " ["]).ws();
    if g.r.chance(50) {
        g.run(SYLLABLES, 1, 9).ws().mostly(&["="], &["/", "-"]).ws();
    }
    if g.r.chance(30) {
        g.pick(&[
            "서울경제",
            "연합뉴스",
            "OSEN",
            "KBS",
            "단독",
            "뉴스1",
            "아시아경제",
        ]);
    } else {
        g.run(NAME_CHARS, 1, 13);
    }
    if g.r.chance(40) {
        g.mostly(&[" ", "  ", "\t"], &["", "\u{200b}"])
            .names(&["·", ",", "·", ",", "/"])
            .ws()
            .mostly(&["기자", "특파원"], &["기", "에디터"]);
    }
    g.ws().mostly(&["]", "】", ")", ">"], &["」", "."]).ws();
    if g.r.chance(50) {
        g.names(&["·", ",", "·", ",", "/"])
            .ws()
            .mostly(&["기자", "특파원"], &["기", "에디터"])
            .ws()
            .mostly(&["="], &["-", ""])
            .ws();
    }
    g.noise(4);
}

fn named_dateline_like(g: &mut Gen<'_>) {
    g.mostly(&["[", "【", "(", "<"], &["「", " ["]).ws();
    if g.r.chance(50) {
        g.pick(&["OSEN", "스포츠조선", "서울", "뉴스1"]);
    } else {
        g.run(NAME_CHARS, 2, 12).maybe(10, NAME_CHARS);
    }
    g.ws()
        .mostly(&["="], &["/", "-"])
        .ws()
        .names(&["·", ",", "·", ",", "/"])
        .ws()
        .mostly(&["기자", "특파원"], &["기", "에디터"])
        .ws()
        .mostly(&["]", "】", ")", ">"], &["」", "."])
        .ws()
        .noise(4);
}

fn date_like(g: &mut Gen<'_>) {
    g.noise(3);
    for _ in 0..1 + g.r.below(2) {
        g.mostly(&["19", "20"], &["2", "21", "1"]).number(2, 2).ws();
        g.mostly(&["-", ".", "/", "년"], &[":", "월"])
            .ws()
            .number(1, 2)
            .ws();
        g.mostly(&["-", ".", "/", "월"], &["년", ","])
            .ws()
            .number(1, 2);
        g.ws().maybe(40, &[".", "일", ",", "일."]);
        g.ws()
            .maybe(25, &["(월)", "(화)", "(일)", "(수", "(x)", "( 수)"]);
        g.ws()
            .maybe(40, &["오전", "오후", "AM", "PM", "am", "pm", "Pm", "오"]);
        if g.r.chance(70) {
            g.ws().number(1, 2).ws();
            match g.r.below(3) {
                0 => g.mostly(&[":"], &[";"]).ws().number(2, 2),
                1 => g
                    .mostly(&["시"], &["시간"])
                    .ws()
                    .number(1, 2)
                    .ws()
                    .maybe(70, &["분", "분", "초"]),
                _ => g.noise(1),
            };
        }
        g.noise(2);
    }
}

fn email_like(g: &mut Gen<'_>) {
    g.noise(2);
    for _ in 0..1 + g.r.below(3) {
        g.run(LOCAL, 0, 6).push("@");
        for _ in 0..g.r.below(4) {
            g.run(LABEL, 0, 4).maybe(85, &[".", ".", "-", ".."]);
        }
        g.pick(TLD)
            .maybe(30, &["Copyright", "기자", ".", "ab"])
            .noise(2);
    }
}

fn credit_like(g: &mut Gen<'_>) {
    for _ in 0..1 + g.r.below(3) {
        g.noise(3)
            .pick(&[
                "사진",
                "그래픽",
                "이미지",
                "일러스트",
                "인포그래픽",
                "영상",
                "자료",
                "출처",
                "제공",
                "사",
            ])
            .ws()
            .maybe(40, &["제공", "출처", "제", "자료"])
            .ws()
            .mostly(&["="], &["＝", "-"]);
    }
    g.noise(3);
}

fn slash_like(g: &mut Gen<'_>) {
    g.noise(4)
        .mostly(&[".", ")", "]", "」", "』"], &["}", "다"])
        .ws()
        .mostly(&["/"], &["／"])
        .ws()
        .run(&["연", "합", "A", "z", "0"], 1, 1)
        .run(
            &[
                "연", "합", "A", "z", "0", " ", "·", "연", "합", "A", "z", "0", "·", " ",
            ],
            0,
            14,
        )
        .maybe(15, &["-", "ㄱ", ".", "연합뉴스"]);
}

fn dated_address_like(g: &mut Gen<'_>) {
    g.noise(3)
        .mostly(&["19", "20"], &["2", "21"])
        .number(2, 2)
        .mostly(&["."], &["-"])
        .number(1, 2)
        .mostly(&["."], &["/"])
        .number(1, 2)
        .maybe(40, &[".", ". "])
        .mostly(&[" ", "  ", "\u{3000}", "\t "], &["", "\u{200b}"])
        .run(&LOCAL[..14], 1, 5)
        .maybe(10, LOCAL)
        .mostly(&["@"], &["", "@@"])
        .run(LABEL, 1, 4)
        .maybe(40, &[".", "-", "."])
        .run(LABEL, 0, 3)
        .mostly(&["."], &["", "-"])
        .mostly(&TLD[..4], TLD)
        .maybe(10, &[" ", ".", "A", "기자"]);
}

fn counter_like(g: &mut Gen<'_>) {
    let parts = &[
        "0", "1", "3", ",", "0", "1", "3", ",", "0", "1", "3", ",", " ", "a",
    ];
    g.maybe(10, SPACES)
        .mostly(&["0", "1", "9"], &[",", "a"])
        .run(parts, 0, 5)
        .ws()
        .mostly(&["/"], &["//", "／"])
        .ws()
        .mostly(&["0", "1", "9"], &[",", "a"])
        .run(parts, 0, 5)
        .maybe(10, SPACES);
}

fn soup(g: &mut Gen<'_>) {
    g.noise(25);
}

#[test]
fn generated_strings_match_like_the_regexes() {
    const EACH: usize = 20_000;
    let kinds: [fn(&mut Gen<'_>); 10] = [
        byline_like,
        dateline_like,
        named_dateline_like,
        date_like,
        email_like,
        credit_like,
        slash_like,
        dated_address_like,
        counter_like,
        soup,
    ];
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let mut strings = Vec::with_capacity(EACH * kinds.len());
    for kind in kinds {
        for _ in 0..EACH {
            let mut g = Gen {
                r: &mut r,
                parts: Vec::new(),
            };
            kind(&mut g);
            strings.push(g.finish());
        }
    }
    let hits = compare(strings.iter().map(String::as_str));
    report("generated", strings.len(), hits);
    // The generators are aimed at the patterns: each must match often, with misses around it.
    for (name, h) in NAMES.iter().zip(hits) {
        assert!(h >= 1_000, "only {h} generated strings match {name}");
    }
}
