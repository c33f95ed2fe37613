#!/usr/bin/env bash
# Proves the packed PolicyAnalyzers works for brand-new projects outside this repository, added the way users add it
# (dotnet add package): the attributes compile, the analyzer reports, the data-file scan fails the build, and a
# project that only references the annotated project gets all of it too.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/packed-package.sh" PolicyAnalyzers
cd "$work" || exit 1
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML

run() { "$@" >"$work/step.log" 2>&1 || { cat "$work/step.log"; echo "FAIL: $*"; exit 1; }; }
run dotnet new classlib -o Model --framework net10.0
run dotnet new console -o App --framework net10.0
run dotnet add Model package PolicyAnalyzers --version "$version"
run dotnet add App reference Model/Model.csproj

cat > Model/Person.cs <<'CS'
namespace Model;

[PolicyAnalyzers.ProtectedData]
public sealed class Person
{
    public string Name { get; set; } = "";
}
CS
cat > App/Program.cs <<'CS'
var person = new Model.Person { Name = "Ada" };
Console.WriteLine(person.Name);
CS
printf 'Full Name,Date of Birth,Nationality\nAda Lovelace,1815-12-10,United Kingdom\nAlan Turing,1912-06-23,United Kingdom\n' > App/people.csv
cat > App/Directory.Build.targets <<'XML'
<Project>
  <ItemGroup><None Update="people.csv" CopyToOutputDirectory="PreserveNewest" /></ItemGroup>
</Project>
XML

dotnet build App -nodeReuse:false -p:CI=false -p:ContinuousIntegrationBuild=false >"$work/build.log" 2>&1
status=$?
failed=0
grep -q "Program.cs(2,19): warning PA0003" "$work/build.log" && echo "ok: a referencing project gets the analyzer (PA0003)" \
  || { echo "FAIL: no PA0003 on App/Program.cs(2,19)"; failed=1; }
grep -q "people.csv(2,1): error PA1001" "$work/build.log" && echo "ok: the data-file scan fails the build (PA1001)" \
  || { echo "FAIL: no PA1001 on App/people.csv(2,1)"; failed=1; }
[ "$status" -ne 0 ] && echo "ok: the build failed" || { echo "FAIL: the build succeeded"; failed=1; }
[ "$failed" -eq 0 ] || tail -30 "$work/build.log"

# CI mode makes PA warnings errors, but a severity the team set in .editorconfig still wins.
printf 'root = true\n[*.cs]\ndotnet_diagnostic.PA0003.severity = none\n' > App/.editorconfig
printf 'Console.WriteLine(new Model.Person().Name);\nSystem.IO.File.WriteAllText("x", new Model.Person().Name);\n' > App/Program.cs
dotnet build App -nodeReuse:false --no-incremental -p:ContinuousIntegrationBuild=true >"$work/ci.log" 2>&1
if grep -q "Program.cs(2,.*): error PA0001" "$work/ci.log" && ! grep -q "PA0003" "$work/ci.log"; then
  echo "ok: CI mode turns PA0001 into an error and keeps PA0003 off as .editorconfig says"
else
  echo "FAIL: CI mode and .editorconfig"; grep -E "PA0" "$work/ci.log" | head; failed=1
fi
exit $failed
