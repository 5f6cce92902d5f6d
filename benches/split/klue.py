"""The news sentences of the KLUE-NER train side (`../shared/data/ner/klue-train/raw-sentences.tsv`,
the `wikitree` lines; CC BY-SA, see SOURCES.md) as a check on wrong cuts in news prose: each line is
written to DIR/wikitree.txt as a paragraph of one sentence, then each given `eval_split` binary
scores it and the cuts it makes with no punctuation before them are counted (run from the
repository root):

  python3 benches/split/klue.py /tmp/klue OLD_EVAL_SPLIT NEW_EVAL_SPLIT

Some lines hold a quote of several sentences, so a cut after a full stop may be right; a cut
after an unpunctuated word inside one line of news is almost always wrong (stop 40)."""
import os
import re
import subprocess
import sys

out_dir = sys.argv[1]
os.makedirs(out_dir, exist_ok=True)
lines = []
for row in open("../shared/data/ner/klue-train/raw-sentences.tsv", encoding="utf-8"):
    ident, _, text = row.rstrip("\n").partition("\t")
    if ident.endswith("_wikitree") and text.strip():
        lines.append(text.strip())
with open(os.path.join(out_dir, "wikitree.txt"), "w", encoding="utf-8") as f:
    f.write("\n\n".join(lines) + "\n")
print(f"{len(lines)} lines")
bounds = os.path.join(os.path.dirname(__file__), "bounds.py")
for binary in sys.argv[2:]:
    score = subprocess.run([binary, out_dir], capture_output=True, text=True, check=True).stdout
    misses = subprocess.run([binary, "--misses", out_dir], capture_output=True, text=True, check=True).stdout
    cuts = subprocess.run([sys.executable, bounds], input=misses, capture_output=True, text=True,
                          check=True).stdout.splitlines()
    bare = [c for c in cuts if c.startswith("EXTRA") and not re.search(r"[.?!…]\S*\s*‖", c)]
    line = [l for l in score.splitlines() if l.startswith("wikitree")][0]
    print(binary, line, f"| unpunctuated cuts {len(bare)}")
