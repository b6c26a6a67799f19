#!/usr/bin/env bash
# Times what peacekeeping writes (list in every format, export in every format) next
# to jq writing the same fields from the same generated file, and what it takes to
# stop early (| head -1). At 2,000,000 events and more, the file is over 1 GiB: it is
# loaded, exported as JSON and as a compact file, and both exports are loaded back.
#
# usage: Benchmarks/output.sh [SIZE ...]        (default: 100000 1000000)
# needs: jq (apt-get install jq), GNU time (/usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"
work="${TMPDIR:-/tmp}/peacekeeping-output"
mkdir -p "$work"

swift build -c release --product peacekeeping >/dev/null
pk=.build/release/peacekeeping

# measure RUNS CMD...: runs CMD (output discarded), prints the median wall seconds, the
# largest peak resident memory in MB, and the largest of the process's own memory in MB
# (`RssAnon`, sampled every 20 ms): the resident figure also counts the data file's pages
# while they are mapped, which are the system's cache of the file, not a copy.
measure() {
    local runs=$1; shift
    local times=() peak=0 own=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" &
        local timer=$! child="" anon
        while kill -0 "$timer" 2>/dev/null; do
            [[ -n "$child" ]] || child=$(pgrep -P "$timer" | head -1 || true)
            anon=$( [[ -z "$child" ]] || awk '/^RssAnon/ {print $2}' "/proc/$child/status" 2>/dev/null || true)
            if (( ${anon:-0} > own )); then own=$anon; fi
            sleep 0.02
        done
        wait "$timer" || { cat "$work/err" >&2; return 1; }
        read -r seconds kilobytes < "$work/time"
        times+=("$seconds")
        (( kilobytes > peak )) && peak=$kilobytes
    done
    printf '%s %d %d\n' "$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")" $(( peak / 1024 )) $(( own / 1024 ))
}

# seconds CMD...: the wall time of a shell pipeline, once.
seconds() {
    local start end
    start=$(date +%s.%N)
    bash -c "$1" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

list_csv='.events[] | [.id, .start, (.end // ""), .title, (.acronym // ""), .kind, ((.organizations // []) | join(";")), ((.places // []) | join(";")), ((.chapters // []) | join(";")), ((.pages // []) | map(tostring) | join(";")), (.source // "")] | @csv'
list_table='.events[] | [.id, .start, (.end // ""), .title, .kind, ((.organizations // []) | join(" "))] | @tsv'
export_csv='.events[] | [.id, .title, (.acronym // ""), ((.aliases // []) | join(";")), .kind, .start, (.end // ""), ((.organizations // []) | join(";")), ((.roles // {}) | to_entries | map("\(.key):\(.value)") | join(";")), ((.places // []) | join(";")), (.summary // ""), ((.links // []) | map("\(.type):\(.target)") | join(";")), ((.chapters // []) | join(";")), ((.pages // []) | map(tostring) | join(";")), ((.footnotes // []) | map(tostring) | join(";")), ((.tags // []) | join(";")), (.source // ""), (.sourceNote // "")] | @csv'

for size in "${sizes[@]}"; do
    file="$work/$size.json"
    [[ -s "$file" ]] || "$pk" generate --events "$size" > "$file"
    cat "$file" > /dev/null
    runs=3
    jq_runs=$(( size >= 1000000 ? 1 : 3 ))
    echo
    echo "$size events ($(( $(stat -c %s "$file") / 1000000 )) MB of JSON); median of $runs runs (jq: $jq_runs)"
    read -r load load_mb load_own < <(measure $runs "$pk" list --count --data "$file")
    if (( size >= 2000000 )); then
        # A file over 1 GiB: loaded, exported, and the export loaded back.
        exported="$work/$size.export.json"
        echo "loaded: $("$pk" list --count --data "$file") events in $load s ($load_mb MB peak)"
        read -r s mb _ < <(measure 1 "$pk" export --format json --data "$file" --output "$exported")
        echo "exported as JSON: $(( $(stat -c %s "$exported") / 1000000 )) MB in $s s ($mb MB peak)"
        read -r s mb _ < <(measure 1 "$pk" list --count --data "$exported")
        echo "the export loaded back: $("$pk" list --count --data "$exported") events in $s s ($mb MB peak)"
        rm -f "$exported"
        read -r s mb _ < <(measure 1 "$pk" export --format compact --data "$file" --output "$work/$size.pkt")
        echo "exported as compact: $(( $(stat -c %s "$work/$size.pkt") / 1000000 )) MB in $s s ($mb MB peak)"
        read -r s mb _ < <(measure 1 "$pk" list --count --data "$work/$size.pkt")
        echo "the compact file loaded: $("$pk" list --count --data "$work/$size.pkt") events in $s s ($mb MB peak)"
        rm -f "$work/$size.pkt"
        continue
    fi
    printf '%-34s %8s %9s %8s %7s %9s %8s\n' output seconds "beyond" "peak MB" "own MB" "jq s" "jq / pk"
    printf '%-34s %8.2f %9s %8d %7d\n' "load alone (list --count)" "$load" "" "$load_mb" "$load_own"
    row() {
        local label=$1 jq_program=$2 jq_flags=$3; shift 3
        read -r s mb own < <(measure $runs "$@")
        if [[ -n "$jq_program" ]]; then
            read -r js _ _ < <(measure $jq_runs jq $jq_flags "$jq_program" "$file")
            printf '%-34s %8.2f %9.2f %8d %7d %9.2f %7.1fx\n' "$label" "$s" "$(echo "$s - $load" | bc -l)" "$mb" "$own" "$js" "$(echo "$js / $s" | bc -l)"
        else
            printf '%-34s %8.2f %9.2f %8d %7d\n' "$label" "$s" "$(echo "$s - $load" | bc -l)" "$mb" "$own"
        fi
    }
    row "list (table)" "$list_table" -r "$pk" list --data "$file"
    row "list --format csv" "$list_csv" -r "$pk" list --format csv --data "$file"
    row "list --format json" ".events" "" "$pk" list --format json --data "$file"
    row "list --format jsonl" ".events[]" -c "$pk" list --format jsonl --data "$file"
    row "export --format json" "." "" "$pk" export --format json --data "$file"
    row "export --format jsonl" ".events[]" -c "$pk" export --format jsonl --data "$file"
    row "export --format csv" "$export_csv" -r "$pk" export --format csv --data "$file"
    for format in timelinejs ics graphml dot markdown svg; do
        row "export --format $format" "" "" "$pk" export --format "$format" --data "$file"
    done
    row "export --format compact" "" "" "$pk" export --format compact --data "$file" --output "$work/$size.pkt"
    for format in table csv json jsonl; do
        s=$(seconds "'$pk' list --format $format --data '$file' | head -1")
        printf '%-34s %8.2f %9.2f\n' "list --format $format | head -1" "$s" "$(echo "$s - $load" | bc -l)"
    done
done
