using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PolicyAnalyzers.DataFiles.Baseline;
using PolicyAnalyzers.DataFiles.Caching;
using PolicyAnalyzers.DataFiles.Detection;
using PolicyAnalyzers.DataFiles.Metadata;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Reporting;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Fails the build when a data file the project ships holds personal data (PA1001) or records shaped like one of the
/// project's [ProtectedData] types (PA1002), and warns about files it could not scan (PA1003). Runs in the user's
/// MSBuild, so it reports per file, never throws, and keeps a cache in obj/ so a build reads only files that changed
/// while still reporting every finding each time. Findings accepted in the baseline are not reported; SARIF output
/// lists the rest.
/// </summary>
public sealed class ScanDataFiles : Microsoft.Build.Utilities.Task
{
    /// <summary>The files to scan, named as the project names them; other extensions than the scanner reads are ignored.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>Where findings are remembered between builds (obj/PolicyAnalyzers.DataFiles.cache); none when empty.</summary>
    public string? CacheFile { get; set; }

    /// <summary>What relative item specs, baseline paths and SARIF URIs are relative to; the current directory when empty.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>Compiled assemblies whose [ProtectedData] types data files are compared with (PA1002): the project's
    /// own and those of its project references. Read as metadata, never loaded.</summary>
    public ITaskItem[] ProtectedTypeAssemblies { get; set; } = [];

    /// <summary>Accepted findings (policyanalyzers.baseline.json); none when empty.</summary>
    public string? BaselineFile { get; set; }

    /// <summary>Write every current finding into <see cref="BaselineFile"/> instead of reporting it.</summary>
    public bool UpdateBaseline { get; set; }

    /// <summary>Where to write the findings as SARIF 2.1.0; none when empty. Written only when its content changes.</summary>
    public string? SarifFile { get; set; }

    /// <summary>Glob patterns of project-relative paths not to scan ("**/fixtures/**", "*.sample.csv").</summary>
    public string[] ExcludePatterns { get; set; } = [];

    /// <summary>
    /// How PA1001 and PA1002 are reported: "error" (the default) fails the build, "warning" does not, for a team that
    /// adopts the scan before cleaning its data files (MSBuild cannot turn an error back into a warning on its own).
    /// </summary>
    public string? FindingSeverity { get; set; }

    /// <summary>Files actually read by the last <see cref="Execute"/> (not answered from the cache).</summary>
    internal int FilesRead { get; private set; }

    public override bool Execute()
    {
        FilesRead = 0;
        var shapes = LoadShapes();
        var scanner = new DataFileScanner(shapes);
        var cacheVersion = DataFileScanner.CacheVersion + "/" + Hash(ProtectedTypeShape.Signature(shapes));
        var cache = ScanCache.Load(CacheFile, cacheVersion);
        var baseline = LoadBaseline();
        var excluded = new PathPatterns(ExcludePatterns ?? []);
        var scanned = new HashSet<string>(ScanCache.PathComparer);
        var scannedRelative = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var found = new List<LocatedFinding>();
        foreach (var item in Files ?? [])
        {
            var spec = item?.ItemSpec ?? string.Empty;
            if (spec.Trim().Length == 0 || DataFileFormats.FromPath(spec) == DataFileFormat.Unsupported)
            {
                continue;
            }

            var fullPath = ResolvePath(spec);
            if (fullPath is null)
            {
                found.Add(new LocatedFinding(spec, spec, DataFileFinding.NotScanned("its path is not valid")));
                continue;
            }

            var relativePath = FindingFingerprint.NormalizePath(fullPath, ProjectDirectory);
            if (!excluded.IsEmpty && excluded.Matches(relativePath))
            {
                Log.LogMessage(MessageImportance.Low, $"PolicyAnalyzers: {spec} is excluded by PolicyAnalyzersExcludeDataFilePatterns.");
                continue;
            }

            if (!scanned.Add(fullPath))
            {
                continue; // the same file reached through two items
            }

            scannedRelative.Add(relativePath);
            var findings = CachedFileScan.Run(scanner, fullPath, cache, out var read);
            FilesRead += read ? 1 : 0;
            foreach (var finding in findings)
            {
                found.Add(new LocatedFinding(spec, relativePath, finding));
            }
        }

        var sarif = new SarifLog();
        if (UpdateBaseline)
        {
            WriteBaseline(baseline, found, scannedRelative);
        }
        else
        {
            sarif = Report(found, baseline);
        }

        WriteSarif(sarif);
        SaveCache(cache, scanned);
        return !Log.HasLoggedErrors;
    }

    private SarifLog Report(List<LocatedFinding> found, FindingBaseline baseline)
    {
        var triage = BaselineTriage.Apply(found, baseline);
        foreach (var accepted in triage.Accepted)
        {
            Log.LogMessage(
                MessageImportance.Low,
                $"PolicyAnalyzers: {accepted.Finding.Code} on {accepted.DisplayPath} is accepted in the baseline ({accepted.Fingerprint}).");
        }

        foreach (var reported in triage.Reported)
        {
            var d = reported.Finding.ToDiagnostic(reported.DisplayPath);
            if (d.IsError && !string.Equals(FindingSeverity, "warning", StringComparison.OrdinalIgnoreCase))
            {
                Log.LogError(null, d.Code, d.Code, d.HelpLink, d.File, d.Line, d.Column, 0, 0, d.Message);
            }
            else
            {
                Log.LogWarning(null, d.Code, d.Code, d.HelpLink, d.File, d.Line, d.Column, 0, 0, d.Message);
            }
        }

        if (triage.UnusedEntries > 0)
        {
            Log.LogMessage(
                MessageImportance.Normal,
                $"PolicyAnalyzers: {triage.UnusedEntries} baseline entries no longer match a finding of their file; "
                + "update the baseline (-p:PolicyAnalyzersUpdateBaseline=true) to drop them.");
        }

        return triage.ToSarif(f => f.Finding.FormatMessage(f.DisplayPath));
    }

    /// <summary>
    /// Makes the baseline accept every current finding. Reasons already written are kept; entries of files not scanned
    /// by this run (another target, a file excluded for now) are kept while the file exists.
    /// </summary>
    private void WriteBaseline(FindingBaseline old, List<LocatedFinding> found, HashSet<string> scannedRelative)
    {
        if (string.IsNullOrEmpty(BaselineFile))
        {
            Log.LogWarning("PolicyAnalyzers: PolicyAnalyzersUpdateBaseline is set but PolicyAnalyzersBaselineFile is empty; no baseline written.");
            return;
        }

        var updated = old.Updated(found, scannedRelative, file => File.Exists(ResolvePath(file) ?? string.Empty));
        foreach (var accepted in found)
        {
            Log.LogMessage(MessageImportance.Normal, $"PolicyAnalyzers: accepted {accepted.Finding.Code} on {accepted.DisplayPath} into the baseline.");
        }

        if (WriteIfChanged(BaselineFile!, updated.ToJson()))
        {
            Log.LogMessage(MessageImportance.High, $"PolicyAnalyzers: wrote {updated.Count} accepted findings to {BaselineFile}.");
        }
    }

    private IReadOnlyList<ProtectedTypeShape> LoadShapes()
    {
        var paths = (ProtectedTypeAssemblies ?? [])
            .Select(i => ResolvePath(i.ItemSpec))
            .Where(p => p is not null && File.Exists(p))
            .Select(p => p!)
            .Distinct(ScanCache.PathComparer)
            .ToList();
        if (paths.Count == 0)
        {
            return [];
        }

        var unreadable = new List<string>();
        var shapes = ProtectedTypeCatalog.Read(paths, unreadable);
        foreach (var path in unreadable)
        {
            Log.LogMessage(
                MessageImportance.Normal,
                $"PolicyAnalyzers: could not read the metadata of {path}; its [ProtectedData] types are not compared with data files.");
        }

        if (shapes.Count > 0)
        {
            var names = string.Join(", ", shapes.Select(s => s.TypeName));
            Log.LogMessage(MessageImportance.Low, $"PolicyAnalyzers: data files are compared with {shapes.Count} protected types: {names}.");
        }

        return shapes;
    }

    private FindingBaseline LoadBaseline()
    {
        if (string.IsNullOrEmpty(BaselineFile))
        {
            return new FindingBaseline();
        }

        try
        {
            return FindingBaseline.Load(ResolvePath(BaselineFile!) ?? BaselineFile!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or DataFileFormatException or SecurityException)
        {
            Log.LogWarning($"PolicyAnalyzers: the baseline {BaselineFile} cannot be read ({ex.Message}); no finding is accepted.");
            return new FindingBaseline();
        }
    }

    private void WriteSarif(SarifLog sarif)
    {
        if (string.IsNullOrEmpty(SarifFile))
        {
            return;
        }

        var version = typeof(ScanDataFiles).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        WriteIfChanged(SarifFile!, sarif.ToJson(ProjectDirectory, version));
    }

    private bool WriteIfChanged(string path, string content)
    {
        try
        {
            return OutputFile.WriteIfChanged(ResolvePath(path) ?? path, content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
        {
            Log.LogWarning($"PolicyAnalyzers: could not write {path}: {ex.Message}");
            return false;
        }
    }

    private string? ResolvePath(string spec)
    {
        try
        {
            var path = Path.IsPathRooted(spec) || string.IsNullOrEmpty(ProjectDirectory)
                ? spec
                : Path.Combine(ProjectDirectory, spec);
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or SecurityException)
        {
            return null;
        }
    }

    private void SaveCache(ScanCache cache, HashSet<string> scanned)
    {
        if (string.IsNullOrEmpty(CacheFile))
        {
            return;
        }

        try
        {
            cache.RetainOnly(scanned);
            if (cache.Changed)
            {
                cache.Save(CacheFile!);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
        {
            // Next build scans again; nothing else depends on the cache.
            Log.LogMessage(MessageImportance.Low, $"PolicyAnalyzers: could not write {CacheFile}: {ex.Message}");
        }
    }

    private static string Hash(string text)
    {
        using var sha = System.Security.Cryptography.SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        return string.Concat(hash.Take(8).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
