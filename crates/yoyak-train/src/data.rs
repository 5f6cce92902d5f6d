//! Readers for the KMOU NER corpus (`corpus_morph_ner/*.txt`) and its 2016klp split.
//!
//! Both formats carry, per sentence, a line with inline `<text:TAG>` marks; that line alone gives
//! the raw text and the entity spans in chars, so the morpheme rows are not needed.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use yoyak::entity::Label;

use crate::{io_err, TrainError};

/// One annotated sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The raw text, without the marks.
    pub text: String,
    /// Entities as `(first char, end char, label)`, ordered.
    pub spans: Vec<(usize, usize, Label)>,
}

/// Which annotation scheme a file uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// KMOU `corpus_morph_ner`: `## N`, `## raw`, `## <inline:TAG>` then morpheme rows.
    Kmou,
    /// 2016klp: `; raw`, `$<inline:TAG>` then morpheme rows.
    Klp,
    /// KLUE-NER: `##` comment lines, then one `char<TAB>B-XX` (or `O`) line per char, a blank
    /// line between sentences; or a hand annotation of raw KLUE sentences (see
    /// [`crate::silver::read_annotation`]). Six labels: PS LC OG DT TI QT.
    Klue,
}

impl Format {
    /// The labels this scheme annotates (what an evaluation on it can score).
    pub fn labels(self) -> &'static [Label] {
        match self {
            Format::Kmou => &yoyak::entity::model::LABELS,
            Format::Klp => &[Label::PS, Label::OG, Label::LC, Label::DT, Label::TI],
            Format::Klue => &Label::KLUE,
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Kmou => "KMOU",
            Format::Klp => "2016klp",
            Format::Klue => "KLUE",
        })
    }
}

/// The KMOU tag → label mapping (see `MODEL.md`): durations are dates (KLUE's DT covers
/// periods), money, percentages and counts are quantities, other proper nouns are artifacts.
pub fn map_tag(tag: &str) -> Option<Label> {
    Some(match tag {
        "PER" | "PS" => Label::PS,
        "ORG" | "OG" => Label::OG,
        "LOC" | "LC" => Label::LC,
        "DAT" | "DUR" | "DT" => Label::DT,
        "TIM" | "TI" => Label::TI,
        "MNY" | "PNT" | "NOH" | "QT" => Label::QT,
        "POH" | "AF" => Label::AF,
        _ => return None,
    })
}

/// Parses a line with inline `<text:TAG>` marks. A `<` that does not open a well-formed mark with
/// a known tag is kept as text.
pub fn parse_inline(line: &str) -> Sentence {
    let mut text = String::with_capacity(line.len());
    let mut chars = 0usize;
    let mut spans = Vec::new();
    let mut rest = line;
    while let Some(lt) = rest.find('<') {
        let before = &rest[..lt];
        text.push_str(before);
        chars += before.chars().count();
        let after = &rest[lt + 1..];
        let mark = after.find('>').and_then(|gt| {
            let inner = &after[..gt];
            let colon = inner.rfind(':')?;
            let label = map_tag(&inner[colon + 1..])?;
            let body = &inner[..colon];
            (!body.is_empty() && !body.contains('<')).then_some((body, label, gt))
        });
        match mark {
            Some((body, label, gt)) => {
                let n = body.chars().count();
                text.push_str(body);
                spans.push((chars, chars + n, label));
                chars += n;
                rest = &after[gt + 1..];
            }
            None => {
                text.push('<');
                chars += 1;
                rest = after;
            }
        }
    }
    text.push_str(rest);
    Sentence { text, spans }
}

/// Reads the sentences of one file in either format (told apart by their first lines).
pub fn read_file(path: &Path) -> io::Result<(Format, Vec<Sentence>)> {
    let content = std::fs::read_to_string(path)?;
    Ok(read_str(&content))
}

/// True when `content` is KLUE's char-per-line format: its first line that is neither blank nor a
/// `##` comment is one char, a tab and a BIO tag.
fn is_klue_chars(content: &str) -> bool {
    content
        .lines()
        .find(|l| !l.trim().is_empty() && !l.starts_with("##"))
        .and_then(|l| l.split_once('\t'))
        .is_some_and(|(c, tag)| {
            c.chars().count() <= 1
                && (tag.trim() == "O" || tag.starts_with("B-") || tag.starts_with("I-"))
        })
}

/// Reads KLUE's char-per-line format. A tag of an unknown label, or an `I-` that continues
/// nothing, starts a new entity of that label or is skipped, so a sloppy file still scores.
pub fn read_klue_chars(content: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut spans: Vec<(usize, usize, Label)> = Vec::new();
    let mut n = 0usize;
    let mut open: Option<(usize, Label)> = None;
    let mut flush = |text: &mut String,
                     spans: &mut Vec<_>,
                     n: &mut usize,
                     open: &mut Option<(usize, Label)>| {
        if let Some((s, l)) = open.take() {
            spans.push((s, *n, l));
        }
        if !text.is_empty() {
            out.push(Sentence {
                text: std::mem::take(text),
                spans: std::mem::take(spans),
            });
        }
        *n = 0;
    };
    for line in content.lines() {
        if line.starts_with("##") {
            continue;
        }
        if line.trim().is_empty() && !line.starts_with(' ') {
            flush(&mut text, &mut spans, &mut n, &mut open);
            continue;
        }
        let (c, tag) = line.rsplit_once('\t').unwrap_or((line, "O"));
        // KLUE writes a space as an empty (or blank) char column.
        let c = if c.is_empty() { " " } else { c };
        let tag = tag.trim();
        let (bio, label) = match tag.split_once('-') {
            Some((b, l)) => (b, map_tag(l)),
            None => ("O", None),
        };
        match (bio, label, open) {
            ("I", Some(l), Some((_, ol))) if l == ol => {}
            (_, Some(l), _) => {
                if let Some((s, ol)) = open.take() {
                    spans.push((s, n, ol));
                }
                open = Some((n, l));
            }
            _ => {
                if let Some((s, ol)) = open.take() {
                    spans.push((s, n, ol));
                }
            }
        }
        text.push_str(c);
        n += c.chars().count();
    }
    flush(&mut text, &mut spans, &mut n, &mut open);
    out
}

/// Reads the sentences of a file's content in any of the formats.
pub fn read_str(content: &str) -> (Format, Vec<Sentence>) {
    if is_klue_chars(content) {
        return (Format::Klue, read_klue_chars(content));
    }
    let klp = content
        .lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.starts_with(';') || l.starts_with('$'));
    let mut out = Vec::new();
    if klp {
        for line in content.lines() {
            if let Some(inline) = line.strip_prefix('$') {
                out.push(parse_inline(inline.trim_end()));
            }
        }
        return (Format::Klp, out);
    }
    // KMOU: after a `## N` line come the raw line and the marked line.
    let lines: Vec<&str> = content.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let is_header = lines[i]
            .strip_prefix("## ")
            .is_some_and(|n| !n.is_empty() && n.trim().chars().all(|c| c.is_ascii_digit()));
        if is_header && i + 2 < lines.len() {
            if let Some(inline) = lines[i + 2].strip_prefix("## ") {
                out.push(parse_inline(inline.trim_end()));
                i += 3;
                continue;
            }
        }
        i += 1;
    }
    (Format::Kmou, out)
}

/// A data split.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Split {
    /// For fitting weights.
    Train,
    /// For choosing settings (epochs, pruning).
    Dev,
    /// For the final figures only.
    Test,
}

impl Split {
    /// Parses `train`, `dev` or `test`.
    pub fn parse(s: &str) -> Option<Split> {
        match s {
            "train" => Some(Split::Train),
            "dev" => Some(Split::Dev),
            "test" => Some(Split::Test),
            _ => None,
        }
    }
}

/// The split of a KMOU corpus file: 80/10/10 by an FNV-1a hash of its file name, so the split
/// never depends on the order files are listed in.
pub fn kmou_split(file_name: &str) -> Split {
    match yoyak::text::Fnv1a::hash32(file_name.as_bytes()) % 10 {
        0 => Split::Test,
        1 => Split::Dev,
        _ => Split::Train,
    }
}

/// Sentences of a KMOU `corpus_morph_ner` folder, grouped by split.
pub fn read_kmou_dir(dir: &Path) -> io::Result<Vec<(Split, Sentence)>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned());
        let split = kmou_split(name.as_deref().unwrap_or(""));
        let (_, sents) = read_file(&f)?;
        out.extend(sents.into_iter().map(|s| (split, s)));
    }
    Ok(out)
}

/// A key that finds the same sentence in both sources (spacing differs between them).
pub fn dedup_key(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Where the sources are under a KMOU checkout root.
pub fn kmou_paths(root: &Path) -> (PathBuf, PathBuf) {
    (root.join("corpus_morph_ner"), root.join("2016klp"))
}

/// Evaluation data at `path`: a KMOU root (its `split` of `corpus_morph_ner`), a
/// `corpus_morph_ner` folder (its `split`), or a single file in either format (all of it).
pub fn read_eval(path: &Path, split: Split) -> io::Result<(Format, Vec<Sentence>)> {
    let dir = if path.join("corpus_morph_ner").is_dir() {
        path.join("corpus_morph_ner")
    } else {
        path.to_path_buf()
    };
    if dir.is_dir() {
        let sents = read_kmou_dir(&dir)?
            .into_iter()
            .filter(|(s, _)| *s == split)
            .map(|(_, s)| s)
            .collect();
        return Ok((Format::Kmou, sents));
    }
    read_file(path)
}

/// Reads the training, dev and test sentences the protocol of `MODEL.md` prescribes.
pub(crate) fn load_training(
    data: &Path,
) -> Result<(Vec<Sentence>, Vec<Sentence>, usize), TrainError> {
    let (corpus, klp) = kmou_paths(data);
    if !corpus.is_dir() {
        let (_, sents) = read_file(data).map_err(io_err(data))?;
        return Ok((sents, Vec::new(), 0));
    }
    let kmou = read_kmou_dir(&corpus).map_err(io_err(&corpus))?;
    let mut klp_sets = HashMap::new();
    for (name, split) in [
        ("ner.train", Split::Train),
        ("ner.dev", Split::Dev),
        ("ner.test", Split::Test),
    ] {
        let p = klp.join(name);
        if p.is_file() {
            klp_sets.insert(split, read_file(&p).map_err(io_err(&p))?.1);
        }
    }
    // Anything in any dev or test set is kept out of training, whichever source it came from.
    let mut held_out: HashSet<String> = HashSet::new();
    for (split, s) in &kmou {
        if *split != Split::Train {
            held_out.insert(dedup_key(&s.text));
        }
    }
    for split in [Split::Dev, Split::Test] {
        for s in klp_sets.get(&split).into_iter().flatten() {
            held_out.insert(dedup_key(&s.text));
        }
    }
    let mut seen = HashSet::new();
    let mut train = Vec::new();
    let mut dropped = 0;
    // KMOU first: where both sources hold a sentence its richer labels (QT, AF) win.
    let candidates = kmou
        .iter()
        .filter(|(split, _)| *split == Split::Train)
        .map(|(_, s)| s)
        .chain(klp_sets.get(&Split::Train).into_iter().flatten());
    for s in candidates {
        let key = dedup_key(&s.text);
        if held_out.contains(&key) || !seen.insert(key) {
            dropped += 1;
            continue;
        }
        train.push(s.clone());
    }
    let dev = kmou
        .into_iter()
        .filter(|(split, _)| *split == Split::Dev)
        .map(|(_, s)| s)
        .collect();
    Ok((train, dev, dropped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_marks_become_char_spans() {
        let s = parse_inline("<정신아:PER> <카카오:ORG> 대표가 a<b 했다 <x:ZZZ>");
        assert_eq!(s.text, "정신아 카카오 대표가 a<b 했다 <x:ZZZ>");
        assert_eq!(s.spans, vec![(0, 3, Label::PS), (4, 7, Label::OG)]);
    }

    #[test]
    fn both_formats_are_recognised() {
        let kmou = "## 1\n## 서울에 갔다\n## <서울:LOC>에 갔다\n서울\t서울\tNNP\tB-LOC\n\n";
        let (f, s) = read_str(kmou);
        assert_eq!((f, s.len()), (Format::Kmou, 1));
        assert_eq!(s[0].spans, vec![(0, 2, Label::LC)]);
        let klp = "; 서울에 갔다\n$<서울:LC>에 갔다\n1\t서울\tNNP\tB_LC\n\n";
        let (f, s) = read_str(klp);
        assert_eq!((f, s.len()), (Format::Klp, 1));
        assert_eq!(s[0].text, "서울에 갔다");
    }

    #[test]
    fn klue_char_lines_become_sentences() {
        let klue = "## klue-ner-v1_dev_00000_wikitree\t<서울:LC>에 <3일:DT>\n서\tB-LC\n울\tI-LC\n에\tO\n \tO\n3\tB-DT\n일\tI-DT\n\n## x\n김\tB-PS\n\tO\n씨\tO\n";
        let (f, s) = read_str(klue);
        assert_eq!(f, Format::Klue);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].text, "서울에 3일");
        assert_eq!(s[0].spans, vec![(0, 2, Label::LC), (4, 6, Label::DT)]);
        assert_eq!(s[1].text, "김 씨");
        assert_eq!(s[1].spans, vec![(0, 1, Label::PS)]);
    }
}
