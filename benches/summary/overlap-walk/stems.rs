// Prints the summary graph's stems of each stdin line, tab-separated: the words yoyak's graph
// links sentences by (stopwords left in). Copy to crates/yoyak/examples/ to build it.
use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("UTF-8 lines");
        let stems: Vec<&str> = yoyak::token::tokenize(&line)
            .iter()
            .filter(|t| {
                !(t.kind == yoyak::token::TokenKind::Other && t.stem(&line).chars().count() < 2)
            })
            .map(|t| t.stem(&line))
            .collect();
        println!("{}", stems.join("\t"));
    }
}
