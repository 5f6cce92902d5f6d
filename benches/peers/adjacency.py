"""How often consecutive picks are neighbouring sentences, for the readers and for yoyak, per
group, and where the picks fall (the share among the first three sentences).

    cargo run --release -p yoyak --example eval_summary -- export \
      | python3 benches/peers/adjacency.py target/release/yoyak

Reads `eval_summary -- export` on standard input."""
import json
import sys
from collections import defaultdict

from pick import yoyak_picks


def adjacent_pairs(picks):
    s = sorted(picks)
    return sum(b - a == 1 for a, b in zip(s, s[1:])), max(len(s) - 1, 0)


yoyak = sys.argv[1]
cases = [json.loads(line) for line in sys.stdin if line.strip()]
ours = yoyak_picks(yoyak, cases)

stats = defaultdict(lambda: defaultdict(int))
order = []
for c, pick in zip(cases, ours):
    g = c["group"]
    if g not in order:
        order.append(g)
    st = stats[g]
    for who, picks in (("readers", c["reference"]), ("yoyak", pick)):
        adj, pairs = adjacent_pairs(picks)
        st[who + " adj"] += adj
        st[who + " pairs"] += pairs
        st[who + " early"] += sum(i < 3 for i in picks)
        st[who + " picks"] += len(picks)
    st["n"] += 1

print("| set | n | readers: adjacent | yoyak: adjacent | readers: in first three | yoyak: in first three |")
print("|---|---:|---:|---:|---:|---:|")
for g in order:
    st = stats[g]
    share = lambda a, b: f"{st[a] / st[b]:.2f}" if st[b] else "—"
    print(f"| {g} | {st['n']} | {share('readers adj', 'readers pairs')} | {share('yoyak adj', 'yoyak pairs')} | "
          f"{share('readers early', 'readers picks')} | {share('yoyak early', 'yoyak picks')} |")
