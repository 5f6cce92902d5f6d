//! Keyword precision at 10 against hand-checked keyword sets (`tests/cases/keywords/`).
//!
//! Each set lists what a reader picked after reading the article, with `|` between names of the
//! same thing. The seeds and articles `01`–`10` were looked at while tuning the keyword filter;
//! `11`–`20` were not, and are reported on their own.
//!
//! `cargo test -p yoyak --test keywords -- --nocapture` prints every article's misses.

#[path = "support/inputs.rs"]
mod inputs;
#[path = "support/keyword_sets.rs"]
mod keyword_sets;

use yoyak::text::Span;

#[test]
fn keywords_are_what_a_reader_picks() {
    let (mut tuned, mut held, mut fresh, mut newest, mut stop19, mut second, mut third) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    for set in keyword_sets::load() {
        let got = set.keywords(10);
        let (p, misses) = set.precision(&got);
        println!("{:<36} P@10 {p:.2}  misses {misses:?}", set.name);
        // Hand-written articles 11–20 were kept out of tuning; 21–30 were written later, after
        // the noun list was chosen, and scored once; 31–45 were written in stop 17 by a helper
        // who saw no code or output, and scored once after the keyword work of that stop.
        // 46–65 were written in stop 19 by a helper who saw no code or output, and scored
        // once, after the learned re-ranking was fitted on the sets before them.
        // 66–85 and 86–105 too, by other helpers, each scored once with weights fitted on the
        // sets before them.
        match set.number {
            Some(n) if n > 85 => third.push(p),
            Some(n) if n > 65 => second.push(p),
            Some(n) if n > 45 => stop19.push(p),
            Some(n) if n > 30 => newest.push(p),
            Some(n) if n > 20 => fresh.push(p),
            Some(n) if n > 10 => held.push(p),
            _ => tuned.push(p),
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let all: Vec<f64> = tuned
        .iter()
        .chain(&held)
        .chain(&fresh)
        .chain(&newest)
        .chain(&stop19)
        .chain(&second)
        .chain(&third)
        .copied()
        .collect();
    println!(
        "P@10: all {} articles {:.3}; tuned-on (seeds, 01-10) {:.3}; held-out (11-20) {:.3}; \
         written later (21-30) {:.3}; written in stop 17 (31-45) {:.3}; written in stop 19 (46-65) {:.3}, (66-85) {:.3}, (86-105) {:.3}",
        all.len(),
        mean(&all),
        mean(&tuned),
        mean(&held),
        mean(&fresh),
        mean(&newest),
        mean(&stop19),
        mean(&second),
        mean(&third)
    );
    assert_eq!(all.len(), 110, "5 seeds and 105 written articles");
    // The goal of issue 10 is 0.7. Every set has been fitted on by now (the learned re-ranking's
    // weights); figures that were clean when first scored are in the README. These floors are
    // just under today's (0.699 on all, 0.690 on 11-20, 0.720 on 21-30, 0.747 on 31-45, 0.660
    // on 46-65, 0.695 on 66-85, 0.670 on 86-105), so that a change that makes keywords worse
    // fails here.
    let floors = [
        ("all", &all, 0.68),
        ("11-20", &held, 0.67),
        ("21-30", &fresh, 0.69),
        ("31-45", &newest, 0.72),
        ("46-65", &stop19, 0.63),
        ("66-85", &second, 0.67),
        ("86-105", &third, 0.64),
    ];
    for (name, got, floor) in floors {
        assert!(
            mean(got) >= floor,
            "keyword precision at 10 on {name} fell below {floor}"
        );
    }
}

/// The analyzer tokenises each sentence once and hands the tokens to the summary and the
/// keywords; the stand-alone functions tokenise for themselves. Both ways must agree exactly.
#[test]
fn shared_tokens_give_what_the_stand_alone_functions_give() {
    let options = yoyak::AnalyzeOptions::default();
    let mut analyzer = yoyak::Analyzer::new(options.clone());
    let mut checked = 0;
    for (name, page) in inputs::seeds() {
        let a = analyzer.analyze(&page).unwrap();
        let body = a.clean.body.as_str();
        let spans: Vec<Span> = a.sentences.iter().map(|s| s.span).collect();
        let texts: Vec<&str> = a.sentences.iter().map(|s| s.text.as_str()).collect();
        let title = a.clean.title.as_deref();
        let alone = yoyak::keywords::keywords_with_entities(
            body,
            &spans,
            title,
            &a.groups,
            options.keywords,
        );
        assert_eq!(a.keywords, alone, "{name}: keywords");
        let lead = a.sentences.iter().take_while(|s| s.paragraph == 0).count();
        let summary = yoyak::summarize::Summarizer::default()
            .summarize_article(&texts, title, lead, options.summary)
            .unwrap();
        assert_eq!(a.summary, summary, "{name}: summary");
        checked += usize::from(!a.keywords.is_empty() && !a.summary.indices.is_empty());
    }
    assert_eq!(checked, 5, "every seed has keywords and a summary");
}
