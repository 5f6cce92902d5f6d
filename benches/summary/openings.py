"""How often the opening sentence is chosen: by the writers' references and by yoyak's trees on
each kept-out written set from FIRST on, and by bflysoft's references (run from the repository
root; builds nothing, reads the release eval_summary):

  cargo build --release -p yoyak --example eval_summary
  python3 benches/summary/openings.py 1566

Index 0 of a written article is its first body sentence (the title is not counted). In bflysoft,
whose sentence lists begin with a headline and a byline line, the opening is taken as the first
sentence longer than 40 chars."""
import json
import re
import subprocess
import sys

first = int(sys.argv[1]) if len(sys.argv) > 1 else 1566
out = subprocess.run(["target/release/examples/eval_summary", "final", "-v"],
                     capture_output=True, text=True, check=True).stdout
sets = {}
for line in out.splitlines():
    m = re.match(r"\s+(\d{4})-\S+\s+\d+.*ref \[([^\]]*)\] ours \[([^\]]*)\]", line)
    if not m or int(m.group(1)) < first:
        continue
    n = int(m.group(1))
    start = first + (n - first) // 20 * 20
    ref = [int(x) for x in m.group(2).split(",")]
    ours = [int(x) for x in m.group(3).split(",")]
    w, t, k = sets.get(start, (0, 0, 0))
    sets[start] = (w + (0 in ref), t + (0 in ours), k + 1)
for start, (w, t, k) in sorted(sets.items()):
    print(f"{start}-{start + 19}: opening in the reference {w}, in yoyak's choice {t}, of {k}")
chosen = total = 0
for line in open("../shared/data/summarize/bflysoft-100.jsonl", encoding="utf-8"):
    d = json.loads(line)
    opening = next((i for i, s in enumerate(d["sentences"]) if len(s) > 40), 0)
    chosen += opening in d["extractive"]
    total += 1
print(f"bflysoft: first body sentence in the reference in {chosen} of {total}")
