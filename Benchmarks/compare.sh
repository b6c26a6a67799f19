#!/usr/bin/env bash
# Times peacekeeping (from JSON and from its compact format) next to jq, fzf and
# visidata on the same generated timelines, asking each the same questions, and prints
# the medians and ratios (against peacekeeping reading the JSON).
#
# usage: Benchmarks/compare.sh [SIZE ...]        (default: 1000 10000 100000)
# needs: jq, fzf (apt-get install jq fzf) and visidata (pip install visidata)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<< "${sizes[*]}"
runs=3
work="${TMPDIR:-/tmp}/peacekeeping-compare"
mkdir -p "$work"

swift build -c release --product peacekeeping >/dev/null
pk=.build/release/peacekeeping

# median_seconds CMD...: runs CMD $runs times (output discarded), prints the median wall time.
median_seconds() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p"
}

# answer CMD...: what CMD prints, so the tools can be checked to agree.
answer() { "$@" 2>/dev/null | tail -1 | tr -d ' '; }

printf '%-8s %-48s %9s %9s %7s\n' events "question - tool" seconds answer ratio
for size in "${sizes[@]}"; do
    file="$work/$size.json"
    lines="$work/$size.txt"
    compact="$work/$size.pkt"
    [[ -s "$file" ]] || "$pk" generate --events "$size" > "$file"
    # Written anew each run: a compact file holds what this build makes of the JSON.
    "$pk" export --data "$file" --format compact --output "$compact"
    [[ -s "$lines" ]] || jq -r '.events[] | [.title, .summary, (.places | join(" "))] | join(" ")' "$file" > "$lines"

    org_pk=(  "$pk" list --data "$file" --org ORG03 --without-bodies --count )
    org_pkc=( "$pk" list --data "$compact" --org ORG03 --without-bodies --count )
    org_jq=(  jq '[.events[] | select(.organizations | index("ORG03"))] | length' "$file" )
    word_pk=( "$pk" list --data "$file" --search mission --count )
    word_pkc=( "$pk" list --data "$compact" --search mission --count )
    word_jq=( jq '[.events[] | select([.title, .summary, (.places | join(" "))] | join(" ") | ascii_downcase | contains("mission"))] | length' "$file" )
    word_fzf=( sh -c "fzf --filter mission --exact -i < '$lines' | wc -l" )
    load_vd=( vd -b -f json "$file" -o "$work/$size.vd.tsv" )

    base=""
    for entry in "events involving ORG03 - peacekeeping:org_pk" "events involving ORG03 - peacekeeping, compact:org_pkc" \
                 "events involving ORG03 - jq:org_jq" \
                 "events matching mission - peacekeeping:word_pk" "events matching mission - peacekeeping, compact:word_pkc" \
                 "events matching mission - jq:word_jq" \
                 "events matching mission - fzf:word_fzf" "load and write the rows - visidata:load_vd"; do
        label="${entry%%:*}"
        declare -n command="${entry##*:}"
        seconds=$(median_seconds "${command[@]}")
        result=$(answer "${command[@]}")
        [[ "$label" == *peacekeeping ]] && base="$seconds"
        ratio=$(echo "$seconds / $base" | bc -l)
        printf '%-8s %-48s %9.3f %9s %6.2fx\n' "$size" "$label" "$seconds" "$result" "$ratio"
        unset -n command
    done
done
