//! Heap bytes the library index keeps per article (development aid): articles made like the
//! browser soak's (a seed's headline numbered, a moving window of four body lines, digits
//! shifted), analysed and added one by one; live heap bytes counted by the allocator.
//!
//! ```sh
//! cargo run --release -p yoyak --example index_memory -- 2000
//! ```

#[path = "../tests/support/inputs.rs"]
mod inputs;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

struct Counting;
static LIVE: AtomicIsize = AtomicIsize::new(0);

// SAFETY: forwards to the system allocator, only counting the bytes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        LIVE.fetch_add(n as isize - l.size() as isize, Ordering::Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}

#[global_allocator]
static A: Counting = Counting;

fn main() {
    let n: usize = std::env::args().nth(1).map_or(2000, |a| a.parse().unwrap());
    let seeds: Vec<Vec<String>> = inputs::seeds()
        .into_iter()
        .map(|(_, t)| {
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect()
        })
        .collect();
    let mut analyzer = yoyak::Analyzer::default();
    let mut index = yoyak::corpus::Index::new();
    let (mut text_bytes, start) = (0usize, LIVE.load(Ordering::Relaxed));
    for i in 0..n {
        let lines = &seeds[i % seeds.len()];
        let body: Vec<&String> = lines[1..]
            .iter()
            .filter(|l| l.chars().count() > 40)
            .collect();
        let from = (i / seeds.len()) % body.len().saturating_sub(4).max(1);
        let shift = |l: &str| -> String {
            l.chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_digit((d + i as u32) % 10, 10).unwrap(),
                    None => c,
                })
                .collect()
        };
        let mut text = format!("{} ({i})", lines[0]);
        for l in body.iter().skip(from).take(4) {
            text.push('\n');
            text.push_str(&shift(l));
        }
        text_bytes += text.len();
        let analysis = analyzer.analyze(&text).unwrap();
        index.add(&format!("soak-{i}"), &analysis);
        if (i + 1) % (n / 4).max(1) == 0 {
            let live = LIVE.load(Ordering::Relaxed) - start;
            println!(
                "{:>5} articles, {:>6} entities: index {:>9} bytes live, {:>6.0} per article; text {:>6.0} bytes per article",
                i + 1,
                index.entity_count(),
                live,
                live as f64 / (i + 1) as f64,
                text_bytes as f64 / (i + 1) as f64
            );
        }
    }
}
