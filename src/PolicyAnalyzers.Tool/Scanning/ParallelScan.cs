using System;
using System.Collections.Generic;
using System.Threading;
using PolicyAnalyzers.DataFiles;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.Tool.Scanning;

/// <summary>
/// Scans files on several threads and hands back each file's findings in the files' order, as soon as every file
/// before it is done: the output is the same, line for line, as a scan on one thread. Workers take the next file as
/// they finish one, so a large file does not hold up the others.
/// </summary>
internal sealed class ParallelScan
{
    private readonly IReadOnlyList<ScanTarget> _targets;
    private readonly int _parallelism;
    private readonly Func<DataFileScanner> _newScanner;
    private readonly IReadOnlyList<DataFileFinding>?[] _results;
    private readonly object _gate = new();
    private int _next = -1;
    private Exception? _failure;

    public ParallelScan(IReadOnlyList<ScanTarget> targets, int parallelism, Func<DataFileScanner> newScanner)
    {
        _targets = targets;
        _parallelism = Math.Max(1, Math.Min(parallelism, Math.Max(1, targets.Count)));
        _newScanner = newScanner;
        _results = new IReadOnlyList<DataFileFinding>?[targets.Count];
    }

    /// <summary>Files finished so far and their bytes, for the progress display.</summary>
    public int FilesDone => Volatile.Read(ref _filesDone);

    public long BytesDone => Interlocked.Read(ref _bytesDone);

    private int _filesDone;
    private long _bytesDone;

    /// <summary>Runs the scan; calls <paramref name="onFile"/> on this thread for each file, in order.</summary>
    public void Run(Action<ScanTarget, IReadOnlyList<DataFileFinding>> onFile)
    {
        var workers = new List<Thread>();
        for (var w = 0; w < _parallelism; w++)
        {
            var worker = new Thread(Work) { IsBackground = true, Name = $"policyanalyzers scan {w + 1}" };
            worker.Start();
            workers.Add(worker);
        }

        for (var i = 0; i < _results.Length; i++)
        {
            IReadOnlyList<DataFileFinding> findings;
            lock (_gate)
            {
                while (_results[i] is null && _failure is null)
                {
                    Monitor.Wait(_gate);
                }

                if (_failure is not null)
                {
                    throw new InvalidOperationException("a scan worker failed", _failure);
                }

                findings = _results[i]!;
                _results[i] = Array.Empty<DataFileFinding>(); // let the findings go once handed over
            }

            onFile(_targets[i], findings);
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }
    }

    private void Work()
    {
        try
        {
            var scanner = _newScanner();
            while (true)
            {
                var index = Interlocked.Increment(ref _next);
                if (index >= _targets.Count)
                {
                    return;
                }

                var target = _targets[index];
                var findings = Scan(scanner, target);
                Interlocked.Add(ref _bytesDone, target.Length);
                Interlocked.Increment(ref _filesDone);
                lock (_gate)
                {
                    _results[index] = findings;
                    Monitor.PulseAll(_gate);
                }
            }
        }
#pragma warning disable CA1031 // Handed to the main thread, which fails loudly.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            lock (_gate)
            {
                _failure = ex;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private static IReadOnlyList<DataFileFinding> Scan(DataFileScanner scanner, ScanTarget target)
    {
        if (target.ListingProblem is not null)
        {
            return [DataFileFinding.NotScanned($"the directory could not be listed ({target.ListingProblem})")];
        }

        if (target.IsMissing)
        {
            return [DataFileFinding.NotScanned("no such file or directory")];
        }

        // Only extensions a user added reach here without a format of their own: read them as text.
        return CachedFileScan.Run(scanner, target.FullPath, cache: null, out _, textForUnknownExtensions: true);
    }
}
