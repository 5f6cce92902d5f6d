//! What the learned sentence scorer sees of each sentence.
//!
//! Every feature is cheap (one pass over the sentence's tokens, plus the similarity graph that is
//! built anyway) and lies roughly in [0, 1], so the fitted weights can be read side by side.

/// How many features a sentence has.
pub const FEATURES: usize = 22;

/// The features' names, in order (for reports and for the weights' comments).
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "bias",
    "first",
    "second",
    "lead",
    "position",
    "length",
    "short",
    "centrality",
    "headline",
    "numbers",
    "quote",
    "unfinished",
    "third",
    "lead similarity",
    "connective",
    "repeat",
    "weak lead x lead",
    "weak lead x centrality",
    "closest to headline",
    "question",
    "weak lead x closest",
    "news lead x lead",
];

/// Words that open a sentence leaning on the one before: an aside (한편), an addition (또한,
/// 아울러), a contrast (하지만, 다만). Such a sentence rarely stands alone in a summary.
const CONNECTIVES: &[&str] = &[
    "한편",
    "또한",
    "또",
    "이어",
    "이에",
    "특히",
    "아울러",
    "하지만",
    "그러나",
    "다만",
    "앞서",
    "이와",
    "이밖에",
    "이",
    "그",
    "이같은",
    "이번",
    "이날",
    "그러면서",
    "따라서",
    "그래서",
];

/// Per-text inputs that are not in the sentence itself.
pub(crate) struct Context<'a> {
    /// Centrality of each sentence (PageRank, summing to 1 over the sentences).
    pub centrality: &'a [f64],
    /// Cosine similarity of each sentence to the headline (0 when there is none).
    pub headline: &'a [f64],
    /// Cosine similarity of each sentence to the first sentence of the story.
    pub lead: &'a [f64],
    /// Highest cosine similarity of each sentence to an earlier one: how much it repeats.
    pub repeat: &'a [f64],
}

/// Whether a sentence is a line of the page rather than a sentence of the story: a headline,
/// a subheading, a byline or a caption. Such lines do not end the way Korean written sentences
/// do (`다.`, `?`, `!`), or carry an e-mail address.
pub fn is_unfinished(sentence: &str) -> bool {
    if sentence.contains('@') {
        return true;
    }
    let trimmed = sentence.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '」' | '』')
    });
    let Some(last) = trimmed.chars().next_back() else {
        return true;
    };
    !(matches!(last, '.' | '?' | '!' | '。' | '…') || last == '다' || last == '요')
}

/// The features of every sentence, written into `out` (one row per sentence).
///
/// Position counts only sentences of the story: a headline or byline line at the top of the text
/// does not push the lead down.
pub(crate) fn features(sentences: &[&str], context: &Context<'_>, out: &mut Vec<[f64; FEATURES]>) {
    out.clear();
    let n = sentences.len();
    let unfinished: Vec<bool> = sentences.iter().map(|s| is_unfinished(s)).collect();
    let story = unfinished.iter().filter(|&&u| !u).count().max(1);
    // How far the story's first sentence is from saying what the headline says, next to the
    // sentence that says it best: 0 for a news lead that restates the headline, towards 1 for an
    // opening scene, background or question whose point comes later (features, science desks).
    let best_headline = (0..n)
        .filter(|&i| !unfinished[i])
        .map(|i| context.headline[i])
        .fold(0.0, f64::max);
    let first = (0..n).find(|&i| !unfinished[i]);
    let weak_lead = match first {
        Some(f) if best_headline > 0.0 => 1.0 - context.headline[f] / best_headline,
        _ => 0.0,
    };
    let news_lead = first.is_some_and(|f| reads_as_news_lead(sentences[f]));
    let mut c = 0usize;
    for (i, sentence) in sentences.iter().enumerate() {
        // Words as written: the graph has tokenized already, and a share needs no stems.
        let (mut words, mut numbers) = (0.0f64, 0.0);
        for word in sentence.split_whitespace() {
            words += 1.0;
            if word.bytes().any(|b| b.is_ascii_digit()) {
                numbers += 1.0;
            }
        }
        let words = words.max(1.0);
        let chars = sentence.chars().filter(|c| !c.is_whitespace()).count();
        let quote = sentence.contains(['"', '“', '”', '「']);
        let first_word = sentence
            .split(|c: char| c.is_whitespace() || c == ',')
            .find(|w| !w.is_empty())
            .unwrap_or("");
        let connective = CONNECTIVES.contains(&first_word);
        let position = if unfinished[i] { None } else { Some(c) };
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        let lead = position.map_or(0.0, |c| 1.0 / (1.0 + c as f64));
        // Scaled so that an average sentence scores 1, whatever the text's length.
        let centrality = (1.0 + context.centrality[i] * n as f64).ln();
        let question = sentence
            .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’)".contains(c))
            .ends_with('?');
        out.push([
            1.0,
            flag(position == Some(0)),
            flag(position == Some(1)),
            lead,
            position.map_or(1.0, |c| c as f64 / story as f64),
            (chars as f64 / 100.0).min(1.5),
            flag(chars < 20),
            centrality,
            context.headline[i],
            (numbers / words * 4.0).min(1.0),
            flag(quote),
            flag(unfinished[i]),
            flag(position == Some(2)),
            context.lead[i],
            flag(connective),
            context.repeat[i],
            weak_lead * lead,
            weak_lead * centrality,
            flag(!unfinished[i] && best_headline > 0.0 && context.headline[i] == best_headline),
            flag(question),
            weak_lead
                * flag(
                    !unfinished[i] && best_headline > 0.0 && context.headline[i] == best_headline,
                ),
            flag(news_lead) * lead,
        ]);
        if !unfinished[i] {
            c += 1;
        }
    }
}

/// Whether a sentence reads as a news report's lead: it dates the event by its day (3일, 지난달
/// 28일) or attributes it (밝혔다, 발표했다, 집계됐다). An opening scene, background or question
/// does neither.
fn reads_as_news_lead(sentence: &str) -> bool {
    const ATTRIBUTION: &[&str] = &[
        "밝혔다",
        "발표했다",
        "전했다",
        "집계됐다",
        "나타났다",
        "알렸다",
        "결정했다",
        "합의했다",
    ];
    let trimmed = sentence.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    if ATTRIBUTION.iter().any(|a| trimmed.ends_with(a)) {
        return true;
    }
    // A day of the month: 1 to 31, then 일 ending the word or before a particle (3일, 28일
    // 오후, 11일부터; not 300일, a length of time, nor 2일반).
    sentence.match_indices('일').any(|(i, _)| {
        let digits = sentence[..i]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        (1..=2).contains(&digits)
            && sentence[i - digits..i]
                .parse::<u32>()
                .is_ok_and(|d| (1..=31).contains(&d))
            && sentence[i + '일'.len_utf8()..]
                .chars()
                .next()
                .is_none_or(|c| !crate::text::is_hangul(c) || "부까에은는".contains(c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_news_lead_dates_or_attributes_its_news() {
        for lead in [
            "해솔시는 오는 15일부터 시내버스 요금을 200원 올린다.",
            "한누리전자가 새 배터리 공장을 짓는다고 4일 밝혔다.",
            "지난달 수출이 1년 전보다 7% 줄어든 것으로 집계됐다.",
        ] {
            assert!(reads_as_news_lead(lead), "{lead}");
        }
        for opening in [
            "새벽 4시, 항구의 불이 하나둘 켜진다.",
            "겨울이면 배터리가 빨리 닳는 경험은 누구에게나 익숙하다.",
            "잠은 얼마나 자야 충분할까?",
            // Digits before 일 that begin another word are no day (2일반: a class name).
            "아이들은 2일반 교실에서 300일 가까이 지냈다고 했다.",
        ] {
            assert!(!reads_as_news_lead(opening), "{opening}");
        }
    }

    #[test]
    fn an_opening_far_from_the_headline_is_a_weak_lead() {
        let sentences = [
            "새벽 4시, 항구의 불이 하나둘 켜진다.",
            "해솔군이 어촌 청년 정착 지원금을 두 배로 늘린다.",
            "지원금은 한 사람에 월 60만원이다.",
        ];
        // Headline similarity: only the second sentence says what the headline says.
        let headline = [0.0, 0.6, 0.1];
        let zeros = [0.0; 3];
        let context = Context {
            centrality: &[1.0 / 3.0; 3],
            headline: &headline,
            lead: &zeros,
            repeat: &zeros,
        };
        let mut rows = Vec::new();
        features(&sentences, &context, &mut rows);
        let name = |n: &str| FEATURE_NAMES.iter().position(|f| *f == n).unwrap();
        assert_eq!(rows[0][name("weak lead x lead")], 1.0);
        assert_eq!(rows[1][name("closest to headline")], 1.0);
        assert_eq!(rows[1][name("weak lead x closest")], 1.0);
        assert_eq!(rows[0][name("news lead x lead")], 0.0);
        // The same story told as news: its lead restates the headline.
        let headline = [0.6, 0.3, 0.1];
        let context = Context {
            headline: &headline,
            ..context
        };
        features(&sentences, &context, &mut rows);
        assert_eq!(rows[0][name("weak lead x lead")], 0.0);
    }
}
