//! Throughput of the learned entity tagger on the seed articles, and the model's load time.
//!
//! The dev machine is shared, so wall-clock times swing with other people's builds. Set
//! `YOYAK_BENCH_CPU=1` to also measure the benchmark thread's own CPU time (Linux, from
//! `/proc/thread-self/schedstat`): time-slicing by other processes does not count there.

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use yoyak::entity::model::{Model, Scratch};

fn seeds() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("seeds/ exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

/// CPU time of the calling thread, in nanoseconds.
struct ThreadCpu;

static WALL: WallTime = WallTime;

fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

impl Measurement for ThreadCpu {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, start: u64) -> u64 {
        thread_cpu_ns().saturating_sub(start)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        WALL.formatter()
    }
}

fn run<M: Measurement + 'static>(c: &mut Criterion<M>, prefix: &str) {
    let Some(model) = Model::embedded() else {
        eprintln!("no embedded model: nothing to measure");
        return;
    };
    let all: String = seeds().into_iter().map(|(_, t)| t).collect();
    let mut group = c.benchmark_group(format!("{prefix}tagger"));
    group.throughput(Throughput::Bytes(all.len() as u64));
    let mut scratch = Scratch::default();
    group.bench_function("model_seeds", |b| {
        b.iter(|| model.tag_with(&all, &mut scratch))
    });
    let mut x = yoyak::entity::model::features::Extractor::new();
    group.bench_function("extract_seeds", |b| {
        b.iter(|| {
            let mut n = 0;
            for line in all.split('\n') {
                x.extract(line);
                n += x.features.len();
            }
            n
        })
    });
    group.bench_function("tag_merged_seeds", |b| b.iter(|| yoyak::entity::tag(&all)));
    group.finish();
    c.bench_function(&format!("{prefix}load_model"), |b| {
        let bytes = include_bytes!("../model/ner.bin.zst");
        b.iter(|| Model::from_compressed(bytes).map(|m| m.feature_count()))
    });
}

fn wall(c: &mut Criterion) {
    run(c, "");
}

fn cpu(c: &mut Criterion<ThreadCpu>) {
    if std::env::var_os("YOYAK_BENCH_CPU").is_some() {
        run(c, "cpu_");
    }
}

criterion_group!(benches, wall);
criterion_group! {
    name = cpu_benches;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = cpu
}
criterion_main!(benches, cpu_benches);
