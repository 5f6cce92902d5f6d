"""Sentence choice side by side on every labelled set: lead-k, textrankr, sumy's TextRank and
LexRank, and yoyak, on the same sentences at the reference k (see summary.sh).

Reads the JSON lines of `eval_summary -- export` on standard input; prints a Markdown table, a
row per group; `--kiwi` adds the peers on Kiwi's morphemes. yoyak gets the headline too (as
`eval_summary` gives it); the peers take no headline."""
import json
import sys
from collections import defaultdict

from pick import f1, kiwi_tokens, sumy_lexrank_pick, sumy_pick, textrankr_pick, yoyak_picks

yoyak = sys.argv[1]
# With --kiwi every peer also runs on Kiwi's morphemes (columns "… (Kiwi)").
kiwi = "--kiwi" in sys.argv[2:]
cases = [json.loads(line) for line in sys.stdin if line.strip()]

ours = yoyak_picks(yoyak, cases)

methods = {
    "lead-k": lambda s, k: list(range(k)),
    "textrankr": textrankr_pick,
    "sumy TextRank": sumy_pick,
    "sumy LexRank": sumy_lexrank_pick,
}
if kiwi:
    for name, pick in [("textrankr", textrankr_pick), ("sumy TextRank", sumy_pick), ("sumy LexRank", sumy_lexrank_pick)]:
        methods[f"{name} (Kiwi)"] = lambda s, k, pick=pick: pick(s, k, kiwi_tokens)
scores = defaultdict(lambda: defaultdict(list))
order = []
for i, c in enumerate(cases):
    g, k, ref = c["group"], len(c["reference"]), c["reference"]
    if g not in order:
        order.append(g)
    for name, pick in methods.items():
        try:
            chosen = pick(c["sentences"], k)
        except Exception as e:  # a peer that fails on an article scores 0 there, and says so
            print(f"{name} failed on {c['name']}: {e}", file=sys.stderr)
            chosen = []
        scores[g][name].append(f1(chosen, ref))
    scores[g]["yoyak"].append(f1(ours[i], ref))

names = list(methods) + ["yoyak"]
print("| set | n | " + " | ".join(names) + " |")
print("|---|---:|" + "---:|" * len(names))
for g in order:
    row = scores[g]
    n = len(row["yoyak"])
    best = max(sum(row[m]) / n for m in names)
    cells = []
    for m in names:
        v = 100 * sum(row[m]) / n
        cells.append(f"**{v:.1f}**" if abs(v - 100 * best) < 1e-9 else f"{v:.1f}")
    print(f"| {g} | {n} | " + " | ".join(cells) + " |")
