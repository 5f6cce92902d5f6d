//! The `yoyak` command.

fn main() {}
