using System;
using System.Collections.Generic;
using System.IO;
using System.Security;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Fails the build when a data file the project ships holds personal data (PA1001), and warns about files it could
/// not scan (PA1003). Runs in the user's MSBuild, so it reports per file, never throws, and keeps a cache in obj/ so a
/// build reads only files that changed while still reporting every finding each time.
/// </summary>
public sealed class ScanDataFiles : Microsoft.Build.Utilities.Task
{
    private readonly DataFileScanner _scanner = new();

    /// <summary>The files to scan, named as the project names them; other extensions than the scanner reads are ignored.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>Where findings are remembered between builds (obj/PolicyAnalyzers.DataFiles.cache); none when empty.</summary>
    public string? CacheFile { get; set; }

    /// <summary>What relative item specs are relative to; the current directory when empty.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>Files actually read by the last <see cref="Execute"/> (not answered from the cache).</summary>
    internal int FilesRead { get; private set; }

    public override bool Execute()
    {
        FilesRead = 0;
        ScanCache cache = ScanCache.Load(CacheFile, DataFileScanner.CacheVersion);
        var scanned = new HashSet<string>(ScanCache.PathComparer);
        foreach (ITaskItem item in Files ?? [])
        {
            string spec = item?.ItemSpec ?? string.Empty;
            if (spec.Trim().Length == 0 || DataFileFormats.FromPath(spec) == DataFileFormat.Unsupported)
            {
                continue;
            }

            string? fullPath = ResolvePath(spec);
            if (fullPath is null)
            {
                Report(spec, DataFileFinding.NotScanned("its path is not valid"));
                continue;
            }

            if (!scanned.Add(fullPath))
            {
                continue; // the same file reached through two items
            }

            foreach (DataFileFinding finding in Scan(fullPath, cache))
            {
                Report(spec, finding);
            }
        }

        SaveCache(cache, scanned);
        return !Log.HasLoggedErrors;
    }

    private IReadOnlyList<DataFileFinding> Scan(string fullPath, ScanCache cache)
    {
        try
        {
            var file = new FileInfo(fullPath);
            if (!file.Exists)
            {
                return [DataFileFinding.NotScanned("the file does not exist (was it deleted or not yet generated?)")];
            }

            // Read the stamp before the content: a file changed during the scan gets a new stamp and is read again.
            long length = file.Length;
            long lastWriteTicks = file.LastWriteTimeUtc.Ticks;
            if (cache.TryGet(fullPath, length, lastWriteTicks, out IReadOnlyList<DataFileFinding> cached))
            {
                return cached;
            }

            FilesRead++;
            DataFileScanResult result = _scanner.Scan(fullPath);
            if (result.IsCacheable)
            {
                cache.Set(fullPath, length, lastWriteTicks, result.Findings);
            }

            return result.Findings;
        }
#pragma warning disable CA1031 // One file's trouble must not hide the others' findings or crash the build.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return [DataFileFinding.NotScanned($"the scanner failed ({ex.GetType().Name}); please report this")];
        }
    }

    private string? ResolvePath(string spec)
    {
        try
        {
            string path = Path.IsPathRooted(spec) || string.IsNullOrEmpty(ProjectDirectory)
                ? spec
                : Path.Combine(ProjectDirectory, spec);
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or SecurityException)
        {
            return null;
        }
    }

    private void Report(string file, DataFileFinding finding)
    {
        DataFileDiagnostic d = finding.ToDiagnostic(file);
        if (d.IsError)
        {
            Log.LogError(null, d.Code, d.Code, d.HelpLink, d.File, d.Line, d.Column, 0, 0, d.Message);
        }
        else
        {
            Log.LogWarning(null, d.Code, d.Code, d.HelpLink, d.File, d.Line, d.Column, 0, 0, d.Message);
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
}
