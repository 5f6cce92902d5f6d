//! Train → save → load → tag on a tiny hand-written sample in KMOU format.

use std::path::PathBuf;

use yoyak::entity::{model::Model, Label};
use yoyak_train::{eval, train, EvalOptions, TrainOptions};

fn sample() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases/ner/tiny_kmou.txt")
}

#[test]
fn trains_saves_loads_and_tags_a_tiny_sample() {
    let dir = std::env::temp_dir().join(format!("yoyak-train-e2e-{}", std::process::id()));
    let out = dir.join("tiny.bin.zst");
    let mut opts = TrainOptions::new(sample(), &out);
    opts.min_count = 1;
    opts.epochs = 8;
    let report = train(&opts).unwrap();
    assert_eq!(report.train_sentences, 12);
    assert!(report.features > 0 && report.bytes > 0);

    let model = Model::from_compressed(&std::fs::read(&out).unwrap()).unwrap();
    let text = "한빛전자의 김민준 대표는 서울에서 빛노트를 소개했다.";
    let got: Vec<(String, Label)> = model
        .tag(text)
        .into_iter()
        .map(|e| (e.text, e.label))
        .collect();
    for want in [
        ("김민준", Label::PS),
        ("한빛전자", Label::OG),
        ("서울", Label::LC),
    ] {
        assert!(
            got.contains(&(want.0.to_string(), want.1)),
            "{want:?} not in {got:?}"
        );
    }

    let report = eval(
        &sample(),
        &EvalOptions {
            model: Some(out.clone()),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(report.micro.f1() > 90.0, "{report}");
    assert!(report.to_string().contains("micro"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn missing_data_is_an_error_not_a_panic() {
    let opts = TrainOptions::new("/nonexistent/kmou", std::env::temp_dir().join("x.zst"));
    assert!(train(&opts).is_err());
}
