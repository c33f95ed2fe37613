using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using PolicyAnalyzers.DataFiles;
using PolicyAnalyzers.DataFiles.Baseline;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Reporting;
using PolicyAnalyzers.DataFiles.Scanning;
using PolicyAnalyzers.Tool.Output;
using PolicyAnalyzers.Tool.Pdf;
using PolicyAnalyzers.Tool.Scanning;

namespace PolicyAnalyzers.Tool.Cli;

/// <summary>
/// <c>policyanalyzers scan</c>: collects the files, scans them in parallel with the MSBuild task's scanner, prints the
/// findings the baseline does not accept as MSBuild-style lines in path order, writes SARIF or the baseline when asked,
/// and chooses the exit code. Findings go to stdout; the summary, problems with outputs and progress go to stderr.
/// </summary>
internal sealed class ScanCommand
{
    private const string BaselineFileName = "policyanalyzers.baseline.json";
    private const string Advice =
        "Remove it from what is published, or exclude it (--exclude GLOB) or accept it in the baseline if it describes no real person.";

    private readonly ScanOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly bool _stderrIsTerminal;
    private bool _incomplete;

    public ScanCommand(ScanOptions options, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
    {
        _options = options;
        _stdout = stdout;
        _stderr = stderr;
        _stderrIsTerminal = stderrIsTerminal;
    }

    public int Run()
    {
        var watch = Stopwatch.StartNew();
        string root;
        try
        {
            root = Path.GetFullPath(_options.Root ?? Directory.GetCurrentDirectory());
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or SecurityException)
        {
            _stderr.WriteLine($"policyanalyzers: --root {_options.Root} is not a valid path");
            return ExitCodes.Incomplete;
        }

        if (!Directory.Exists(root))
        {
            _stderr.WriteLine($"policyanalyzers: the root directory {root} does not exist");
            return ExitCodes.Incomplete;
        }

        var baselinePath = BaselinePath(root);
        var baseline = LoadBaseline(baselinePath);

        var sarifPath = _options.SarifFile is null ? null : FullPath(_options.SarifFile);
        var ownOutputs = new[] { baselinePath, sarifPath }.Where(p => p is not null).Select(p => p!);
        var collector = new FileCollector(root, _options.Extensions, _options.Excludes, ownOutputs);
        var targets = collector.Collect(_options.Paths);

        var found = new List<LocatedFinding>();
        var scannedFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pdf = new PdfTextSource();
        var scan = new ParallelScan(targets, _options.Parallelism, () => new DataFileScanner(pdfText: pdf));
        var personalData = 0;
        var notScanned = 0;
        var accepted = 0;
        using (var progress = new ProgressDisplay(
            _options.Progress && _stderrIsTerminal,
            _stderr,
            targets.Count,
            targets.Sum(t => t.Length),
            () => (scan.FilesDone, scan.BytesDone)))
        {
            scan.Run((target, findings) =>
            {
                if (!target.IsMissing && target.ListingProblem is null)
                {
                    scannedFiles.Add(target.RelativePath);
                }

                foreach (var finding in findings)
                {
                    var located = new LocatedFinding(target.DisplayPath, target.RelativePath, finding);
                    found.Add(located);
                    if (_options.UpdateBaseline)
                    {
                        continue;
                    }

                    if (baseline.Accepts(located.Fingerprint))
                    {
                        accepted++;
                        continue;
                    }

                    personalData += finding.IsError ? 1 : 0;
                    notScanned += finding.IsError ? 0 : 1;
                    lock (progress.Lock)
                    {
                        progress.Clear();
                        _stdout.WriteLine(FindingLine.Format(located, Advice));
                        _stdout.Flush();
                    }
                }
            });
        }

        if (_options.UpdateBaseline)
        {
            WriteBaseline(baseline, baselinePath!, found, scannedFiles, root);
        }
        else if (_options.SarifFile is not null)
        {
            WriteSarif(BaselineTriage.Apply(found, baseline), root, sarifPath!);
        }

        _stderr.WriteLine(Summary(targets.Count, targets.Sum(t => t.Length), watch.Elapsed, personalData, notScanned, accepted, collector));
        if (personalData > 0)
        {
            return ExitCodes.PersonalDataFound;
        }

        return _incomplete || notScanned > 0 ? ExitCodes.Incomplete : ExitCodes.Clean;
    }

    private static string Summary(int files, long bytes, TimeSpan elapsed, int personalData, int notScanned, int accepted, FileCollector collector)
    {
        var parts = new List<string>
        {
            string.Format(CultureInfo.InvariantCulture, "scanned {0:N0} {1} ({2:N1} MB) in {3:N1} s", files, files == 1 ? "file" : "files", bytes / 1e6, elapsed.TotalSeconds),
            $"{personalData} with personal data",
            $"{notScanned} not scanned",
        };
        if (accepted > 0)
        {
            parts.Add($"{accepted} accepted in the baseline");
        }

        if (collector.Excluded > 0)
        {
            parts.Add($"{collector.Excluded} excluded");
        }

        if (collector.SkippedByExtension > 0)
        {
            parts.Add($"{collector.SkippedByExtension} named files skipped for their extension (--include-ext to scan them)");
        }

        return "policyanalyzers: " + string.Join(", ", parts);
    }

    private string? BaselinePath(string root)
    {
        if (_options.BaselineFile is not null)
        {
            return FullPath(_options.BaselineFile);
        }

        var standard = Path.Combine(root, BaselineFileName);
        return File.Exists(standard) || _options.UpdateBaseline ? standard : null;
    }

    private FindingBaseline LoadBaseline(string? path)
    {
        if (path is null)
        {
            return new FindingBaseline();
        }

        try
        {
            return FindingBaseline.Load(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or DataFileFormatException or SecurityException)
        {
            _stderr.WriteLine($"policyanalyzers: the baseline {path} cannot be read ({ex.Message}); no finding is accepted");
            _incomplete = true;
            return new FindingBaseline();
        }
    }

    private void WriteBaseline(FindingBaseline old, string path, List<LocatedFinding> found, HashSet<string> scannedFiles, string root)
    {
        var updated = old.Updated(found, scannedFiles, file => File.Exists(Path.Combine(root, file)));
        if (Write(path, updated.ToJson(), "baseline"))
        {
            _stderr.WriteLine($"policyanalyzers: {updated.Count} accepted findings in {path}");
        }
    }

    private void WriteSarif(BaselineTriage triage, string root, string path)
    {
        var sarif = triage.ToSarif(f => f.Finding.FormatMessage(f.DisplayPath, Advice));
        Write(path, sarif.ToJson(root, CommandLine.Version), "SARIF log");
    }

    /// <summary>A path given on the command line: relative to the current directory, as the paths to scan are.</summary>
    private static string FullPath(string path) => Path.GetFullPath(path);

    private bool Write(string path, string content, string what)
    {
        try
        {
            OutputFile.WriteIfChanged(path, content);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            _stderr.WriteLine($"policyanalyzers: could not write the {what} {path}: {ex.Message}");
            _incomplete = true;
            return false;
        }
    }
}
