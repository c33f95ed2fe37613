#!/usr/bin/env bash
# Packs PolicyAnalyzers from this repository into artifacts/packages and builds samples/DetentionStatistics against
# that package, as a user's project would consume it, then lists the PolicyAnalyzers diagnostics.
#
#   build/sample.sh                        the site with its mistakes: PA0001-PA0003 warnings and PA1001 errors (the
#                                          roster CSV, and the statistics workbook with the roster in a hidden sheet)
#   build/sample.sh -p:SampleLeaks=false   the fixed site: no PA diagnostic
#   build/sample.sh --check                CI: asserts the diagnostics of both builds and of a CI-mode build
#
# The sample's workbooks (samples/DetentionStatistics/wwwroot/data/*.xlsx) are written by build/SampleWorkbooks.cs.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root" || exit 1
sample="samples/DetentionStatistics"
inventory="$sample/obj/Debug/net10.0/PolicyAnalyzers.Disclosures.md"

pack() {
  dotnet pack PolicyAnalyzers.sln -c Release -o artifacts/packages -nodeReuse:false -v:q -nologo >artifacts/pack.log 2>&1 \
    || { cat artifacts/pack.log; echo "sample.sh: dotnet pack failed" >&2; exit 1; }
  # A package rebuilt with the same version must not be served from the sample's package cache.
  rm -rf artifacts/sample-packages/policyanalyzers
}

# Builds the sample and prints its PA diagnostics as "path(line,col): severity ID", sorted and unique.
build_sample() {
  local log="artifacts/sample-build.log"
  # Not in CI mode unless asked: a CI=true environment must not change what the sample shows.
  dotnet build "$sample" -nodeReuse:false --no-incremental -consoleLoggerParameters:NoSummary \
    -p:CI=false -p:ContinuousIntegrationBuild=false "$@" >"$log" 2>&1
  local status=$?
  grep -oE "[^ ]+\([0-9]+,[0-9]+(,[0-9]+,[0-9]+)?\): (warning|error) PA[0-9]{4}" "$log" \
    | sed -E "s#^$root/##; s#\(([0-9]+),([0-9]+)(,[0-9]+,[0-9]+)?\)#(\1,\2)#" | sort -u
  return $status
}

mkdir -p artifacts
pack

if [ "${1:-}" != "--check" ]; then
  # The inventory of disclosures is written in CI mode or when asked for, as here.
  build_sample -p:PolicyAnalyzersDisclosureReport=true "$@" | tee artifacts/sample-diagnostics.txt
  status=${PIPESTATUS[0]}
  grep -E "(warning|error) PA[0-9]{4}" artifacts/sample-build.log | sed -E "s#^$root/##; s# \[[^]]*\]\$##" | sort -u
  if [ -f "$inventory" ]; then
    echo; echo "Inventory of approved disclosures ($inventory):"; cat "$inventory"; echo
  fi
  if [ "$status" -ne 0 ]; then
    echo "The sample's build failed: PolicyAnalyzers stopped it (see the errors above). Build the fixed site with -p:SampleLeaks=false."
  fi
  exit 0
fi

failed=0
expected="$sample/expected-diagnostics.txt"
compiler_log="$sample/obj/Debug/net10.0/DetentionStatistics.sarif"
rm -f "$inventory" "$compiler_log"
actual="$(build_sample)"
if [ "$actual" != "$(cat "$expected")" ]; then
  echo "FAIL: the sample's diagnostics differ from $expected:"; diff <(echo "$actual") "$expected"; failed=1
else
  echo "ok: the sample reports exactly the diagnostics in $expected"
fi

# For a spreadsheet the finding must say where the people are: the roster's very hidden sheet, and a cell in it.
workbook="wwwroot/data/detention-statistics-with-roster.xlsx"
if grep -qE "$workbook\(1,1\): error PA100[12]: .*sheet 'Roster' \(very hidden\), cell [A-Z]+[0-9]+" artifacts/sample-build.log; then
  echo "ok: the finding in $workbook names the very hidden sheet 'Roster' and a cell"
else
  echo "FAIL: no PA1001/PA1002 on $workbook naming the very hidden sheet 'Roster' and a cell:"
  grep -F "$workbook" artifacts/sample-build.log | sed -E "s# \[[^]]*\]\$##" | sort -u; failed=1
fi

if fixed="$(build_sample -p:SampleLeaks=false)" && [ -z "$fixed" ]; then
  echo "ok: the fixed sample builds with no PA diagnostic"
else
  echo "FAIL: the fixed sample (-p:SampleLeaks=false) did not build cleanly:"; echo "$fixed"; tail -20 artifacts/sample-build.log; failed=1
fi

# An ordinary build asks the compiler for no SARIF log (it costs compile time), so it writes no inventory.
if [ ! -e "$inventory" ] && [ ! -e "$compiler_log" ]; then
  echo "ok: an ordinary build writes no SARIF log and no inventory"
else
  echo "FAIL: an ordinary build wrote a SARIF log or the inventory"; ls "$sample"/obj/Debug/net10.0/; failed=1
fi

ci="$(build_sample -p:ContinuousIntegrationBuild=true)"
if echo "$ci" | grep -q "error PA0001" && echo "$ci" | grep -q "error PA0002" && echo "$ci" | grep -q "error PA0003" \
   && ! echo "$ci" | grep -q "warning PA"; then
  echo "ok: in CI mode every PA warning is an error"
else
  echo "FAIL: CI mode did not turn PA warnings into errors:"; echo "$ci"; failed=1
fi

# CI mode writes the inventory of disclosures, for review, from the compiler's SARIF log.
if passed="$(build_sample -p:ContinuousIntegrationBuild=true -p:SampleLeaks=false)" && [ -z "$passed" ] &&
   grep -q "| Program.cs:[0-9]* | Caseload.ForCaseWorkers | Case workers manage" "$inventory" 2>/dev/null &&
   grep -q "| Pages/Staff/Caseload.cshtml:[0-9]* | .* | DetentionRecord.FullName | the page '/Pages/Staff/Caseload.cshtml' | policy 'CaseWorker' |" "$inventory"; then
  echo "ok: the fixed sample passes in CI mode; its inventory lists the approved endpoint and the case workers' page (PA0007)"
else
  echo "FAIL: the CI-mode build of the fixed sample failed, or $inventory does not list the approved disclosure and the staff page"
  echo "$passed"; cat "$inventory" 2>/dev/null; failed=1
fi

if optout="$(build_sample -p:ContinuousIntegrationBuild=true -p:PolicyAnalyzersCIMode=false -p:SampleLeaks=false)" && [ -z "$optout" ]; then
  echo "ok: PolicyAnalyzersCIMode=false opts out of CI mode"
else
  echo "FAIL: the opt-out build failed:"; echo "$optout"; failed=1
fi
exit $failed
