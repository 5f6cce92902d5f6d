//! The rules' case files: `tests/cases/clean/rules/<rule>.txt` (from the repository root), one
//! file per rule. A line `- text` must be removed by that rule (the first rule that applies to
//! it); a line `+ text` must be kept (no rule applies to it). `#` starts a comment line.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::*;

fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases/clean/rules")
}

/// `rule name → (removed lines, kept lines)` from the case files.
fn cases() -> BTreeMap<String, (Vec<String>, Vec<String>)> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(cases_dir()).expect("tests/cases/clean/rules exists") {
        let path = entry.expect("readable dir").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).expect("readable case file");
        let (mut removed, mut kept) = (Vec::new(), Vec::new());
        for (n, line) in text.lines().enumerate() {
            if let Some(l) = line.strip_prefix("- ") {
                removed.push(l.to_string());
            } else if let Some(l) = line.strip_prefix("+ ") {
                kept.push(l.to_string());
            } else {
                let t = line.trim();
                assert!(
                    t.is_empty() || t.starts_with('#'),
                    "{name}.txt:{}: a case line starts with \"- \" or \"+ \"",
                    n + 1
                );
            }
        }
        out.insert(name, (removed, kept));
    }
    out
}

#[test]
fn every_rule_has_cases_both_ways() {
    let cases = cases();
    for r in RULES {
        let Some((removed, kept)) = cases.get(r.name) else {
            panic!("no case file for rule {}", r.name);
        };
        assert!(!removed.is_empty(), "{}: no line it removes", r.name);
        assert!(!kept.is_empty(), "{}: no line it must keep", r.name);
    }
    for name in cases.keys() {
        assert!(
            RULES.iter().any(|r| r.name == name),
            "{name}.txt names no rule"
        );
    }
}

#[test]
fn rules_remove_and_keep_their_cases() {
    let mut errs = Vec::new();
    let mut buf = String::new();
    for (name, (removed, kept)) in cases() {
        for line in removed {
            match rule_for(line.trim(), &mut buf) {
                Some(r) if r.name == name => {}
                Some(r) => errs.push(format!("{name}: {line:?} was taken by {}", r.name)),
                None => errs.push(format!("{name}: {line:?} was kept")),
            }
        }
        for line in kept {
            if let Some(r) = rule_for(line.trim(), &mut buf) {
                errs.push(format!("{name}: {line:?} was removed by {}", r.name));
            }
        }
    }
    assert!(errs.is_empty(), "{}", errs.join("\n"));
}

#[test]
fn every_phrase_is_hit_by_a_case() {
    let tables: [(&str, &Phrases); 6] = [
        ("widget_phrase", &WIDGET),
        ("toolbar_phrase", &TOOLBAR),
        ("comments_phrase", &COMMENTS),
        ("other_phrase", &OTHER),
        ("byline_phrase", &BYLINE_LABELS),
        ("related_phrase", &RELATED),
    ];
    let cases = cases();
    let mut errs = Vec::new();
    for (name, table) in tables {
        let mut hit = std::collections::HashSet::new();
        let mut buf = String::new();
        for line in &cases.get(name).expect("case file").0 {
            phrase_key(strip_bullets(line.trim()), &mut buf);
            hit.extend(
                table
                    .words(&buf)
                    .unwrap_or_default()
                    .into_iter()
                    .map(str::to_string),
            );
        }
        for key in &table.keys {
            if !hit.contains(key) {
                errs.push(format!("{name}: no case line hits {key:?}"));
            }
        }
        // A phrase in two tables would be decided by the order of the rules, unseen.
        for (other, t) in tables {
            if other != name {
                for key in table.keys.intersection(&t.keys) {
                    errs.push(format!("{key:?} is in {name} and {other}"));
                }
            }
        }
    }
    assert!(errs.is_empty(), "{}", errs.join("\n"));
}

#[test]
fn the_readme_lists_the_rules_in_order() {
    let readme = include_str!("../README.md");
    let listed: Vec<&str> = readme
        .lines()
        .filter_map(|l| {
            let (num, rest) = l.split_once(". `")?;
            num.parse::<usize>().ok()?;
            rest.split('`').next()
        })
        .collect();
    let names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
    assert_eq!(
        listed, names,
        "clean/README.md lists the rules as RULES has them"
    );
    for (i, r) in RULES.iter().enumerate() {
        let class = match r.class {
            Class::Furniture(reason) => format!("F({reason:?})"),
            c => format!("{c:?}"),
        };
        let line = format!("{}. `{}` ({class}): {}", i + 1, r.name, r.why);
        assert!(
            readme.lines().any(|l| l == line),
            "clean/README.md lists {} as {line:?}",
            r.name
        );
    }
}

#[test]
fn the_copyright_hint_finds_each_word_of_a_notice_in_any_ascii_case() {
    for line in [
        "© 한빛일보",
        "ⓒ 누리방송 무단 전재",
        "(C) 2031 Hanbit",
        "All Rights Reserved.",
        "cOpYrIgHt 2031",
        "저작권자 한빛일보",
    ] {
        assert!(copyright_hint(line), "{line}");
    }
    for line in [
        "카피라이트 2031",
        "rights of the reader",
        "(주)한빛",
        "기사 전재",
    ] {
        assert!(!copyright_hint(line), "{line}");
    }
}
