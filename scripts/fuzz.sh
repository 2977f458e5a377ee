#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang, ASan + UBSan) and runs each one
# for a while, starting from its seed corpus in tests/fuzz/corpus/<target>.
#
#   ./scripts/fuzz.sh                 every target, 600 s each, one after another
#   ./scripts/fuzz.sh csv mime        those targets only
#   FUZZ_SECONDS=60 ./scripts/fuzz.sh
#   FUZZ_JOBS=2 ./scripts/fuzz.sh     two targets at a time
#
# A dictionary in tests/fuzz/<target>.dict (libFuzzer's format) is used when there is one.
# What a run finds (crash-*, timeout-*, oom-* inputs) is written to build/fuzz/findings/
# <target>/; each one becomes a regression test before it is fixed. New inputs that reach
# new code are kept in build/fuzz/corpus/<target>/ (merged into the seeds by hand when
# they are worth keeping). Exit status: non-zero when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(clang-14 libfuzzer-14-dev libclang-rt-14-dev libgmime-3.0-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    ./scripts/install-deps.sh
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

all=(csv kannel_callback smtp_reply segment_rules campaign_json merge_fields rrule mime inbound_mail)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
seconds=${FUZZ_SECONDS:-600}
jobs=${FUZZ_JOBS:-1}

run() {
    local t=$1 out=build/fuzz/findings/$1 corpus=build/fuzz/corpus/$1
    mkdir -p "$out" "$corpus"
    echo "fuzz_$t: ${seconds} s"
    local dict=()
    [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
    QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 build/fuzz/fuzz/fuzz_"$t" "${dict[@]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
        -artifact_prefix="$out/" -print_final_stats=1 "$corpus" "tests/fuzz/corpus/$t" \
        > "$out/log.txt" 2>&1 && status=0 || status=$?
    grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "$out/log.txt" | tail -2 | sed "s/^/  fuzz_$t: /"
    if [ "$status" -ne 0 ]; then
        echo "  fuzz_$t FOUND SOMETHING (exit $status): $out/log.txt"
        return 1
    fi
}

failed=0
pids=()
for t in "${targets[@]}"; do
    run "$t" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done
exit $failed
