#!/usr/bin/env bash
# Builds the release `timeline` and scores `timeline normalize --jsonl` on the peer suites
# (Recognizers-Text, Duckling, chrono) and on the TempEval-3 training corpus.
# Needs ../shared/benchmarks (skips cleanly without it). Extra arguments go to the peer-suite runner,
# e.g. `scripts/score-normalizer.sh --errors 40`.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/benchmarks
if [ ! -d "$shared/peer-suites" ] || [ ! -d "$shared/tempeval3-train" ]; then
    echo "score-normalizer: $shared not found; skipping"
    exit 0
fi
swift build -c release --product timeline >&2
bin="$(swift build -c release --show-bin-path)/timeline"
echo "== peer suites"
python3 "$shared/peer-suites/run.py" --cmd "$bin normalize --jsonl" "$@"
echo "== TempEval-3 training corpus"
python3 "$shared/tempeval3-train/score.py" --cmd "$bin normalize --jsonl" "$shared/tempeval3-train/TimeBank" "$shared/tempeval3-train/AQUAINT"
