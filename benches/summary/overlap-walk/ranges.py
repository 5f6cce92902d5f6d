"""Pools `eval_summary -- final` rows over a range of sets, weighted by their size:

    cargo run --release -p yoyak --example eval_summary -- final | python3 ranges.py 506 1805"""
import re
import sys

lo, hi = int(sys.argv[1]), int(sys.argv[2])
n = lead = textrank = yoyak = 0.0
for line in sys.stdin:
    m = re.match(r"\| own articles (\d+)-(\d+) .*\|\s*(\d+) \|\s*([\d.]+) \|\s*([\d.]+) \|"
                 r"\s*([\d.]+) \|\s*([\d.]+) \|", line)
    if m and lo <= int(m.group(1)) and int(m.group(2)) <= hi:
        k = int(m.group(3))
        n += k
        lead += k * float(m.group(4))
        textrank += k * float(m.group(6))
        yoyak += k * float(m.group(7))
print(f"{lo}-{hi} n {n:.0f} lead {lead / n:.1f} TextRank {textrank / n:.1f} yoyak {yoyak / n:.1f}")
