using System;
using System.Collections.Generic;
using System.IO;
using System.Security;
using PolicyAnalyzers.DataFiles;
using PolicyAnalyzers.DataFiles.Baseline;
using PolicyAnalyzers.DataFiles.Caching;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.Tool.Scanning;

/// <summary>
/// Turns the paths given on the command line into the files to scan: a file as named, a directory recursively (hidden
/// files included: a roster does not stop being one because its name starts with a dot; .git and symbolic links to
/// directories are not entered). Only files with a scanned extension are kept, and none that an exclude pattern
/// matches. Each directory's files come in ordinal path order, so every run lists the same files in the same order.
/// </summary>
internal sealed class FileCollector
{
    private readonly string _root;
    private readonly ISet<string> _extensions;
    private readonly PathPatterns _excludes;
    private readonly HashSet<string> _seen = new(ScanCache.PathComparer);

    /// <param name="ownOutputs">Full paths of the files the scan writes (baseline, SARIF log): never scanned.</param>
    public FileCollector(string root, ISet<string> extensions, IEnumerable<string> excludes, IEnumerable<string> ownOutputs)
    {
        _root = root;
        _extensions = extensions;
        _excludes = new PathPatterns(excludes);
        _seen.UnionWith(ownOutputs);
    }

    /// <summary>Named files whose extension is not scanned; told in the summary rather than silently dropped.</summary>
    public int SkippedByExtension { get; private set; }

    public int Excluded { get; private set; }

    public List<ScanTarget> Collect(IEnumerable<string> paths)
    {
        var targets = new List<ScanTarget>();
        foreach (var path in paths)
        {
            string full;
            try
            {
                full = Path.GetFullPath(path);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or SecurityException)
            {
                targets.Add(new ScanTarget(path, path, path, 0) { IsMissing = true });
                continue;
            }

            if (Directory.Exists(full))
            {
                Walk(path, full, targets);
            }
            else if (File.Exists(full))
            {
                AddFile(path, full, targets);
            }
            else
            {
                targets.Add(new ScanTarget(path, full, Relative(full), 0) { IsMissing = true });
            }
        }

        return targets;
    }

    private void Walk(string displayRoot, string fullRoot, List<ScanTarget> targets)
    {
        var pending = new Stack<(string Display, string Full)>();
        pending.Push((displayRoot, fullRoot));
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
        while (pending.Count > 0)
        {
            (var display, var full) = pending.Pop();
            var files = new List<FileSystemInfo>();
            var directories = new List<FileSystemInfo>();
            try
            {
                foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos("*", options))
                {
                    (entry is DirectoryInfo ? directories : files).Add(entry);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
            {
                targets.Add(new ScanTarget(display, full, Relative(full), 0) { ListingProblem = ex.GetType().Name });
                continue;
            }

            files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            foreach (var file in files)
            {
                if (_extensions.Contains(file.Extension.ToLowerInvariant()))
                {
                    AddFile(Path.Combine(display, file.Name), file.FullName, targets);
                }
            }

            // Pushed in reverse so subdirectories are listed in name order after their parent's files.
            directories.Sort((a, b) => string.CompareOrdinal(b.Name, a.Name));
            foreach (var directory in directories)
            {
                if (directory.Name != ".git" && !directory.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    pending.Push((Path.Combine(display, directory.Name), directory.FullName));
                }
            }
        }
    }

    private void AddFile(string display, string full, List<ScanTarget> targets)
    {
        var extension = Path.GetExtension(full).ToLowerInvariant();
        if (!_extensions.Contains(extension))
        {
            SkippedByExtension++;
            return;
        }

        var relative = Relative(full);
        if (!_excludes.IsEmpty && _excludes.Matches(relative))
        {
            Excluded++;
            return;
        }

        if (!_seen.Add(full))
        {
            return;
        }

        long length = 0;
        try
        {
            length = new FileInfo(full).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
        {
            // The scan reports what is wrong with the file.
        }

        targets.Add(new ScanTarget(display, full, relative, length));
    }

    private string Relative(string full) => FindingFingerprint.NormalizePath(full, _root);
}
