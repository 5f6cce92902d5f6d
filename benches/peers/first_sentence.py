"""How often the story's first sentence is in the readers' summaries and in yoyak's, per group,
and what taking the first sentence in place of the second would score (a rewrite of yoyak's
picks, for comparison only).

    cargo run --release -p yoyak --example eval_summary -- export \
      | python3 benches/peers/first_sentence.py target/release/yoyak

Reads `eval_summary -- export` on standard input. A story's first sentence is the first one that
ends the way a written sentence does (`summarize::is_unfinished`: a headline or byline line does
not count).

A second table (stop 56) gives, per group, how many picks per article fall on each of the story's
first five sentences, the readers' and yoyak's."""
import json
import sys
from collections import defaultdict

from pick import f1, yoyak_picks


def unfinished(s):
    # Mirrors yoyak::summarize::is_unfinished.
    if "@" in s:
        return True
    t = s.rstrip().rstrip("\"')]」』”’")
    return not t or t[-1] not in ".?!。…다요"


yoyak = sys.argv[1]
cases = [json.loads(line) for line in sys.stdin if line.strip()]
ours = yoyak_picks(yoyak, cases)

stats = defaultdict(lambda: defaultdict(float))
places = defaultdict(lambda: {"readers": [0] * 5, "yoyak": [0] * 5})
order = []
for i, c in enumerate(cases):
    story = [j for j, s in enumerate(c["sentences"]) if not unfinished(s)]
    if len(story) < 2:
        continue
    for who, picks in (("readers", c["reference"]), ("yoyak", ours[i])):
        for place, j in enumerate(story[:5]):
            places[c["group"]][who][place] += j in picks
    first, second = story[0], story[1]
    ref, pick = c["reference"], ours[i]
    g = c["group"]
    if g not in order:
        order.append(g)
    st = stats[g]
    st["n"] += 1
    st["gold first"] += first in ref
    st["yoyak first"] += first in pick
    st["gold first, yoyak not"] += first in ref and first not in pick
    swapped = sorted(first if x == second else x for x in pick) if second in pick and first not in pick else pick
    st["F1"] += f1(pick, ref)
    st["F1 swapped"] += f1(swapped, ref)

print("| set | n | readers take the first | yoyak takes it | readers' first left out | yoyak F1 | first for second |")
print("|---|---:|---:|---:|---:|---:|---:|")
for g in order:
    st = stats[g]
    n = st["n"]
    print(f"| {g} | {n:.0f} | {st['gold first'] / n:.0%} | {st['yoyak first'] / n:.0%} | "
          f"{st['gold first, yoyak not']:.0f} | {100 * st['F1'] / n:.1f} | {100 * st['F1 swapped'] / n:.1f} |")

print()
print("| set | picks of | n | " + " | ".join(f"place {p}" for p in range(5)) + " |")
print("|---|---|---:|" + "---:|" * 5)
for g in order:
    n = stats[g]["n"]
    for who, count in places[g].items():
        print(f"| {g} | {who} | {n:.0f} | " + " | ".join(f"{x / n:.2f}" for x in count) + " |")
