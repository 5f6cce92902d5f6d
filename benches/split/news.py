"""The written news articles as split gold: every paragraph of `tests/cases/summary/*.json`, its
sentences one per line, paragraphs apart, written to DIR/news.txt; then each given `eval_split`
binary scores it (run from the repository root):

  python3 benches/split/news.py /tmp/news OLD_EVAL_SPLIT NEW_EVAL_SPLIT

The articles were written for the summary sets, one sentence per list item, so their sentence
ends are a writer's: a check that note-style rules for blogs leave news prose alone (stop 38)."""
import glob
import json
import os
import subprocess
import sys

out_dir = sys.argv[1]
os.makedirs(out_dir, exist_ok=True)
paragraphs = []
for path in sorted(glob.glob("tests/cases/summary/*.json")):
    for p in json.load(open(path, encoding="utf-8"))["paragraphs"]:
        sentences = [s.strip() for s in p if s.strip()]
        if sentences and not any("\n" in s for s in sentences):
            paragraphs.append("\n".join(sentences))
with open(os.path.join(out_dir, "news.txt"), "w", encoding="utf-8") as f:
    f.write("\n\n".join(paragraphs) + "\n")
print(f"{len(paragraphs)} paragraphs")
for binary in sys.argv[2:]:
    result = subprocess.run([binary, out_dir], capture_output=True, text=True, check=True)
    print(binary, [l for l in result.stdout.splitlines() if l.startswith("news")][0])
