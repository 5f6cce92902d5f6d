#!/usr/bin/env bash
# Sentence choice side by side: lead-k, textrankr, sumy (TextRank, LexRank) and yoyak on every
# labelled set (`eval_summary -- export`: bflysoft's held-out and tuning parts, the project's
# own articles kept out and fitted on, the seeds' site summaries), index F1 ×100 at the
# reference k. Optional: nothing in CI runs it. Installs the peers into a throwaway virtualenv.
#   benches/peers/summary.sh          # bflysoft read from ../shared/data or $YOYAK_DATA
#   benches/peers/summary.sh --kiwi   # the peers on Kiwi's morphemes too (installs kiwipiepy)
#   benches/peers/summary.sh --kiwi --oracle [--body-only] ABSTRACTS.jsonl... [--bflysoft FILE]
#       against references made from written summaries by benches/peers/oracle.py (its options),
#       instead of the sets' own (stop 57)
set -euo pipefail
args=() abstracts=()
while [ $# -gt 0 ]; do
  case "$1" in
    --oracle) shift
      while [ $# -gt 0 ] && { [[ "$1" != --* ]] || [[ "$1" == --bflysoft || "$1" == --body-only ]]; }; do
        abstracts+=("$1"); shift
      done ;;
    *) args+=("$1"); shift ;;
  esac
done
set -- "${args[@]}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$venv")"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check textrankr==1.1 networkx scipy numpy sumy==0.11.0 >&2
if [[ " $* " == *" --kiwi "* ]]; then
  "$venv/bin/pip" install --quiet --disable-pip-version-check kiwipiepy==0.24.1 >&2
fi
cargo build --quiet --release -p yoyak-cli --manifest-path "$root/Cargo.toml"
export_cases() {
  cargo run --quiet --release -p yoyak --example eval_summary --manifest-path "$root/Cargo.toml" -- export
}
if [ ${#abstracts[@]} -gt 0 ]; then
  export_cases | python3 "$root/benches/peers/oracle.py" "${abstracts[@]}" \
    | "$venv/bin/python" "$root/benches/peers/summary.py" "$root/target/release/yoyak" "$@"
else
  export_cases | "$venv/bin/python" "$root/benches/peers/summary.py" "$root/target/release/yoyak" "$@"
fi
