#!/usr/bin/env bash
# The throughput benchmark of issue 6 as a table: builds leadrules in release, runs
# `cargo bench --bench throughput -- ROWS` (benches/throughput.rs) and prints each figure with
# its target. Usage: bench/run.sh [ROWS]   (default 1000000; the memory row also runs 10×ROWS).
# About 2 minutes on a 2-core machine for the default 1M rows, the 10M-row file included
# (generated once into target/tmp/bench, ~1.1 GB). BENCH_SKIP_10X=1 skips the 10× run.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}

# Peak memory is read from GNU time when it is there (Debian package `time`); without it the
# bench polls /proc/PID/status instead.
if [ ! -x /usr/bin/time ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y time >/dev/null 2>&1 || echo "note: could not install GNU time; polling /proc instead" >&2
fi

cargo build --release --quiet
out=$(cargo bench --quiet --bench throughput -- "$rows")
mkdir -p target
printf '%s\n' "$out" >target/bench-last.txt

get() { awk -v k="$1" '$1 == k { print $2 }' <<<"$out"; }
# row LABEL VALUE UNIT TARGET-TEXT CHECK: CHECK is an awk condition on v ("" = no target).
row() {
    local label=$1 value=$2 unit=$3 target=$4 check=$5 verdict=""
    if [ -z "$value" ]; then
        value="-"
        verdict="not run"
    elif [ -n "$check" ]; then
        verdict=$(awk -v v="$value" "BEGIN { print ($check) ? \"PASS\" : \"MISS\" }")
    fi
    printf '%-34s %14s %-8s %-12s %s\n' "$label" "$value" "$unit" "$target" "$verdict"
}

a=$(get csv_alone_s)
cores=$(get cores)
echo "leadrules throughput: $(get rows) leads, $(get file_mib) MiB (rules/acme.rules), ${cores} cores"
printf '%-34s %14s %-8s %-12s %s\n' "figure" "value" "unit" "target" "result"
row "(a) csv crate alone" "$a" s "" ""
row "    reading the leads (no rules)" "$(get read_leads_s)" s "" ""
row "(b1) qualify --jobs 1" "$(get qualify_1_s)" s "" ""
row "(bN) qualify --jobs $cores" "$(get qualify_n_s)" s "" ""
row "    in process (library), --jobs 1" "$(get qualify_lib_1_s)" s "" ""
row "    in process (library), --jobs $cores" "$(get qualify_lib_n_s)" s "" ""
row "(b1)/(a)" "$(get ratio_1)" "x" "<= 1.5" "v <= 1.5"
row "(bN)/(a)" "$(get ratio_n)" "x" "<= 1.0" "v <= 1.0"
row "(c) evaluation per core" "$(get eval_leads_per_s)" "leads/s" ">= 20000000" "v >= 20000000"
row "    acme.rules by hand in Rust" "$(get handwritten_leads_per_s)" "leads/s" "" ""
hand=$(awk -v e="$(get eval_leads_per_s)" -v h="$(get handwritten_leads_per_s)" 'BEGIN { if (h > 0) printf "%.2f", e / h }')
row "    (c) / by hand" "$hand" "x" ">= 0.33" "v >= 0.33"
row "(d) peak RSS, $(get peak_rss_1x_rows) rows" "$(get peak_rss_1x_mib)" MiB "< 100" "v < 100"
row "(d) peak RSS, $(( $(get rows) * 10 )) rows" "$(get peak_rss_10x_mib)" MiB "< 100" "v < 100"
flat=""
if [ -n "$(get peak_rss_10x_mib)" ]; then
    flat=$(awk -v a="$(get peak_rss_1x_mib)" -v b="$(get peak_rss_10x_mib)" 'BEGIN { printf "%.2f", b / a }')
fi
row "(d) RSS 10x rows / RSS 1x rows" "$flat" "x" "~1 (flat)" "v <= 1.25"
row "(e) backtest peak RSS, $(get backtest_rss_small_rows) rows" "$(get backtest_rss_small_mib)" MiB "" ""
row "(e) backtest peak RSS, $(get rows) rows" "$(get backtest_rss_mib)" MiB "< 100" "v < 100"
bflat=$(awk -v a="$(get backtest_rss_small_mib)" -v b="$(get backtest_rss_mib)" 'BEGIN { if (a > 0) printf "%.2f", b / a }')
row "(e) backtest RSS 10x / 1x" "$bflat" "x" "~1 (flat)" "v <= 1.25"
echo "(all timings best of 3, measured in one run; raw figures in target/bench-last.txt)"
