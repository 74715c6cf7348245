#!/usr/bin/env bash
# Measures DateNormalizer throughput on news text (one core, release build): the Timeline17 articles
# from ../shared (about 11 MB), tagged ROUNDS times (default 3) by `timeline normalize --benchmark`,
# which loads the texts first and times only the normalizer. Also times one 10 MB line and 100,000
# digits in a row through `--jsonl`, to show linear time on pathological input.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
corpus=../shared/benchmarks/timeline17
swift build -c release --product timeline >&2
bin="$(swift build -c release --show-bin-path)/timeline"
if [ -d "$corpus" ]; then
    echo "== news text (Timeline17 articles)"
    cat "$corpus"/*/articles.jsonl \
        | python3 -c 'import sys, json
for l in sys.stdin:
    o = json.loads(l); print(json.dumps({"text": o["text"], "reference": (o.get("published") or "")[:10] or None}))' \
        | "$bin" normalize --benchmark "$rounds"
else
    echo "bench-normalizer: $corpus not found; skipping the news-text figure"
fi
echo "== one 10 MB line"
python3 -c 'import json; print(json.dumps({"id": 1, "text": ("The talks resumed on Tuesday, officials said. " * 220000)[:10000000], "reference": "2015-12-16"}))' > /tmp/bench-normalizer-line.jsonl
/usr/bin/time -f "%e s, %M KB max RSS" "$bin" normalize --jsonl < /tmp/bench-normalizer-line.jsonl | wc -c
echo "== 100,000 digits"
python3 -c 'import json; print(json.dumps({"id": 2, "text": "7" * 100000, "reference": "2015-12-16"}))' \
    | /usr/bin/time -f "%e s" "$bin" normalize --jsonl | wc -c
rm -f /tmp/bench-normalizer-line.jsonl
