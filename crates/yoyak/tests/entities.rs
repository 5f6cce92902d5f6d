//! Hand-checked entity expectations (`tests/cases/entities/`, see its README): spans that must
//! be found with their exact boundaries and label, strings that must never be tagged, and the
//! article-level promises of the conventions (one reading per string, names grouped).

use std::path::{Path, PathBuf};

use yoyak::entity::{reading, Entity, Label};
use yoyak::{analyze, AnalyzeOptions};

const SIX: [Label; 6] = Label::KLUE;

fn cases() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases/entities")
}

/// A marked span: char range and label.
type Marked = (usize, usize, Label);

/// One annotated paragraph: its text, marked spans (char ranges) and forbidden strings.
struct Paragraph {
    text: String,
    spans: Vec<(usize, usize, Label)>,
    never: Vec<String>,
}

fn parse_line(line: &str) -> (String, Vec<(usize, usize, Label)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut rest = line;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        let after = &rest[lt + 1..];
        let gt = after.find('>').expect("a mark closes");
        let inner = &after[..gt];
        let colon = inner.rfind(':').expect("a mark has a label");
        let label = Label::parse(&inner[colon + 1..]).expect("a known label");
        let start = text.chars().count();
        text.push_str(&inner[..colon]);
        spans.push((start, text.chars().count(), label));
        rest = &after[gt + 1..];
    }
    text.push_str(rest);
    (text, spans)
}

fn read(path: &Path) -> Vec<Paragraph> {
    let content = std::fs::read_to_string(path).expect("case file");
    let mut out: Vec<Paragraph> = Vec::new();
    for line in content.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(list) = line.strip_prefix('!') {
            let p = out.last_mut().expect("a ! line follows a paragraph");
            p.never
                .extend(list.split(" | ").map(|s| s.trim().to_string()));
            continue;
        }
        let (text, spans) = parse_line(line);
        out.push(Paragraph {
            text,
            spans,
            never: Vec::new(),
        });
    }
    out
}

#[derive(Default, Debug)]
struct Tally {
    six: (usize, usize),
    af: (usize, usize),
    misses: Vec<String>,
    forbidden: Vec<String>,
}

impl Tally {
    fn rate(&self) -> f64 {
        self.six.0 as f64 / self.six.1.max(1) as f64
    }

    /// "found/marked (rate%), AF found/marked".
    fn line(&self) -> String {
        format!(
            "{}/{} ({:.1}%), AF {}/{}",
            self.six.0,
            self.six.1,
            100.0 * self.rate(),
            self.af.0,
            self.af.1
        )
    }
}

/// Scores predicted char spans of one paragraph (offsets relative to it).
fn score(t: &mut Tally, p: &Paragraph, pred: &[(usize, usize, Label)]) {
    let chars: Vec<char> = p.text.chars().collect();
    let piece = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    for &(s, e, l) in &p.spans {
        let found = pred.contains(&(s, e, l));
        let slot = if l == Label::AF {
            &mut t.af
        } else {
            &mut t.six
        };
        slot.1 += 1;
        if found {
            slot.0 += 1;
        } else if l != Label::AF {
            let got: Vec<String> = pred
                .iter()
                .filter(|&&(a, b, _)| a < e && s < b)
                .map(|&(a, b, pl)| format!("{}:{pl:?}", piece(a, b)))
                .collect();
            t.misses
                .push(format!("{}:{l:?} (got {got:?})", piece(s, e)));
        }
    }
    for bad in &p.never {
        let bad_chars: Vec<char> = bad.chars().collect();
        let n = bad_chars.len();
        for at in 0..chars.len().saturating_sub(n - 1) {
            if chars[at..at + n] != bad_chars[..] {
                continue;
            }
            // AF is yoyak's own label, outside the six the conventions score.
            for &(a, b, l) in pred.iter().filter(|p| p.2 != Label::AF) {
                if a >= at && b <= at + n {
                    t.forbidden.push(format!(
                        "{}:{l:?} inside '{bad}' in {}",
                        piece(a, b),
                        p.text
                    ));
                }
            }
        }
    }
}

fn spans_of(entities: &[Entity]) -> Vec<(usize, usize, Label)> {
    entities
        .iter()
        .map(|e| (e.span.char_start, e.span.char_end, e.label))
        .collect()
}

#[test]
fn written_news_sentences() {
    let mut t = Tally::default();
    for p in read(&cases().join("news.txt")) {
        let pred = spans_of(&yoyak::entity::tag(&p.text));
        score(&mut t, &p, &pred);
    }
    eprintln!("news.txt, six labels found: {}", t.line());
    for m in &t.misses {
        eprintln!("  missed {m}");
    }
    assert!(t.six.1 >= 200, "the case file shrank");
    for f in &t.forbidden {
        eprintln!("  FORBIDDEN {f}");
    }
    // None since stop 16 (고려청자, read as an organisation, went on the never-list).
    assert!(
        t.forbidden.is_empty(),
        "tagged strings that are never entities:\n{}",
        t.forbidden.join("\n")
    );
    assert!(t.rate() >= NEWS_FLOOR, "found {:.3}", t.rate());
}

/// Sentences written after the reading rules (`after-rules.txt`): the rules must hold on text
/// they were not written from. The floor was set before the tagger first ran on the file.
#[test]
fn sentences_written_after_the_rules() {
    let mut t = Tally::default();
    for p in read(&cases().join("after-rules.txt")) {
        let pred = spans_of(&yoyak::entity::tag(&p.text));
        score(&mut t, &p, &pred);
    }
    eprintln!("after-rules.txt, six labels found: {}", t.line());
    for m in &t.misses {
        eprintln!("  missed {m}");
    }
    assert!(
        t.forbidden.is_empty(),
        "tagged strings that are never entities:\n{}",
        t.forbidden.join("\n")
    );
    assert!(t.rate() >= 0.75, "found {:.3}", t.rate());
}

/// The share of marked spans of `news.txt` that must be found; the measured share is in the
/// model card (0.899 at stop 16), this floor only catches a regression.
const NEWS_FLOOR: f64 = 0.85;
/// The same for the seeds (the goal is 0.95; measured 0.777 when this was written, 0.951
/// at stop 16, a tuned figure).
const SEEDS_FLOOR: f64 = 0.93;

fn seed_files() -> Vec<(PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    seeds.sort();
    seeds
        .into_iter()
        .map(|s| {
            let n = &s.file_name().unwrap().to_string_lossy()[..3];
            (s.clone(), cases().join(format!("seeds/{n}.txt")))
        })
        .collect()
}

#[test]
fn seeds() {
    let mut all = Tally::default();
    let mut report = String::new();
    let mut problems: Vec<String> = Vec::new();
    let mut all_wrong_ps = 0;
    for (seed, cases) in seed_files() {
        let input = std::fs::read_to_string(&seed).unwrap();
        let a = analyze(&input, &AnalyzeOptions::default()).unwrap();
        let body = a.clean.body.as_str();
        let name = seed.file_name().unwrap().to_string_lossy().to_string();
        let mut t = Tally::default();
        let mut from = 0;
        let mut gold_ps: Vec<(usize, usize)> = Vec::new();
        for p in read(&cases) {
            let at = from
                + body[from..]
                    .find(&p.text)
                    .unwrap_or_else(|| panic!("{name}: paragraph not in the body: {}", p.text));
            let c0 = body[..at].chars().count();
            let c1 = c0 + p.text.chars().count();
            let pred: Vec<(usize, usize, Label)> = spans_of(&a.entities)
                .into_iter()
                .filter(|&(s, e, _)| s >= c0 && e <= c1)
                .map(|(s, e, l)| (s - c0, e - c0, l))
                .collect();
            score(&mut t, &p, &pred);
            gold_ps.extend(
                p.spans
                    .iter()
                    .filter(|s| s.2 == Label::PS)
                    .map(|&(s, e, _)| (s + c0, e + c0)),
            );
            from = at + p.text.len();
        }
        // No non-person as PS: every person the tagger finds is a marked person.
        let wrong_ps: Vec<&str> = a
            .entities
            .iter()
            .filter(|e| e.label == Label::PS)
            .filter(|e| !gold_ps.contains(&(e.span.char_start, e.span.char_end)))
            .map(|e| e.text.as_str())
            .collect();
        // One reading: no surface string with two labels in one article.
        let mut labels: std::collections::HashMap<&str, Label> = Default::default();
        let mut two = Vec::new();
        for e in &a.entities {
            if let Some(&l) = labels.get(e.text.as_str()) {
                if l != e.label {
                    two.push(format!("{} {l:?}/{:?}", e.text, e.label));
                }
            }
            labels.insert(&e.text, e.label);
        }
        // No entity ends inside a Hangul word (a particle or a name suffix may follow).
        let cut: Vec<&str> = a
            .entities
            .iter()
            .filter(|e| SIX.contains(&e.label) || e.label == Label::AF)
            .filter(|e| !matches!(e.label, Label::DT | Label::TI | Label::QT))
            .filter(|e| !reading::may_end(body, e.span.byte_end))
            .map(|e| e.text.as_str())
            .collect();
        report.push_str(&format!(
            "{name}: {}, non-person PS {wrong_ps:?}, two labels {two:?}, cut {cut:?}\n",
            t.line()
        ));
        for m in &t.misses {
            report.push_str(&format!("  missed {m}\n"));
        }
        for f in &t.forbidden {
            report.push_str(&format!("  FORBIDDEN {f}\n"));
        }
        all.six.0 += t.six.0;
        all.six.1 += t.six.1;
        all.forbidden.extend(t.forbidden);
        if !two.is_empty() || !cut.is_empty() {
            problems.push(name.clone());
        }
        all_wrong_ps += wrong_ps.len();
    }
    eprintln!("{report}");
    eprintln!(
        "seeds: {}/{} of the six labels found ({:.1}%)",
        all.six.0,
        all.six.1,
        100.0 * all.rate()
    );
    assert!(
        problems.is_empty(),
        "two labels for one string or entities cut inside a word in {problems:?}\n{report}"
    );
    // None since stop 16 (the goal).
    assert!(
        all_wrong_ps == 0,
        "{all_wrong_ps} non-people as PS\n{report}"
    );
    assert!(all.forbidden.is_empty(), "{report}");
    assert!(all.rate() >= SEEDS_FLOOR, "{report}");
}

#[test]
fn seed_001_groups_jung_shina_with_her_short_forms() {
    let seed = seed_files()
        .into_iter()
        .find(|(s, _)| s.to_string_lossy().contains("/001"))
        .unwrap()
        .0;
    let input = std::fs::read_to_string(seed).unwrap();
    let a = analyze(&input, &AnalyzeOptions::default()).unwrap();
    let body = &a.clean.body;
    let people: Vec<_> = a
        .groups
        .iter()
        .filter(|g| g.label == Label::PS && g.name.starts_with('정'))
        .collect();
    assert_eq!(people.len(), 1, "{people:?}");
    assert_eq!(people[0].name, "정신아");
    // Every "정 대표" in the body is a mention of that group.
    let chars: Vec<char> = body.chars().collect();
    let short: Vec<usize> = (0..chars.len().saturating_sub(4))
        .filter(|&i| chars[i] == '정' && chars[i + 1] == ' ' && chars[i + 2] == '대')
        .filter(|&i| i == 0 || !chars[i - 1].is_alphanumeric())
        .collect();
    assert!(!short.is_empty());
    for i in short {
        assert!(
            people[0].mentions.contains(&[i, i + 1]),
            "정 at char {i} is not a mention of 정신아: {:?}",
            people[0].mentions
        );
    }
}

/// Micro-F1 of `entity::tag` on a hand-annotated sample of KLUE-NER train sentences, when
/// `../shared/data` is there (the sentences are read from it, never copied here).
fn klue_sample_f1(file: &str) -> Option<f64> {
    let raw = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/ner/klue-train/raw-sentences.tsv");
    let Ok(raw) = std::fs::read_to_string(raw) else {
        eprintln!("../shared/data is not here: skipped");
        return None;
    };
    let text: std::collections::HashMap<&str, &str> =
        raw.lines().filter_map(|l| l.split_once('\t')).collect();
    let ann = std::fs::read_to_string(cases().join(file)).unwrap();
    let mut gold: Vec<(String, Vec<Marked>)> = Vec::new();
    for line in ann.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        if gold.last().is_none_or(|g| g.0 != f[0]) {
            gold.push((f[0].to_string(), Vec::new()));
        }
        if f[1] != "-" {
            let l = Label::parse(f[3]).unwrap();
            gold.last_mut()
                .unwrap()
                .1
                .push((f[1].parse().unwrap(), f[2].parse().unwrap(), l));
        }
    }
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (id, spans) in &gold {
        let sentence = text[id.as_str()];
        let pred: Vec<_> = spans_of(&yoyak::entity::tag(sentence))
            .into_iter()
            .filter(|s| SIX.contains(&s.2))
            .collect();
        tp += spans.iter().filter(|s| pred.contains(s)).count();
        fn_ += spans.iter().filter(|s| !pred.contains(s)).count();
        fp += pred.iter().filter(|s| !spans.contains(s)).count();
    }
    let f1 = 200.0 * tp as f64 / (2 * tp + fp + fn_) as f64;
    eprintln!("{file}: micro-F1 {f1:.2} (tp {tp}, fp {fp}, fn {fn_})");
    Some(f1)
}

/// Sample 1, the dev set every rule was chosen on: 84.71 at stop 17 (a tuned figure).
#[test]
fn klue_sample_scores_above_a_floor() {
    if let Some(f1) = klue_sample_f1("klue-sample.tsv") {
        assert!(f1 >= 83.0, "micro-F1 {f1:.2}");
    }
}

/// Sample 2: the test set of stop 16 (79.03, scored once there), a second dev set since stop 17
/// (its errors were read; 84.23 at stop 17, a tuned figure); this floor only catches a
/// regression.
#[test]
fn klue_sample_2_scores_above_a_floor() {
    if let Some(f1) = klue_sample_f1("klue-sample-2.tsv") {
        assert!(f1 >= 82.5, "micro-F1 {f1:.2}");
    }
}

/// Sample 3, the test set since stop 17 (annotated without tagger output, held out of training,
/// the name table and every choice): scored once for the stop-17 model card (82.27); this floor
/// only catches a regression and is not a figure to tune on.
#[test]
fn klue_sample_3_scores_above_a_floor() {
    if let Some(f1) = klue_sample_f1("klue-sample-3.tsv") {
        assert!(f1 >= 80.5, "micro-F1 {f1:.2}");
    }
}
