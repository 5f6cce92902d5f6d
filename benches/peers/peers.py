"""Peers side by side: time per article and site-summary F1 on the seeds (see run.sh)."""
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from pick import f1, sumy_pick, textrankr_pick

root, yoyak = Path(sys.argv[1]), sys.argv[2]
write = "--write" in sys.argv


def squash(s):
    return re.sub(r"[^\w]", "", s)


def cleaned(seed):
    """The body sentences and site summary of a seed, as yoyak reads them: every peer gets the
    same clean sentences, so only the choice differs."""
    out = subprocess.run([yoyak, "analyze", "--json", str(seed)], capture_output=True, text=True, check=True)
    a = json.loads(out.stdout)
    return [s["text"] for s in a["sentences"]], a["clean"]["site_summary"], a["clean"]["title"], a


def reference(sentences, site_summary):
    keys = [squash(s) for s in sentences]
    ref = []
    for line in site_summary:
        want = squash(line)
        for i, k in enumerate(keys):
            if want and (want in k or (k in want and len(k) > 20)) and i not in ref:
                ref.append(i)
                break
    return sorted(ref)


def yoyak_pick(sentences, k):
    line = json.dumps({"id": 0, "sentences": sentences, "k": k}, ensure_ascii=False)
    out = subprocess.run([yoyak, "summarize", "--jsonl"], input=line, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["indices"]


def timed(fn, *args, repeat=20):
    fn(*args)  # warm
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn(*args)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs) * 1000


def yoyak_stream(task, requests, repeat=50):
    """Median-free mean ms per request over one JSON-lines stream, so that starting the process
    is not counted: the stream with `repeat` copies minus the stream with one, per request."""

    def run(copies):
        lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in requests * copies) + "\n"
        t = time.perf_counter()
        subprocess.run([yoyak, task, "--jsonl"], input=lines, capture_output=True, text=True, check=True)
        return time.perf_counter() - t

    return (min(run(repeat) for _ in range(3)) - min(run(1) for _ in range(3))) / (len(requests) * (repeat - 1)) * 1000


seeds = sorted((root / "seeds").glob("*.txt"))
rows, times = [], {"textrankr": [], "sumy": [], "kss split": []}
scores = {"lead-k": [], "textrankr": [], "sumy": [], "yoyak": []}
for seed in seeds:
    sentences, site, title, analysis = cleaned(seed)
    ref = reference(sentences, site)
    times["textrankr"].append(timed(textrankr_pick, sentences, 3))
    times["sumy"].append(timed(sumy_pick, sentences, 3))
    import kss

    body = "\n".join(sentences)
    times["kss split"].append(timed(kss.split_sentences, body, repeat=5))
    if not ref:
        continue
    k = len(ref)
    scores["lead-k"].append(f1(list(range(k)), ref))
    scores["textrankr"].append(f1(textrankr_pick(sentences, k), ref))
    scores["sumy"].append(f1(sumy_pick(sentences, k), ref))
    # yoyak as the evaluation calls it: the page text, cleaned and split by yoyak itself.
    line = json.dumps({"id": 0, "text": seed.read_text(), "k": k}, ensure_ascii=False)
    out = json.loads(subprocess.run([yoyak, "summarize", "--jsonl"], input=line, capture_output=True, text=True).stdout)
    scores["yoyak"].append(f1(out["indices"], ref))

# yoyak on the same inputs, in one process: ranking the same clean sentences, splitting the same
# body text, and the whole analysis of the page.
bodies = [cleaned(seed) for seed in seeds]
yoyak_rank = yoyak_stream("summarize", [{"id": i, "sentences": b[0], "k": 3} for i, b in enumerate(bodies)])
yoyak_split = yoyak_stream("split", [{"id": i, "text": "\n".join(b[0])} for i, b in enumerate(bodies)])
yoyak_page = yoyak_stream("summarize", [{"id": i, "text": seed.read_text(), "k": 3} for i, seed in enumerate(seeds)])
yoyak_all = yoyak_stream("analyze", [{"id": i, "text": seed.read_text()} for i, seed in enumerate(seeds)], repeat=20)


def whole_process(cmd, stdin, repeat=5):
    """Median wall milliseconds of a fresh process, start-up and imports included."""
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs) * 1000


textrankr_script = (
    "import sys\nfrom textrankr import TextRank\n"
    "sentences = sys.stdin.read().split('\\n')\n"
    "print(TextRank(lambda s: s.split()).summarize('\\n'.join(sentences), 3, verbose=False))\n"
)
process_textrankr = statistics.median(
    whole_process([sys.executable, "-c", textrankr_script], "\n".join(b[0])) for b in bodies
)
process_yoyak = statistics.median(
    whole_process([yoyak, "summarize", "-k", "3", str(seed)], None) for seed in seeds
)
md = ["## Peers side by side (`benches/peers/run.sh`)", ""]
md.append("Median milliseconds per seed article (warm Python, same clean sentences for every peer):")
md.append("")
md.append("| peer | median ms per article |")
md.append("|---|---|")
for name, ts in times.items():
    md.append(f"| {name} | {statistics.median(ts):.2f} |")
md.append(f"| yoyak: rank the same sentences | {yoyak_rank:.3f} |")
md.append(f"| yoyak: split the same text | {yoyak_split:.3f} |")
md.append(f"| yoyak: summarise the page (clean, split, summary) | {yoyak_page:.3f} |")
md.append(f"| yoyak: whole analysis of the page (clean, split, summary, keywords, entities) | {yoyak_all:.3f} |")
md.append("")
rank_peer = min(statistics.median(times["textrankr"]), statistics.median(times["sumy"]))
md.append(
    f"Ratios: ranking is {rank_peer / yoyak_rank:.0f}× faster than the faster of textrankr and sumy; "
    f"splitting {statistics.median(times['kss split']) / yoyak_split:.0f}× faster than kss (pecab backend, "
    f"as pip installs it without mecab); the whole analysis {rank_peer / yoyak_all:.1f}× faster than "
    "their ranking step alone."
)
md.append("")
textrankr_ms = statistics.median(times["textrankr"])
md.append(
    f"Whole-process summarise, a fresh process per seed from start to printed summary (median ms): "
    f"`yoyak summarize -k 3 <page>` (clean, split, rank) {process_yoyak:.1f}, textrankr in Python "
    f"(imports, then rank yoyak's clean sentences) {process_textrankr:.1f}: "
    f"**{process_textrankr / process_yoyak:.0f}×** (goal: at least 100×). In one warm process, "
    f"summarising the raw page is {textrankr_ms / yoyak_page:.0f}× faster than textrankr ranking "
    "clean sentences."
)
md.append("")
md.append(f"Sentence choice against the seeds' own site summaries (index F1 at the reference k, {len(scores['yoyak'])} seeds with a site summary):")
md.append("")
md.append("| method | mean F1 |")
md.append("|---|---|")
for name, s in scores.items():
    md.append(f"| {name} | {statistics.mean(s):.3f} |")
text = "\n".join(md) + "\n"
print(text)
if write:
    doc = root / "docs/benchmarks.md"
    old = doc.read_text()
    start = old.find("## Peers side by side")
    if start >= 0:
        end = old.find("\n## ", start + 1)
        old = old[:start] + text + (old[end + 1:] if end >= 0 else "")
    else:
        old = old.rstrip() + "\n\n" + text
    doc.write_text(old)
