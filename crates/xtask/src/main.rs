//! `cargo xtask serve` and `cargo xtask test`.

fn main() {
    eprintln!("usage: cargo xtask <serve|test>");
    std::process::exit(2);
}
