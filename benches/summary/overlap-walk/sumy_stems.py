"""sumy's TextRank on yoyak's stems against sumy's TextRank on Kiwi's morphemes, per export group.

    python3 sumy_stems.py EXPORT.jsonl STEMS_BINARY 'group prefix|group prefix'

EXPORT.jsonl: `eval_summary -- export`; STEMS_BINARY: stems.rs built as an example. Run with the
Python of a virtualenv holding sumy 0.11.0 and kiwipiepy 0.24.1 (as benches/peers/summary.sh
installs them), from the repository root."""
import json
import subprocess
import sys

sys.path.insert(0, "benches/peers")
from pick import f1, kiwi_tokens, sumy_pick  # noqa: E402

export, binary, groups = sys.argv[1], sys.argv[2], sys.argv[3].split("|")
cases = [json.loads(line) for line in open(export, encoding="utf-8")]
chosen = [c for c in cases if any(c["group"].startswith(g) for g in groups)]
sentences = sorted({s.replace("\n", " ") for c in chosen for s in c["sentences"]})
out = subprocess.run([binary], input="\n".join(sentences) + "\n", capture_output=True, text=True,
                     check=True).stdout.split("\n")
stems = {s: [w for w in o.split("\t") if w] for s, o in zip(sentences, out)}
for g in groups:
    group = [c for c in chosen if c["group"].startswith(g)]
    for name, tokens in [("yoyak stems", lambda s: stems[s.replace("\n", " ")]),
                         ("Kiwi morphemes", kiwi_tokens)]:
        score = sum(f1(sumy_pick(c["sentences"], len(c["reference"]), tokens), c["reference"])
                    for c in group) / len(group)
        print(f"{g[:40]:40} {len(group):5} {name:16} {100 * score:.1f}")
