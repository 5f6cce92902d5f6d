//! Cleaner tests: golden expectations per page under `tests/cases/clean/`, and span invariants.

use yoyak::clean::{clean, Cleaned, RemovalReason};

/// Prints what the cleaner makes of the file named by `YOYAK_CLEAN_DUMP` (a debugging aid:
/// `YOYAK_CLEAN_DUMP=seeds/000-….txt cargo test -p yoyak --test clean dump -- --ignored --nocapture`).
#[test]
#[ignore]
fn dump() {
    let Ok(path) = std::env::var("YOYAK_CLEAN_DUMP") else {
        return;
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path);
    let input = std::fs::read_to_string(path).expect("readable file");
    let c = clean(&input);
    println!("title: {:?}", c.title);
    println!("meta: {:?}", c.metadata);
    println!("site_summary: {:#?}", c.site_summary);
    println!("subheadings: {:#?}", c.subheadings);
    for cap in &c.captions {
        println!("caption: {}", cap.text);
    }
    for r in &c.removed {
        println!("removed {:?}: {}", r.reason, r.text);
    }
    println!("--- body ---\n{}", c.body);
}
