//! Pure functions that turn an [`Analysis`] into what the page shows: the body cut into
//! sentences and entity pieces, entity groups, card details. No DOM here, so it is tested on
//! the host.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use yoyak::{Analysis, Label};

/// A run of body text: plain, or one entity mention (possibly clipped to a sentence).
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Plain text.
    Text(String),
    /// An entity mention.
    Entity {
        /// Index into [`Analysis::entities`].
        index: usize,
        /// Its type.
        label: Label,
        /// The text shown (the part of the mention inside this run).
        text: String,
    },
}

/// A part of a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A sentence.
    Sentence {
        /// Index into [`Analysis::sentences`].
        index: usize,
        /// Its pieces.
        pieces: Vec<Piece>,
    },
    /// Text between or around sentences (usually whitespace).
    Between(Vec<Piece>),
}

/// The body's paragraphs, each cut into sentences and entity pieces.
///
/// Linear in the number of sentences and entities: both are walked once in byte order. Spans
/// that do not lie on the body's char boundaries are skipped rather than sliced.
pub fn paragraphs(analysis: &Analysis) -> Vec<Vec<Block>> {
    paragraphs_upto(analysis, usize::MAX).0
}

/// The first paragraphs of the body, as [`paragraphs`] cuts them: whole paragraphs, up to the
/// first one that starts at or after sentence `limit`; and the index of the first sentence
/// left out, if any. The work is proportional to what is returned (plus sorting the entities'
/// starts, which are already nearly in order), so showing the start of a book-length text
/// does not cost a pass over all of it.
pub fn paragraphs_upto(analysis: &Analysis, limit: usize) -> (Vec<Vec<Block>>, Option<usize>) {
    let body = analysis.clean.body.as_str();
    let mut entities: Vec<usize> = (0..analysis.entities.len()).collect();
    entities.sort_by_key(|&i| analysis.entities[i].span.byte_start);
    let mut cursor = Cursor {
        analysis,
        body,
        entities,
        next: 0,
    };
    let mut sentence = 0;
    let mut out = Vec::with_capacity(analysis.clean.paragraphs.len());
    for (p, paragraph) in analysis.clean.paragraphs.iter().enumerate() {
        let (start, end) = (paragraph.span.byte_start, paragraph.span.byte_end);
        let mut blocks = Vec::new();
        let mut pos = start;
        // Sentences are in document order; skip those of earlier paragraphs defensively.
        while sentence < analysis.sentences.len() && analysis.sentences[sentence].paragraph < p {
            sentence += 1;
        }
        let opens_with_sentence =
            sentence < analysis.sentences.len() && analysis.sentences[sentence].paragraph == p;
        if opens_with_sentence && sentence >= limit {
            return (out, Some(sentence));
        }
        while sentence < analysis.sentences.len() && analysis.sentences[sentence].paragraph == p {
            let span = analysis.sentences[sentence].span;
            let (s, e) = (span.byte_start.max(pos).min(end), span.byte_end.min(end));
            if s > pos {
                blocks.push(Block::Between(cursor.pieces(pos, s)));
            }
            if e > s {
                blocks.push(Block::Sentence {
                    index: sentence,
                    pieces: cursor.pieces(s, e),
                });
                pos = e;
            }
            sentence += 1;
        }
        if pos < end {
            blocks.push(Block::Between(cursor.pieces(pos, end)));
        }
        out.push(blocks);
    }
    (out, None)
}

struct Cursor<'a> {
    analysis: &'a Analysis,
    body: &'a str,
    /// Entity indices sorted by start.
    entities: Vec<usize>,
    /// The first entity that may still overlap the next range.
    next: usize,
}

impl Cursor<'_> {
    /// The pieces of `body[start..end]`; ranges must come in increasing order.
    fn pieces(&mut self, start: usize, end: usize) -> Vec<Piece> {
        let (analysis, order, body) = (self.analysis, &self.entities, self.body);
        let entity = |i: usize| &analysis.entities[order[i]];
        while self.next < order.len() && entity(self.next).span.byte_end <= start {
            self.next += 1;
        }
        let mut pieces = Vec::new();
        let mut pos = start;
        let mut i = self.next;
        while i < order.len() && entity(i).span.byte_start < end {
            let e = entity(i);
            let (s, t) = (e.span.byte_start.max(pos), e.span.byte_end.min(end));
            if t > s {
                if let (Some(before), Some(text)) = (body.get(pos..s), body.get(s..t)) {
                    if !before.is_empty() {
                        pieces.push(Piece::Text(before.to_string()));
                    }
                    pieces.push(Piece::Entity {
                        index: order[i],
                        label: e.label,
                        text: text.to_string(),
                    });
                    pos = t;
                }
            }
            i += 1;
        }
        if let Some(rest) = body.get(pos..end) {
            if !rest.is_empty() {
                pieces.push(Piece::Text(rest.to_string()));
            }
        }
        pieces
    }
}

/// Mentions per entity type, in [`Label::ALL`] order, types without mentions left out.
pub fn label_counts(analysis: &Analysis) -> Vec<(Label, usize)> {
    let mut counts: HashMap<Label, usize> = HashMap::new();
    for e in &analysis.entities {
        *counts.entry(e.label).or_default() += 1;
    }
    let mut out: Vec<(Label, usize)> = Label::ALL
        .iter()
        .filter_map(|l| counts.get(l).map(|&n| (*l, n)))
        .collect();
    // Labels the core may add later still show, after the known ones.
    let mut extra: Vec<(Label, usize)> = counts
        .into_iter()
        .filter(|(l, _)| !Label::ALL.contains(l))
        .collect();
    extra.sort();
    out.extend(extra);
    out
}

/// An entity as the user picks it: its type and its text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityKey {
    /// The type.
    pub label: Label,
    /// The text of the mention.
    pub text: String,
}

/// The article's entities per type with their mention counts, most mentioned first: the core's
/// groups (`Analysis::groups`, the same the CLI's JSON and the JS API carry), so "정 대표" counts
/// for 정신아 and "코(Ko)GPT" for KoGPT here too.
pub fn entity_groups(analysis: &Analysis) -> BTreeMap<Label, Vec<(String, usize)>> {
    let mut out: BTreeMap<Label, Vec<(String, usize, usize)>> = BTreeMap::new();
    for g in &analysis.groups {
        let first = g.mentions.first().map_or(usize::MAX, |m| m[0]);
        out.entry(g.label)
            .or_default()
            .push((g.name.clone(), g.count, first));
    }
    out.into_iter()
        .map(|(label, mut v)| {
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
            (label, v.into_iter().map(|(t, n, _)| (t, n)).collect())
        })
        .collect()
}

/// The indexes into [`Analysis::entities`] of the mentions of the group named by `key` (its
/// label and name): the full name and its short forms alike.
pub fn mentions_of(analysis: &Analysis, key: Option<&EntityKey>) -> BTreeSet<usize> {
    let Some(key) = key else {
        return BTreeSet::new();
    };
    let spans: BTreeSet<(usize, usize)> = analysis
        .groups
        .iter()
        .filter(|g| g.label == key.label && g.name == key.text)
        .flat_map(|g| g.mentions.iter().map(|m| (m[0], m[1])))
        .collect();
    analysis
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| spans.contains(&(e.span.char_start, e.span.char_end)))
        .map(|(i, _)| i)
        .collect()
}

/// The `n` most mentioned entities of any type (the card's "top entities").
pub fn top_entities(analysis: &Analysis, n: usize) -> Vec<(EntityKey, usize)> {
    let mut all: Vec<(EntityKey, usize)> = entity_groups(analysis)
        .into_iter()
        .flat_map(|(label, v)| {
            v.into_iter()
                .map(move |(text, count)| (EntityKey { label, text }, count))
        })
        // Dates, amounts and addresses say little about what an article is about.
        .filter(|(k, _)| matches!(k.label, Label::PS | Label::OG | Label::LC | Label::AF))
        .collect();
    all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    all.truncate(n);
    all
}

/// The article's headline: the core's choice (the cleaner's, else the first sentence, shortened),
/// or a placeholder for an article with no text.
pub fn title(analysis: &Analysis) -> String {
    let title = yoyak::corpus::title_of(analysis);
    if title.is_empty() {
        "(제목 없음)".to_string()
    } else {
        title
    }
}

/// `text` cut to at most `max` chars, with an ellipsis if it was cut.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// Publisher, date and reporters, as one line for the card and the reader's header.
pub fn byline(analysis: &Analysis) -> Vec<String> {
    let meta = &analysis.clean.metadata;
    let mut parts = Vec::new();
    if let Some(p) = &meta.publisher {
        parts.push(p.clone());
    }
    if let Some(d) = &meta.published {
        parts.push(d.clone());
    }
    let reporters: Vec<&str> = meta.reporters.iter().map(|r| r.name.as_str()).collect();
    if !reporters.is_empty() {
        parts.push(format!("{} 기자", reporters.join(", ")));
    }
    parts
}

/// How much of the site's own summary our summary covers: the share of the site summary's
/// character bigrams (letters and digits only) that also occur in ours, in [0, 1].
///
/// Bigrams rather than words because Korean words carry particles (카카오가, 카카오는) that
/// would hide matches.
pub fn overlap(site: &[String], ours: &[&str]) -> f64 {
    let site: HashSet<(char, char)> = site.iter().flat_map(|s| bigrams(s)).collect();
    if site.is_empty() {
        return 0.0;
    }
    let ours: HashSet<(char, char)> = ours.iter().flat_map(|s| bigrams(s)).collect();
    site.intersection(&ours).count() as f64 / site.len() as f64
}

fn bigrams(text: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoyak::entity::Origin;
    use yoyak::text::span_of;
    use yoyak::{AnalyzeOptions, Entity};

    #[test]
    fn a_chosen_entity_marks_its_short_mentions_too() {
        let text = "김병학 대표는 19일 새 조직을 맡았다. 김 대표는 회의를 열었다.";
        let options = yoyak::AnalyzeOptions::default();
        let analysis = yoyak::analyze(text, &options).expect("analysed");
        let group = analysis
            .groups
            .iter()
            .find(|g| g.name == "김병학")
            .expect("a group for 김병학");
        let key = EntityKey {
            label: group.label,
            text: group.name.clone(),
        };
        let chosen = mentions_of(&analysis, Some(&key));
        assert_eq!(chosen.len(), group.count);
        assert!(chosen.iter().any(|&i| analysis.entities[i].text == "김"));
        assert!(mentions_of(&analysis, None).is_empty());
    }

    fn analysis(text: &str) -> Analysis {
        let options = AnalyzeOptions {
            clean: false,
            ..AnalyzeOptions::default()
        };
        yoyak::analyze(text, &options).expect("analysis")
    }

    fn entity(body: &str, needle: &str, label: Label) -> Entity {
        let start = body.find(needle).expect("needle");
        Entity {
            span: span_of(body, start, start + needle.len()),
            label,
            text: needle.to_string(),
            origin: Origin::Rule,
        }
    }

    fn flatten(blocks: &[Block]) -> String {
        let mut s = String::new();
        for b in blocks {
            let pieces = match b {
                Block::Sentence { pieces, .. } | Block::Between(pieces) => pieces,
            };
            for p in pieces {
                match p {
                    Piece::Text(t) | Piece::Entity { text: t, .. } => s.push_str(t),
                }
            }
        }
        s
    }

    #[test]
    fn pieces_rebuild_every_paragraph_exactly() {
        let mut a =
            analysis("카카오가 AI 조직을 만들었다. 정신아 대표가 말했다.\n\n둘째 문단이다.");
        let body = a.clean.body.clone();
        a.entities = vec![
            entity(&body, "카카오", Label::OG),
            entity(&body, "정신아", Label::PS),
            // Crosses the sentence boundary: must be clipped, not dropped or duplicated.
            entity(&body, "만들었다. 정신아", Label::DT),
        ];
        a.entities.sort_by_key(|e| e.span.byte_start);
        let paras = paragraphs(&a);
        assert_eq!(paras.len(), a.clean.paragraphs.len());
        for (blocks, p) in paras.iter().zip(&a.clean.paragraphs) {
            assert_eq!(flatten(blocks), p.span.slice(&body));
        }
        let labels: Vec<Label> = paras
            .iter()
            .flatten()
            .flat_map(|b| match b {
                Block::Sentence { pieces, .. } | Block::Between(pieces) => pieces.clone(),
            })
            .filter_map(|p| match p {
                Piece::Entity { label, .. } => Some(label),
                Piece::Text(_) => None,
            })
            .collect();
        assert!(labels.contains(&Label::OG));
        assert!(labels.contains(&Label::DT));
        let sentences = paras
            .iter()
            .flatten()
            .filter(|b| matches!(b, Block::Sentence { .. }))
            .count();
        assert_eq!(sentences, a.sentences.len());
    }

    #[test]
    fn the_first_paragraphs_are_a_prefix_of_all_of_them() {
        let a = analysis("첫 문장이다. 둘째 문장이다.\n\n셋째 문장이다.\n\n넷째 문장이다. 다섯째.");
        let all = paragraphs(&a);
        assert!(all.len() >= 3 && a.sentences.len() >= 4);
        // The second paragraph starts at sentence 2: a limit of 1 or 2 keeps only the first.
        let (first, rest) = paragraphs_upto(&a, 1);
        assert_eq!(first, all[..1].to_vec());
        assert_eq!(rest, Some(2));
        assert_eq!(paragraphs_upto(&a, 2), (all[..1].to_vec(), Some(2)));
        assert_eq!(paragraphs_upto(&a, 3).0, all[..2].to_vec());
        assert_eq!(paragraphs_upto(&a, usize::MAX), (all.clone(), None));
        // A limit of 0 keeps nothing.
        assert_eq!(paragraphs_upto(&a, 0), (Vec::new(), Some(0)));
    }

    #[test]
    fn broken_spans_are_skipped_not_sliced() {
        let mut a = analysis("한국어 문장이다.");
        a.entities = vec![Entity {
            span: yoyak::Span {
                byte_start: 1,
                byte_end: 2,
                char_start: 0,
                char_end: 1,
            },
            label: Label::PS,
            text: "?".into(),
            origin: Origin::Model,
        }];
        let paras = paragraphs(&a);
        assert_eq!(flatten(&paras[0]), "한국어 문장이다.");
    }

    #[test]
    fn groups_count_mentions() {
        let mut a = analysis("카카오와 카카오, 네이버.");
        let body = a.clean.body.clone();
        let second = body.rfind("카카오").expect("second");
        a.entities = vec![
            entity(&body, "카카오", Label::OG),
            Entity {
                span: span_of(&body, second, second + "카카오".len()),
                ..entity(&body, "카카오", Label::OG)
            },
            entity(&body, "네이버", Label::OG),
        ];
        a.groups = yoyak::entity::alias::groups(&body, &a.entities);
        let groups = entity_groups(&a);
        assert_eq!(groups[&Label::OG][0], ("카카오".to_string(), 2));
        assert_eq!(label_counts(&a), vec![(Label::OG, 3)]);
        assert_eq!(top_entities(&a, 1)[0].1, 2);
    }

    #[test]
    fn overlap_is_a_share() {
        let site = vec!["카카오가 AI 조직을 신설했다".to_string()];
        assert!((overlap(&site, &["카카오가 AI 조직을 신설했다."]) - 1.0).abs() < 1e-9);
        assert_eq!(overlap(&site, &["전혀 다른 내용"]), 0.0);
        assert_eq!(overlap(&[], &["무엇이든"]), 0.0);
        assert_eq!(shorten("가나다라", 2), "가나…");
    }
}
