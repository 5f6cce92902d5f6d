#!/usr/bin/env bash
# Times the Python peers (textrankr, sumy, kss) on the seed articles next to `yoyak`, and scores
# their sentence choice against the seeds' own site summaries. Optional: nothing in CI runs it.
# Installs the peers into a throwaway virtualenv; prints a Markdown section for
# docs/benchmarks.md (paste it there, or pass --write to replace the section in place).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$venv")"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check textrankr==1.1 networkx scipy numpy sumy==0.11.0 kss==4.5.4 >&2
cargo build --quiet --release -p yoyak-cli --manifest-path "$root/Cargo.toml"
"$venv/bin/python" "$root/benches/peers/peers.py" "$root" "$root/target/release/yoyak" "$@"
