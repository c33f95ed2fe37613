#!/usr/bin/env bash
# What a user pays for PolicyAnalyzers, in whole builds of a generated application: see measure.py and README.md.
#
#   benchmarks/AnalyzerCost/measure.sh                         10k, 50k, 100k and 300k lines, 3 alternating pairs each
#   benchmarks/AnalyzerCost/measure.sh 50000 --pairs 5         one size, more pairs
#   benchmarks/AnalyzerCost/measure.sh 50000 --mode errorlog   a diagnostic (see measure.py --help)
set -euo pipefail
exec python3 "$(dirname "${BASH_SOURCE[0]}")/measure.py" "$@"
