"""Reads `eval_split --misses` output on stdin and prints one line per boundary the splitter
got wrong: MISS (a gold cut not made) or EXTRA (a cut gold does not make), with the words around
it. Positions are counted over non-space characters, so the lines of two splitters compare with
`diff` (see diff.sh)."""
import re
import sys

blocks = []
cur = None
for line in sys.stdin.read().split("\n"):
    if line.startswith("--- "):
        cur = {"set": line[4:], "gold": [], "pred": []}
        blocks.append(cur)
    elif line.startswith("  gold| ") and cur is not None:
        cur["gold"].append(line[8:])
    elif line.startswith("  pred| ") and cur is not None:
        cur["pred"].append(line[8:])


def cuts(sentences):
    out, n = set(), 0
    for s in sentences[:-1]:
        n += len(re.sub(r"\s", "", s))
        out.add(n)
    return out


for b in blocks:
    gold, pred = cuts(b["gold"]), cuts(b["pred"])
    text = " ".join(b["gold"])
    idx = [i for i, c in enumerate(text) if not c.isspace()]
    for kind, at in (("MISS", gold - pred), ("EXTRA", pred - gold)):
        for c in sorted(at):
            if c - 1 >= len(idx):
                continue
            t = idx[c - 1] + 1
            print(f"{kind:5} {b['set']:14} {text[max(0, t - 25):t]:>25} ‖ {text[t:t + 20]}")
