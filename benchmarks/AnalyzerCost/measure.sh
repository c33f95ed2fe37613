#!/usr/bin/env bash
# Measures what PolicyAnalyzers adds to compile time on generated application code (see generate.py).
#
#   benchmarks/AnalyzerCost/measure.sh [lines...]       default: 10000 100000 300000
#   RUNS=5 benchmarks/AnalyzerCost/measure.sh 100000
#
# For each size it generates two projects (with [ProtectedData] models, and with none), builds each RUNS times with
# and without the analyzer (--no-incremental, so CoreCompile always runs), and prints the medians of: CoreCompile's
# wall time, the CPU time (user + system) of the whole build, the analyzer's own time as the compiler reports it
# (-p:ReportAnalyzer=true), and the ratios. The SDK's default analyzers run in both builds, as in a real project.
# CPU time is the steadier measure on a shared machine: other load stretches wall time far more than CPU time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${RUNS:-3}"
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(10000 100000 300000)
work="${WORK:-$(mktemp -d)}"

dotnet build "$root/src/PolicyAnalyzers.Analyzers" -c Release -nologo -v:q >/dev/null
dotnet build "$root/src/PolicyAnalyzers.Attributes" -c Release -nologo -v:q >/dev/null
analyzer="$root/src/PolicyAnalyzers.Analyzers/bin/Release/netstandard2.0/PolicyAnalyzers.Analyzers.dll"
attributes="$root/src/PolicyAnalyzers.Attributes/bin/Release/netstandard2.0/PolicyAnalyzers.Attributes.dll"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Prints "corecompile_ms analyzer_s cpu_s" for one build.
build_once() {
  local project="$1" with="$2" log cpu
  log="$(mktemp)"; cpu="$(mktemp)"
  /usr/bin/time -o "$cpu" -f "%U %S" dotnet build "$project" -c Release --no-incremental -nodeReuse:false -nologo -v:d -clp:PerformanceSummary \
    -p:WithPolicyAnalyzers="$with" -p:ReportAnalyzer=true >"$log" 2>&1 || { tail -20 "$log"; exit 1; }
  local compile analyzer_time cpu_time
  compile="$(grep -E "^ +[0-9]+ ms +CoreCompile +[0-9]+ calls" "$log" | awk '{ print $1 }' | head -n 1 || true)"
  analyzer_time="$(grep -E "^ +[0-9.<]+ +[0-9<]+ +PolicyAnalyzers.Analyzers, Version" "$log" | awk '{ print $1 }' | tr -d '<' | head -n 1 || true)"
  cpu_time="$(awk '{ print $1 + $2 }' "$cpu")"
  rm -f "$log" "$cpu"
  echo "${compile:-0} ${analyzer_time:-0} ${cpu_time:-0}"
}

printf "| lines | models | CoreCompile without (ms) | with (ms) | wall ratio | build CPU without (s) | with (s) | CPU ratio | PolicyAnalyzers time (s) | share of CoreCompile |\n"
printf "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
for size in "${sizes[@]}"; do
  for models in protected none; do
    project="$work/gen-$size-$models"
    flag=""; [ "$models" = none ] && flag="--no-protected"
    python3 "$root/benchmarks/AnalyzerCost/generate.py" --lines "$size" --out "$project" $flag \
      --attributes "$attributes" --analyzer "$analyzer" >/dev/null
    build_once "$project" false >/dev/null   # warm up restore and the disk cache
    without=(); with=(); seconds_list=(); cpu_without=(); cpu_with=()
    for _ in $(seq "$runs"); do
      read -r ms _ cpu < <(build_once "$project" false); without+=("$ms"); cpu_without+=("$cpu")
      read -r ms seconds cpu < <(build_once "$project" true); with+=("$ms"); seconds_list+=("$seconds"); cpu_with+=("$cpu")
    done
    w0="$(printf "%s\n" "${without[@]}" | median)"
    w1="$(printf "%s\n" "${with[@]}" | median)"
    c0="$(printf "%s\n" "${cpu_without[@]}" | median)"
    c1="$(printf "%s\n" "${cpu_with[@]}" | median)"
    a="$(printf "%s\n" "${seconds_list[@]}" | median)"
    awk -v lines="$size" -v models="$models" -v w0="$w0" -v w1="$w1" -v c0="$c0" -v c1="$c1" -v a="$a" 'BEGIN {
      printf "| %d | %s | %d | %d | %.3fx | %.1f | %.1f | %.3fx | %.3f | %.1f%% |\n",
        lines, models, w0, w1, w1 / w0, c0, c1, c1 / c0, a, 100 * a * 1000 / w1 }'
  done
done
