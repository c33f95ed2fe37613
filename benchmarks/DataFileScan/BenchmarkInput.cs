using System;
using System.Diagnostics;
using System.IO;

namespace PolicyAnalyzers.DataFiles.Benchmarks;

/// <summary>
/// The file a benchmark scans. A file named with --file is only ever read: never regenerated, truncated or deleted,
/// whatever its size. Without --file, a roster is generated in a temporary directory this object creates, and that
/// directory is the only thing it deletes (unless --keep). A benchmark must never destroy a file it did not create.
/// </summary>
public sealed class BenchmarkInput : IDisposable
{
    private readonly string? _ownDirectory;
    private readonly bool _keep;

    private BenchmarkInput(string path, string? ownDirectory, bool keep, string description)
    {
        Path = path;
        _ownDirectory = ownDirectory;
        _keep = keep;
        Description = description;
    }

    public string Path { get; }

    /// <summary>Whether the file was generated here (and lives in a directory of our own).</summary>
    public bool IsGenerated => _ownDirectory is not null;

    public string Description { get; }

    /// <summary>An existing file, scanned read-only. Throws <see cref="FileNotFoundException"/> when it does not exist.</summary>
    public static BenchmarkInput Existing(string file)
    {
        var full = System.IO.Path.GetFullPath(file);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"{file} does not exist; --file names an existing file, which is only read", file);
        }

        return new BenchmarkInput(full, null, keep: true, $"{full} (existing file, read only)");
    }

    /// <summary>A roster CSV of about <paramref name="bytes"/> or an XLSX of <paramref name="workbookRows"/> rows, generated
    /// in a new temporary directory.</summary>
    public static BenchmarkInput Generate(string format, long bytes, int workbookRows, bool keep)
    {
        var directory = Directory.CreateTempSubdirectory("policyanalyzers-bench-").FullName;
        try
        {
            var watch = Stopwatch.StartNew();
            string path;
            string what;
            if (format == "xlsx")
            {
                path = System.IO.Path.Combine(directory, $"roster-{workbookRows}.xlsx");
                RosterWorkbookGenerator.Write(path, workbookRows);
                what = $"{workbookRows:N0} rows in a very hidden sheet";
            }
            else
            {
                path = System.IO.Path.Combine(directory, $"roster-{bytes / (1024 * 1024)}MB.csv");
                var rows = RosterGenerator.Write(path, bytes);
                what = $"{rows:N0} rows";
            }

            var description = $"{path} (generated: {new FileInfo(path).Length / 1e6:F0} MB, {what}, in {watch.Elapsed.TotalSeconds:F1} s)";
            return new BenchmarkInput(path, directory, keep, description);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>Deletes the temporary directory this input created, and nothing else.</summary>
    public void Dispose()
    {
        if (_ownDirectory is not null && !_keep && Directory.Exists(_ownDirectory))
        {
            Directory.Delete(_ownDirectory, recursive: true);
        }
    }
}
