#!/usr/bin/env bash
# Runs the analyzer's mutation fuzzer (tests/PolicyAnalyzers.Analyzers.Tests/Robustness/MutationFuzzTests.cs) for longer
# than CI does: the sample site, its model and a few leak-rich snippets, broken a few tokens at a time, each mutant
# analysed by both analyzers. A mutant fails when an analyzer throws (AD0001), gives up on a member (PA0999) or takes
# more than 10 s.
#
#   build/fuzz.sh                     2,000 mutants, a new random seed (printed, so the run can be repeated)
#   build/fuzz.sh 10000               10,000 mutants
#   build/fuzz.sh 10000 42            10,000 mutants of seed 42
#   POLICYANALYZERS_FUZZ_FIRST=1234 build/fuzz.sh 1 42
#                                     only iteration 1234 of seed 42: each mutant depends on its seed and iteration alone
#
# CI runs the same test with its fixed seed (6) and 60 mutants. Failing mutants are printed (seed, iteration, the
# mutations and the whole mutated file) and saved under artifacts/fuzz/; the script exits non-zero when any failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root" || exit 1

iterations="${1:-2000}"
seed="${2:-$(( (RANDOM << 15 | RANDOM) % 1000000 ))}"
case "$iterations$seed" in
  *[!0-9]*) echo "usage: build/fuzz.sh [iterations] [seed]" >&2; exit 2 ;;
esac

export POLICYANALYZERS_FUZZ_ITERATIONS="$iterations"
export POLICYANALYZERS_FUZZ_SEED="$seed"
export POLICYANALYZERS_FUZZ_OUTPUT="$root/artifacts/fuzz"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "fuzz.sh: $iterations mutants, seed $seed${POLICYANALYZERS_FUZZ_FIRST:+, from iteration $POLICYANALYZERS_FUZZ_FIRST}; failing mutants go to artifacts/fuzz/"
dotnet test tests/PolicyAnalyzers.Analyzers.Tests \
  --filter "FullyQualifiedName~Robustness.MutationFuzzTests.WhenTheCorpusIsMutated_NeitherAnalyzerFailsOnAnyMutant" \
  --logger "console;verbosity=detailed" -nodeReuse:false
status=$?
if [ $status -ne 0 ]; then
  echo "fuzz.sh: failures with seed $seed; see above and artifacts/fuzz/" >&2
fi
exit $status
