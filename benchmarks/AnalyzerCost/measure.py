#!/usr/bin/env python3
"""What a user pays for PolicyAnalyzers: whole builds of a generated application, without and with the package.

    benchmarks/AnalyzerCost/measure.sh [sizes...] [--pairs N] [--mode MODE] [--report-analyzer]

For each size (lines of generated code, default 10000 50000 100000 300000) it:
  1. packs the package from this repository (once per run, with a unique version so no cache serves an older one) into
     a local feed, with a nuget.config and a package folder of its own;
  2. generates the application (generate.py), which references the package by PackageReference; a property switches
     the reference off, so the two builds differ in nothing but the package;
  3. builds it once each way to warm up (restore, disk cache), then --pairs times each way, alternating, with
     dotnet build --no-incremental -nodeReuse:false -clp:PerformanceSummary (the SDK's default analyzers untouched);
  4. reads per build: the Csc task's time from MSBuild's performance summary, the build's wall time, and the CPU time
     (user + system) of the whole process tree from /usr/bin/time;
  5. prints medians, the ratio of medians and the per-pair ratios, and writes runs.tsv and summary.json.

Every build is checked: a build that should have the package must have its analyzer on the compiler's command line
and report the leaks generate.py writes on purpose; one that should not must show no trace of it. A failed check
stops the run: a benchmark that silently measured the wrong thing is worse than none.

Modes (A is compared with B; the headline is "package"; the others are diagnostics, reported apart):
  package                 without the package / with it, as a user references it
  package-errorlog-off    without / with, its ErrorLog and disclosure report off (-p:ErrorLog= ...)
  errorlog                without the package: no ErrorLog / ErrorLog=...sarif,version=2.1
  errorlog-with-package   with the package: ErrorLog and the report off / ErrorLog=...sarif,version=2.1
  analyzer-timing         without the package: as is / -p:ReportAnalyzer=true, the per-callback timing the compiler
                          also does whenever it writes an error log
--report-analyzer adds -p:ReportAnalyzer=true (and -v:d, where the compiler prints its table) to both builds of any
mode and records each analyzer assembly's time. It changes what it measures: never combine it with a headline run.
"""
import argparse
import datetime
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SARIF = "{sarif}"  # replaced by the path of the variant's compiler log


@dataclass(frozen=True)
class Variant:
    name: str
    package: bool
    properties: dict = field(default_factory=dict)
    errorlog: bool | None = None  # what the compiler's command line must show; None: whatever the package does


WITHOUT = Variant("without", package=False)
WITH = Variant("with", package=True)
ERRORLOG_OFF = {"ErrorLog": "", "PolicyAnalyzersDisclosureReport": "false"}
ERRORLOG_ON = {"ErrorLog": SARIF + "%2Cversion=2.1"}  # %2C: a literal comma in an MSBuild -p: value

MODES = {
    "package": (WITHOUT, WITH),
    "package-errorlog-off": (WITHOUT, Variant("with-errorlog-off", True, ERRORLOG_OFF, errorlog=False)),
    "errorlog": (Variant("without", False, errorlog=False),
                 Variant("without+errorlog", False, ERRORLOG_ON, errorlog=True)),
    # The compiler times every analyzer callback whenever it writes an error log; this isolates that part.
    "analyzer-timing": (Variant("without", False, errorlog=False),
                        Variant("without+timing", False, {"ReportAnalyzer": "true"}, errorlog=False)),
    "errorlog-with-package": (
        Variant("with-errorlog-off", True, ERRORLOG_OFF, errorlog=False),
        Variant("with+errorlog", True, ERRORLOG_ON, errorlog=True),
    ),
}


class CheckFailed(Exception):
    pass


def log(message):
    print(message, file=sys.stderr, flush=True)


def run(args, cwd=None, env=None, output=None):
    with open(output, "w") if output else open(os.devnull, "w") as sink:
        return subprocess.run(args, cwd=cwd, env=env, stdout=sink, stderr=subprocess.STDOUT).returncode


def pack(work, nupkg):
    """Packs the repository (or takes the given package) into work/feed; returns (version, attributes dll)."""
    feed = os.path.join(work, "feed")
    os.makedirs(feed, exist_ok=True)
    if nupkg:
        shutil.copy(nupkg, feed)
    else:
        suffix = "bench" + datetime.datetime.now().strftime("%Y%m%d%H%M%S")
        log(f"packing PolicyAnalyzers (VersionSuffix={suffix})")
        status = run(["dotnet", "pack", "PolicyAnalyzers.sln", "-c", "Release", "-o", feed,
                      f"-p:VersionSuffix={suffix}", "-nodeReuse:false", "-v:q", "-nologo"],
                     cwd=ROOT, output=os.path.join(work, "pack.log"))
        if status != 0:
            raise CheckFailed(f"dotnet pack failed, see {work}/pack.log")
    packages = [f for f in os.listdir(feed) if re.fullmatch(r"PolicyAnalyzers\.\d.*\.nupkg", f)]
    if len(packages) != 1:
        raise CheckFailed(f"expected one PolicyAnalyzers package in {feed}, found {packages}")
    version = packages[0][len("PolicyAnalyzers."):-len(".nupkg")]
    attributes = os.path.join(work, "attributes", "PolicyAnalyzers.Attributes.dll")
    os.makedirs(os.path.dirname(attributes), exist_ok=True)
    with zipfile.ZipFile(os.path.join(feed, packages[0])) as package, open(attributes, "wb") as out:
        out.write(package.read("lib/netstandard2.0/PolicyAnalyzers.Attributes.dll"))
    with open(os.path.join(work, "nuget.config"), "w") as config:
        config.write(f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="{work}/packages" /></config>
  <packageSources>
    <clear />
    <add key="bench-feed" value="{feed}" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="bench-feed"><package pattern="PolicyAnalyzers" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
""")
    return version, attributes


def summary_times(text, header):
    """{name: ms} from one section ("Target Performance Summary" or "Task Performance Summary") of the summary."""
    start = text.rfind(header + ":")
    if start < 0:
        return {}
    times = {}
    for line in text[start:].splitlines()[1:]:
        match = re.match(r"\s*(\d+) ms\s+(\S+)\s+\d+ calls", line)
        if not match:
            if times:
                break
            continue
        times[match.group(2)] = int(match.group(1))
    return times


def analyzer_times(text):
    """{analyzer assembly: seconds} from the compiler's ReportAnalyzer table, and the total."""
    start = text.find("Total analyzer execution time:")
    if start < 0:
        return None, {}
    end = text.find("Total generator execution time:", start)
    section = text[start:end if end > 0 else len(text)]
    total = float(re.search(r"Total analyzer execution time: ([0-9.]+)", section).group(1))
    assemblies = {}
    for match in re.finditer(r"^\s+<?([0-9.]+)\s+<?\d+\s+([\w.]+), Version=", section, re.MULTILINE):
        assemblies[match.group(2)] = float(match.group(1))
    return total, assemblies


def build(project, variant, report_analyzer, log_path):
    """Builds once with the variant's properties; returns the build's log text, its compiler log path and times."""
    sarif = os.path.join(project, "obj", f"{variant.name}.sarif")
    if os.path.exists(sarif):
        os.remove(sarif)
    properties = {"WithPolicyAnalyzers": "true" if variant.package else "false", **variant.properties}
    if report_analyzer:
        properties["ReportAnalyzer"] = "true"
    args = ["dotnet", "build", "--no-incremental", "-nodeReuse:false", "-clp:PerformanceSummary",
            "-v:d" if report_analyzer else "-v:n"]
    args += [f"-p:{name}={value.replace(SARIF, sarif)}" for name, value in properties.items()]
    times_path = log_path + ".time"
    env = dict(os.environ, UseSharedCompilation="false", MSBUILDDISABLENODEREUSE="1", DOTNET_CLI_USE_MSBUILD_SERVER="0",
               DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")
    status = run(["/usr/bin/time", "-o", times_path, "-f", "%e %U %S"] + args, cwd=project, env=env, output=log_path)
    with open(log_path, errors="replace") as f:
        text = f.read()
    if status != 0:
        raise CheckFailed(f"build failed ({variant.name}), see {log_path}")
    with open(times_path) as f:
        wall, user, system = (float(v) for v in f.read().split()[-3:])
    return text, sarif, wall, user, system


def check(variant, text, sarif, version, markers, log_path):
    """Raises CheckFailed unless the build used the package exactly when the variant says it should."""
    tasks = summary_times(text, "Task Performance Summary")
    analyzer = f"policyanalyzers/{version.lower()}/analyzers/dotnet/cs/PolicyAnalyzers.Analyzers.dll"
    analyzer_loaded = re.search(r"/analyzer:\S*" + re.escape(analyzer), text) is not None
    # Unique by place and ID: MSBuild prints each warning twice, once with a node prefix ("1>").
    diagnostics = len(set(re.findall(r"[^\s>]+\(\d+,\d+\): (?:warning|error) PA\d{4}", text)))
    errorlog = re.search(r"\s/errorlog:", text) is not None
    problems = []
    if "Csc" not in tasks:
        problems.append("no Csc time in the performance summary")
    if variant.package:
        if not analyzer_loaded:
            problems.append(f"the compiler's command line lacks /analyzer:...{analyzer}")
        if markers and diagnostics == 0:
            problems.append("no PA diagnostic, though the generated code leaks on purpose")
        if "ScanDataFiles" not in tasks:
            problems.append("the package's data-file scan did not run: its build targets were not imported")
    elif "PolicyAnalyzers.Analyzers.dll" in text or diagnostics or "ScanDataFiles" in tasks:
        problems.append("the build without the package shows its analyzer, its targets or PA diagnostics")
    if variant.errorlog is not None and errorlog != variant.errorlog:
        problems.append(f"ErrorLog should be {'on' if variant.errorlog else 'off'}, "
                        f"the compiler had it {'on' if errorlog else 'off'}")
    if variant.properties.get("ErrorLog") and not os.path.exists(sarif):
        problems.append(f"no compiler log at {sarif}")
    if problems:
        raise CheckFailed(f"{variant.name} build: " + "; ".join(problems) + f" (see {log_path})")
    return tasks, errorlog, diagnostics


def measure(project, variant, version, markers, report_analyzer, log_path):
    """One checked build: its measurements."""
    text, sarif, wall, user, system = build(project, variant, report_analyzer, log_path)
    tasks, errorlog, diagnostics = check(variant, text, sarif, version, markers, log_path)
    total, assemblies = analyzer_times(text)
    return {
        "csc_ms": tasks["Csc"],
        "corecompile_ms": summary_times(text, "Target Performance Summary").get("CoreCompile", 0),
        "scan_ms": tasks.get("ScanDataFiles", 0),
        "inventory_ms": tasks.get("WriteDisclosureInventory", 0),
        "wall_s": wall,
        "cpu_s": round(user + system, 2),
        "user_s": user,
        "sys_s": system,
        "errorlog": errorlog,
        "pa_diagnostics": diagnostics,
        "analyzers_total_s": total,
        "policyanalyzers_s": assemblies.get("PolicyAnalyzers.Analyzers"),
        "analyzer_assemblies_s": assemblies,
    }


def self_test(work, version, attributes):
    """Proves the checks can fail: real builds without the package, with it, and without it but with ErrorLog, each
    checked against a wrong expectation, must be rejected; checked against the right one, accepted."""
    project = os.path.join(work, "gen-selftest")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--lines", "1000", "--out", project,
                    "--package-version", version, "--attributes", attributes], check=True, stdout=subprocess.DEVNULL)
    errorlog_on = Variant("without+errorlog", False, ERRORLOG_ON, errorlog=True)
    logs = {}
    for variant in (WITHOUT, WITH, errorlog_on):
        path = os.path.join(work, "logs", f"selftest-{variant.name}.log")
        text, sarif, *_ = build(project, variant, False, path)
        logs[variant.name] = (text, sarif, path)
    cases = [
        ("a build without the package, expected to have it", WITH, "without", False),
        ("a build with the package, expected not to have it", WITHOUT, "with", False),
        ("a build with ErrorLog, expected without", Variant("without+errorlog", False, errorlog=False),
         "without+errorlog", False),
        ("a build without ErrorLog, expected with", errorlog_on, "without", False),
        ("a build without the package, expected so", WITHOUT, "without", True),
        ("a build with the package, expected so", WITH, "with", True),
        ("a build with ErrorLog, expected so", errorlog_on, "without+errorlog", True),
    ]
    failures = 0
    for description, expectation, actual, should_pass in cases:
        text, sarif, path = logs[actual]
        try:
            check(expectation, text, sarif, version, True, path)
            passed, detail = True, "accepted"
        except CheckFailed as failure:
            passed, detail = False, f"rejected: {failure}"
        ok = passed == should_pass
        failures += not ok
        log(f"{'ok' if ok else 'FAIL'}: {description}: {detail}")
    return 1 if failures else 0


def spread(values):
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def summarize(runs, a, b):
    """Medians of A and B, ratio of medians, and per-pair ratios (B over A, each pair built back to back)."""
    result = {}
    for measure in ("csc_ms", "cpu_s", "wall_s"):
        values_a = [r[measure] for r in runs if r["variant"] == a.name]
        values_b = [r[measure] for r in runs if r["variant"] == b.name]
        pairs = {}
        for r in runs:
            pairs.setdefault(r["pair"], {})[r["variant"]] = r[measure]
        ratios = [p[b.name] / p[a.name] for p in pairs.values() if a.name in p and b.name in p and p[a.name]]
        result[measure] = {
            "a_median": statistics.median(values_a),
            "b_median": statistics.median(values_b),
            "ratio_of_medians": statistics.median(values_b) / statistics.median(values_a),
            "pair_ratios": spread(ratios),
            "a_values": values_a,
            "b_values": values_b,
        }
    return result


def load_average():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[10000, 50000, 100000, 300000])
    parser.add_argument("--pairs", type=int, default=3, help="alternating pairs of builds per size (default 3)")
    parser.add_argument("--mode", choices=sorted(MODES), default="package")
    parser.add_argument("--report-analyzer", action="store_true", help="diagnostic: the compiler's per-analyzer times")
    parser.add_argument("--no-protected", action="store_true", help="generate no [ProtectedData] marker")
    parser.add_argument("--work", help="working directory (default: a new temporary one, kept)")
    parser.add_argument("--nupkg", help="measure this PolicyAnalyzers package instead of packing the repository")
    parser.add_argument("--self-test", action="store_true",
                        help="prove the checks reject builds that measured the wrong thing")
    args = parser.parse_args()
    if args.pairs < 1:
        parser.error("--pairs must be at least 1")

    work = os.path.abspath(args.work or tempfile.mkdtemp(prefix="analyzercost-"))
    os.makedirs(os.path.join(work, "logs"), exist_ok=True)
    a, b = MODES[args.mode]
    headline = args.mode == "package" and not args.report_analyzer
    try:
        version, attributes = pack(work, args.nupkg)
    except CheckFailed as failure:
        log(f"FAIL: {failure}")
        return 1
    if args.self_test:
        status = self_test(work, version, attributes)
        if status == 0 and not args.work:
            shutil.rmtree(work)
        return status
    sdk = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    commit = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"],
                            capture_output=True, text=True).stdout.strip()
    summary = {"mode": args.mode, "headline": headline, "report_analyzer": args.report_analyzer,
               "markers": not args.no_protected, "package_version": version, "commit": commit, "sdk": sdk,
               "cores": os.cpu_count(), "a": a.name, "b": b.name, "pairs": args.pairs, "sizes": {}}
    tsv = os.path.join(work, "runs.tsv")
    columns = ["size", "mode", "pair", "variant", "csc_ms", "corecompile_ms", "wall_s", "cpu_s", "user_s", "sys_s",
               "scan_ms", "inventory_ms", "errorlog", "pa_diagnostics", "analyzers_total_s", "policyanalyzers_s"]
    with open(tsv, "w") as f:
        f.write("\t".join(columns) + "\n")
    log(f"work: {work}\npackage: PolicyAnalyzers {version}\nmode: {args.mode}: {a.name} / {b.name}"
        + ("" if headline else "  (diagnostic, not the headline)"))

    for size in args.sizes:
        project = os.path.join(work, f"gen-{size}")
        generate = [sys.executable, os.path.join(HERE, "generate.py"), "--lines", str(size), "--out", project,
                    "--package-version", version, "--attributes", attributes]
        if args.no_protected:
            generate.append("--no-protected")
        subprocess.run(generate, check=True, stdout=subprocess.DEVNULL)
        load_before = load_average()
        runs = []
        try:
            for variant in (a, b):  # warm-up: restore, disk cache; checked, not counted
                log(f"{size}: warm-up {variant.name}")
                measure(project, variant, version, not args.no_protected, args.report_analyzer,
                        os.path.join(work, "logs", f"{size}-{args.mode}-warmup-{variant.name}.log"))
            for pair in range(1, args.pairs + 1):
                order = (a, b) if pair % 2 else (b, a)  # ABBA: a steady drift in load does not favour either side
                for variant in order:
                    path = os.path.join(work, "logs", f"{size}-{args.mode}-{pair}-{variant.name}.log")
                    result = measure(project, variant, version, not args.no_protected, args.report_analyzer, path)
                    row = {"size": size, "mode": args.mode, "pair": pair, "variant": variant.name, **result}
                    runs.append(row)
                    with open(tsv, "a") as f:
                        f.write("\t".join("" if row[c] is None else str(row[c]) for c in columns) + "\n")
                    log(f"{size}: pair {pair} {variant.name}: Csc {result['csc_ms'] / 1000:.1f} s, "
                        f"CPU {result['cpu_s']:.1f} s, wall {result['wall_s']:.1f} s")
        except CheckFailed as failure:
            log(f"FAIL: {failure}")
            return 1
        summary["sizes"][str(size)] = {**summarize(runs, a, b), "load_before": load_before,
                                       "load_after": load_average(), "runs": runs}
        with open(os.path.join(work, "summary.json"), "w") as f:
            json.dump(summary, f, indent=2)

    print(f"\nPolicyAnalyzers {version} ({commit}), SDK {sdk}, {os.cpu_count()} cores, mode {args.mode}"
          + (", ReportAnalyzer on" if args.report_analyzer else "") + f"; A = {a.name}, B = {b.name}; "
          f"medians of {args.pairs} alternating pairs; per-pair ratios B/A as min / median / max")
    print("\n| lines | Csc A (s) | Csc B (s) | ratio | per pair | build CPU A (s) | CPU B (s) | ratio | per pair "
          "| wall A (s) | wall B (s) | load |")
    print("|---:|---:|---:|---:|---|---:|---:|---:|---|---:|---:|---|")
    for size, s in summary["sizes"].items():
        csc, cpu, wall = s["csc_ms"], s["cpu_s"], s["wall_s"]
        per_pair = lambda m: "{min:.2f} / {median:.2f} / {max:.2f}".format(**m["pair_ratios"])
        print(f"| {int(size):,} | {csc['a_median'] / 1000:.1f} | {csc['b_median'] / 1000:.1f} "
              f"| {csc['ratio_of_medians']:.2f}x | {per_pair(csc)} | {cpu['a_median']:.1f} | {cpu['b_median']:.1f} "
              f"| {cpu['ratio_of_medians']:.2f}x | {per_pair(cpu)} | {wall['a_median']:.1f} | {wall['b_median']:.1f} "
              f"| {s['load_before']}-{s['load_after']} |")
    if args.report_analyzer:
        print("\n| lines | variant | all analyzers (s) | PolicyAnalyzers (s) |\n|---:|---|---:|---:|")
        for size, s in summary["sizes"].items():
            for variant in (a, b):
                rows = [r for r in s["runs"] if r["variant"] == variant.name]
                total = statistics.median(r["analyzers_total_s"] or 0 for r in rows)
                own = [r["policyanalyzers_s"] for r in rows if r["policyanalyzers_s"] is not None]
                print(f"| {int(size):,} | {variant.name} | {total:.2f} | {statistics.median(own) if own else 0:.2f} |")
    print(f"\nresults: {tsv}, {os.path.join(work, 'summary.json')}; build logs in {os.path.join(work, 'logs')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
