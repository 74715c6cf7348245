#!/usr/bin/env bash
# Runs one libFuzzer target for a set time.
#
#   Fuzz/run.sh normalizer SECONDS [libFuzzer flags...]   # DateNormalizer: text → mentions
#   Fuzz/run.sh reader SECONDS [libFuzzer flags...]       # ArticleReader: bytes → articles
#
# The target is built with `swiftc -sanitize=fuzzer,address` (release optimizations, debug info) into
# .build-fuzz/, from the module's sources, the harness in Fuzz/<Module>/main.swift and the invariants
# the tests share (Tests/<Module>Tests/Support/*Invariants.swift). It is rebuilt when any of them changed.
# The corpus lives in .build-fuzz/corpus/<target> (outside git) and is seeded from Fixtures/ and
# Examples/ on every run; what libFuzzer learns is kept there for the next run. A crash, a timeout
# (over 10 s for one input) or a broken invariant stops the run with status 1 and leaves the input in
# .build-fuzz/artifacts/<target>/; copy it to Fixtures/fuzz-regressions/<target>/ so that the tests
# replay it (FuzzRegressionTests in DateNormalizerTests and ArticleReaderTests).
#
# Environment: SWIFTC (default: swiftc on PATH), FUZZ_SANITIZERS (default: fuzzer,address),
# FUZZ_JOBS (parallel fuzzing processes, default 1).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: Fuzz/run.sh normalizer|reader SECONDS [libFuzzer flags...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
target=$1
seconds=$2
shift 2
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

swiftc=${SWIFTC:-swiftc}
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
out=.build-fuzz
modules=$out/modules
mkdir -p "$modules"
common=(-O -g -swift-version 6 -use-ld=lld -parse-as-library -sanitize="$sanitizers" -I "$modules" -L "$out")

# Builds a static library and module for one of our library targets when its sources changed.
build_module() {  # name, dependencies...
    local name=$1
    shift
    local library=$out/lib$name.a
    if [ -f "$library" ] && [ -z "$(find "Sources/$name" -name '*.swift' -newer "$library" | head -1)" ]; then return; fi
    echo "building $name (release, sanitizers: $sanitizers)" >&2
    local links=()
    for dependency in "$@"; do links+=(-l"$dependency"); done
    mapfile -t sources < <(find "Sources/$name" -name '*.swift' | sort)
    "$swiftc" "${common[@]}" -module-name "$name" -emit-library -static -emit-module \
        -emit-module-path "$modules/$name.swiftmodule" "${sources[@]}" ${links[@]+"${links[@]}"} -o "$library"
}

case "$target" in
    normalizer | DateNormalizer)
        target=normalizer
        module=DateNormalizer
        build_module DateNormalizer
        harness=(Fuzz/DateNormalizer/main.swift Tests/DateNormalizerTests/Support/MentionInvariants.swift)
        libraries=(-lDateNormalizer)
        ;;
    reader | ArticleReader)
        target=reader
        module=ArticleReader
        build_module DateNormalizer
        build_module ArticleReader DateNormalizer
        harness=(Fuzz/ArticleReader/main.swift Tests/ArticleReaderTests/Support/OutcomeInvariants.swift)
        libraries=(-lArticleReader -lDateNormalizer)
        ;;
    *) usage ;;
esac

binary=$out/fuzz-$target
if [ ! -x "$binary" ] || [ -n "$(find "${harness[@]}" "$out"/lib*.a -newer "$binary" | head -1)" ]; then
    echo "building $binary" >&2
    "$swiftc" "${common[@]}" -module-name "Fuzz$module" "${harness[@]}" "${libraries[@]}" -o "$binary"
fi

# Seeds: every fixture and example, in the harness's input encoding (see NormalizerFuzzInput and
# ReaderFuzzInput in the invariants files).
corpus=$out/corpus/$target
seeds=$out/seeds/$target
artifacts=$out/artifacts/$target
rm -rf "$seeds"
mkdir -p "$corpus" "$seeds" "$artifacts"
n=0
if [ "$target" = normalizer ]; then
    # One seed per phrasing of the normalizer's fixtures (brackets removed), after 3 header bytes:
    # month first, reference 2015-12-16.
    while IFS= read -r phrase; do
        n=$((n + 1))
        printf '\x00\x00\x00%s' "$phrase" > "$seeds/phrase-$n"
    done < <(grep -hv '^\s*[#@]' Fixtures/normalizer/*.txt | awk -F' [|] ' 'NF > 1 { for (i = 2; i <= NF; i++) { gsub(/[][]/, "", $i); if ($i !~ /^[0-9-]+ [0-9-]+$/) print $i } }')
    # Sentences of the example articles, with a reference of their time.
    while IFS= read -r line; do
        n=$((n + 1))
        printf '\x00\x0c\x00%s' "$line" > "$seeds/example-$n"
    done < <(find Examples -name '*.txt' -o -name '*.md' | sort | xargs cat | awk 'length($0) > 20')
else
    # Each fixture article with the format byte its extension selects (ReaderFuzzInput.formats).
    while IFS= read -r file; do
        case "$file" in
            *.txt) format='\x02' ;; *.json) format='\x03' ;; *.jsonl) format='\x04' ;;
            *.html) format='\x05' ;; *.md) format='\x06' ;; *) continue ;;
        esac
        n=$((n + 1))
        { printf "$format"; cat "$file"; } > "$seeds/fixture-$n"
        n=$((n + 1))
        { printf '\x00'; cat "$file"; } > "$seeds/fixture-$n"  # and with content sniffing
    done < <(find Fixtures/Articles Fixtures/bad Examples -type f ! -name '*.expected' ! -name 'README*' | sort)
fi
# Every input kept as a regression, as it is (it is already in the harness's encoding).
for file in Fixtures/fuzz-regressions/"$target"/*; do
    [ -f "$file" ] || continue
    n=$((n + 1))
    cp "$file" "$seeds/regression-${file##*/}"
done
echo "$n seeds; corpus $corpus ($(find "$corpus" -type f | wc -l) inputs); running $binary for $seconds s" >&2

dictionary=()
[ -f "Fuzz/$module/dictionary.txt" ] && dictionary=(-dict="Fuzz/$module/dictionary.txt")

# The Swift runtime's backtracer would catch the crash signal before libFuzzer could save the input.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1}
jobs=${FUZZ_JOBS:-1}
parallel=()
[ "$jobs" -gt 1 ] && parallel=(-fork="$jobs")
exec "$binary" "$corpus" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" ${dictionary[@]+"${dictionary[@]}"} ${parallel[@]+"${parallel[@]}"} "$@"
