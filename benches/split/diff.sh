#!/usr/bin/env bash
# Which boundaries two splitters disagree on, over every split set: the kss regression sets, UD
# and every fresh set. OLD and NEW are `eval_split` binaries; build the old one at its commit:
#   git worktree add /tmp/old BASE && (cd /tmp/old && cargo build --release -p yoyak --example eval_split)
#   bash benches/split/diff.sh /tmp/old/target/release/examples/eval_split target/release/examples/eval_split
# Lines starting `<` are mistakes only OLD makes (fixed), `>` mistakes only NEW makes (added).
#   bash benches/split/diff.sh fresh BIN   # micro F1 over fresh1-30, tune and held halves
set -euo pipefail
cd "$(dirname "$0")/../.."
here=benches/split
fresh_dirs() { ls -d tests/cases/sentsplit-fresh* | sort -V; }

if [ "${1:-}" = fresh ]; then
  bin=$2
  for part in tune held; do
    for d in tests/cases/sentsplit-fresh $(for n in $(seq 2 30); do echo tests/cases/sentsplit-fresh$n; done); do
      "$bin" --part "$part" "$d" 2>/dev/null | grep "all (micro)"
    done | awk -v part="$part" '{m += $(NF-2); p += $(NF-1); g += $NF}
      END {printf "fresh1-30 %s halves: F1 %.4f (%d matched, %d predicted, %d gold)\n", part, 2*m/(p+g), m, p, g}'
  done
  exit 0
fi

old=$1 new=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for d in ../shared/data/sentsplit ../shared/data/sentsplit-ud $(fresh_dirs); do
  [ -d "$d" ] || continue
  name=$(basename "$d")
  "$old" --misses "$d" 2>/dev/null | python3 "$here/bounds.py" | sed "s|^|$name |" > "$tmp/old"
  "$new" --misses "$d" 2>/dev/null | python3 "$here/bounds.py" | sed "s|^|$name |" > "$tmp/new"
  diff "$tmp/old" "$tmp/new" | grep '^[<>]' || true
done
