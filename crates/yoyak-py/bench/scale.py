"""Measures the figures of docs/scale.md: the CLI's JSON-lines throughput, the cost of one article
inside a Spark worker (the package call alone and the job's whole row function), and the Spark
job's throughput with 1 and 2 local workers.

    python crates/yoyak-py/bench/scale.py --cli target/release/yoyak [--articles 4000]

Run it with the Python that has the yoyak wheel and pyspark (cargo xtask test makes one:
target/yoyak-py/venv/bin/python). Prints a Markdown table and the machine's load, since the
figures are only as quiet as the machine was.
"""

import argparse
import importlib.util
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[3]
JOB = ROOT / "crates/yoyak-py/jobs/archive_job.py"


def make_input(path, n):
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            text = f"{seeds[i % len(seeds)]}\n\n이 기사는 {i}번째 기사다."
            out.write(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def best_of(times, fn):
    return min(fn() for _ in range(times))


def timed(fn):
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def run_job(source, out, workers):
    cmd = [sys.executable, str(JOB), str(source), str(out), "--master", f"local[{workers}]",
           "--partitions", str(2 * workers)]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    inner = json.loads(done.stdout.strip().splitlines()[-1])["seconds"]
    return wall, inner


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="yoyak-scale-"))
    source = tmp / "news.jsonl"
    size = make_input(source, args.articles)
    small = tmp / "small.jsonl"
    make_input(small, 10)
    n = args.articles
    rows = []
    load = os.getloadavg()

    # The CLI: one process, model decoded once, every line analysed.
    def cli():
        with open(source, "rb") as f:
            subprocess.run([args.cli, "analyze", "--jsonl"], stdin=f, stdout=subprocess.DEVNULL, check=True)

    t_cli = best_of(args.repeats, lambda: timed(cli))
    rows.append(("yoyak analyze --jsonl (CLI, 1 process)", t_cli, n / t_cli, 1000 * t_cli / n))

    # Inside a worker: import + model decode once, then one call per article.
    started = time.perf_counter()
    import yoyak

    yoyak.analyze("카카오가 AI 조직을 신설했다.")
    t_load = time.perf_counter() - started
    lines = source.read_text(encoding="utf-8").splitlines()
    t_call = best_of(args.repeats, lambda: timed(lambda: [yoyak.run_line(line) for line in lines]))
    rows.append(("yoyak.run_line per article (the package call)", t_call, n / t_call, 1000 * t_call / n))

    spec = importlib.util.spec_from_file_location("archive_job", JOB)
    job = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(job)
    t_row = best_of(args.repeats, lambda: timed(lambda: list(job.analyse_lines([(line,) for line in lines]))))
    rows.append(("the job's row function (call + JSON + flattening)", t_row, n / t_row, 1000 * t_row / n))

    # Spark, local mode: fixed cost from a 10-article run, throughput from the difference.
    for workers in (1, 2):
        small_wall, small_inner = run_job(small, tmp / f"out-small-{workers}", workers)
        wall, inner = run_job(source, tmp / f"out-{workers}", workers)
        per = (inner - small_inner) / (n - 10)
        rows.append((f"Spark job, local[{workers}], {n} articles (session to library)", inner, n / inner, 1000 * inner / n))
        rows.append((f"Spark job, local[{workers}], above the 10-article run", inner - small_inner, 1 / per, 1000 * per))
        rows.append((f"Spark job, local[{workers}], 10 articles (fixed cost), process wall {small_wall:.1f} s", small_inner, 10 / small_inner, 100 * small_inner))

    print(f"\n{n} articles from seeds/, {size / n / 1024:.1f} KiB each; load average before: "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {os.cpu_count()} CPUs; import + model decode {1000 * t_load:.0f} ms\n")
    print("| what | seconds | articles/s | ms/article |\n|---|---|---|---|")
    for what, secs, rate, ms in rows:
        print(f"| {what} | {secs:.2f} | {rate:.0f} | {ms:.2f} |")
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
