#!/usr/bin/env bash
# Proves the packed command-line tool works as users get it: installed with `dotnet tool install` from the packed
# folder into a temporary tool path, then run on the sample site's wwwroot/data. The leaky site's data must fail
# (exit 1, naming the roster CSV and the workbook with the hidden roster sheet); the files the fixed site ships
# (build/sample.sh -p:SampleLeaks=false) must pass (exit 0), named one by one and through --exclude.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/packed-package.sh" PolicyAnalyzers.Tool
# A private package cache: a repacked tool of the same version must not come from ~/.nuget/packages.
if ! NUGET_PACKAGES="$work/packages" dotnet tool install PolicyAnalyzers.Tool --version "$version" \
    --tool-path "$work/tools" --add-source "$feed" >"$work/install.log" 2>&1; then
  cat "$work/install.log"; echo "FAIL: dotnet tool install PolicyAnalyzers.Tool $version"; exit 1
fi
echo "ok: installed PolicyAnalyzers.Tool $version into a temporary tool path"
tool="$work/tools/policyanalyzers"
cd "$root/samples/DetentionStatistics" || exit 1
failed=0

"$tool" scan wwwroot/data --no-progress >"$work/leaky.out" 2>"$work/leaky.err"
status=$?
if [ "$status" -eq 1 ] \
   && grep -q "^wwwroot/data/roster-export.csv(2,1): error PA1001: " "$work/leaky.out" \
   && grep -q "^wwwroot/data/detention-statistics-with-roster.xlsx(1,1): error PA1001: .*sheet 'Roster' (very hidden)" "$work/leaky.out"; then
  echo "ok: the leaky sample's wwwroot/data exits 1 and names roster-export.csv and detention-statistics-with-roster.xlsx"
else
  echo "FAIL: policyanalyzers scan wwwroot/data exited $status:"; cat "$work/leaky.out" "$work/leaky.err"; failed=1
fi

fixed=(wwwroot/data/detention-statistics.xlsx wwwroot/data/detention-statistics.csv wwwroot/data/detention-by-nationality.csv)
"$tool" scan "${fixed[@]}" --no-progress >"$work/fixed.out" 2>"$work/fixed.err"
status=$?
if [ "$status" -eq 0 ] && [ ! -s "$work/fixed.out" ]; then
  echo "ok: the fixed sample's files (${fixed[*]##*/}) exit 0 with no finding"
else
  echo "FAIL: policyanalyzers scan on the fixed sample's files exited $status:"; cat "$work/fixed.out" "$work/fixed.err"; failed=1
fi

"$tool" scan wwwroot/data --exclude roster-export.csv --exclude '*-with-roster.xlsx' --no-progress \
  --sarif "$work/fixed.sarif" >"$work/excluded.out" 2>"$work/excluded.err"
status=$?
if [ "$status" -eq 0 ] && [ ! -s "$work/excluded.out" ] && grep -q '"results": \[\]' "$work/fixed.sarif"; then
  echo "ok: wwwroot/data without the two leaks (--exclude) exits 0, with an empty SARIF log"
else
  echo "FAIL: policyanalyzers scan wwwroot/data --exclude ... exited $status:"; cat "$work/excluded.out" "$work/excluded.err"; failed=1
fi

# The pre-commit hook of docs/tool.md, in a brand-new repository, with the installed tool on PATH.
repo="$work/content"
git init -q "$repo" && git -C "$repo" config user.email ci@example.org && git -C "$repo" config user.name CI
git -C "$repo" config core.hooksPath "$root/build/hooks"
mkdir -p "$repo/data" "$repo/fixtures"
cp wwwroot/data/detention-by-nationality.csv "$repo/data/"
cp wwwroot/data/roster-export.csv "$repo/fixtures/invented-people.csv"
commit() { (cd "$repo" && git add -A && PATH="$work/tools:$PATH" git commit -q -m "$1") >"$work/hook.log" 2>&1; }
git -C "$repo" config hooks.policyanalyzersOptions "--exclude fixtures/**"
if commit "counts and invented fixtures"; then
  echo "ok: the pre-commit hook lets counts (and excluded fixtures) be committed"
else
  echo "FAIL: the pre-commit hook refused counts:"; cat "$work/hook.log"; failed=1
fi
cp wwwroot/data/roster-export.csv "$repo/data/roster.csv"
if ! commit "the roster" && grep -q "data/roster.csv(2,1): error PA1001" "$work/hook.log" \
   && [ "$(git -C "$repo" rev-list --count HEAD)" = 1 ]; then
  echo "ok: the pre-commit hook refuses a commit that adds the roster, naming it"
else
  echo "FAIL: the pre-commit hook let the roster through:"; cat "$work/hook.log"; failed=1
fi
exit $failed
