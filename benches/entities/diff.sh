#!/usr/bin/env bash
# Which entities two builds of the CLI tag differently over every written article
# (tests/cases/summary/*.json, one article a line: its paragraphs joined by spaces). OLD and NEW
# are `yoyak` binaries; build the old one at its commit:
#   git worktree add /tmp/old BASE && (cd /tmp/old && cargo build --release -p yoyak-cli)
#   bash benches/entities/diff.sh /tmp/old/target/release/yoyak target/release/yoyak
# Lines starting `<` are LABEL<TAB>text only OLD tags, `>` only NEW (each mention a line).
set -euo pipefail
cd "$(dirname "$0")/../.."
old=$1 new=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/articles.txt" <<'PY'
import glob, json, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for f in sorted(glob.glob("tests/cases/summary/*.json")):
        d = json.load(open(f, encoding="utf-8"))
        out.write(" ".join(" ".join(p) for p in d["paragraphs"]) + "\n")
PY
"$old" tag "$tmp/articles.txt" | cut -f1,4 | sort > "$tmp/old"
"$new" tag "$tmp/articles.txt" | cut -f1,4 | sort > "$tmp/new"
diff "$tmp/old" "$tmp/new" | grep '^[<>]' || true
