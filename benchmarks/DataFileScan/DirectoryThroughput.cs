using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PolicyAnalyzers.Tool;
using PolicyAnalyzers.Tool.Cli;

namespace PolicyAnalyzers.DataFiles.Benchmarks;

/// <summary>
/// The command-line tool's throughput on a directory of many files, on 1 and 2 cores (<c>--parallel 1</c> and 2):
/// generates rosters in a temporary directory of its own, runs the tool's command in process (after
/// one warm-up run), alternating the two settings, and deletes the directory.
/// </summary>
public static class DirectoryThroughput
{
    public static void Run(TextWriter output, long totalBytes, int files, int runs)
    {
        var directory = Directory.CreateTempSubdirectory("policyanalyzers-bench-dir-").FullName;
        try
        {
            var perFile = Math.Max(64 * 1024, totalBytes / files);
            for (var i = 0; i < files; i++)
            {
                // Rosters only: every row is judged, the worst case, comparable with the single-file scan.
                var path = Path.Combine(directory, $"region-{i % 8}", $"file-{i:D4}.csv");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                RosterGenerator.Write(path, perFile);
            }

            var bytes = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            output.WriteLine($"directory: {files} CSV files, {bytes / 1e6:F0} MB (rosters), scanned by policyanalyzers scan in process");
            Scan(directory, 2); // warm-up: JIT and page cache
            var timings = new Dictionary<int, List<(double Wall, double Cpu)>> { [1] = [], [2] = [] };
            for (var run = 0; run < runs; run++)
            {
                foreach (var parallel in new[] { 1, 2 })
                {
                    timings[parallel].Add(Scan(directory, parallel));
                }
            }

            foreach ((var parallel, var seconds) in timings)
            {
                var wall = seconds.Select(s => s.Wall).OrderBy(s => s).ElementAt(seconds.Count / 2);
                var cpu = seconds.Select(s => s.Cpu).OrderBy(s => s).ElementAt(seconds.Count / 2);
                output.WriteLine(
                    $"tool --parallel {parallel}: median {wall:F2} s = {bytes / 1e6 / wall:F0} MB/s wall ({cpu:F2} s of CPU) over {seconds.Count} runs "
                    + $"({string.Join(", ", seconds.Select(s => $"{s.Wall:F2} s"))})");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static (double Wall, double Cpu) Scan(string directory, int parallel)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var exit = CommandLine.Run(["scan", directory, "--parallel", parallel.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-progress"], TextWriter.Null, TextWriter.Null, stderrIsTerminal: false);
        watch.Stop();
        if (exit != 1)
        {
            throw new InvalidOperationException($"the tool exited {exit}, not 1, on a directory that holds rosters");
        }

        return (watch.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
    }
}
