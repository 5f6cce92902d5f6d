#!/usr/bin/env bash
# Sentence choice side by side: lead-k, textrankr, sumy (TextRank, LexRank) and yoyak on every
# labelled set (`eval_summary -- export`: bflysoft's held-out and tuning parts, the project's
# own articles kept out and fitted on, the seeds' site summaries), index F1 ×100 at the
# reference k. Optional: nothing in CI runs it. Installs the peers into a throwaway virtualenv.
#   benches/peers/summary.sh          # bflysoft read from ../shared/data or $YOYAK_DATA
#   benches/peers/summary.sh --kiwi   # the peers on Kiwi's morphemes too (installs kiwipiepy)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$venv")"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check textrankr==1.1 networkx scipy numpy sumy==0.11.0 >&2
if [[ " $* " == *" --kiwi "* ]]; then
  "$venv/bin/pip" install --quiet --disable-pip-version-check kiwipiepy==0.24.1 >&2
fi
cargo build --quiet --release -p yoyak-cli --manifest-path "$root/Cargo.toml"
cargo run --quiet --release -p yoyak --example eval_summary --manifest-path "$root/Cargo.toml" -- export \
  | "$venv/bin/python" "$root/benches/peers/summary.py" "$root/target/release/yoyak" "$@"
