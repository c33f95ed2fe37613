using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Benchmarks;

/// <summary>
/// The data-file scan's throughput: the first scan of a fresh process (what one build or one tool run pays, JIT
/// included), warm scans in one process, where the time goes (CSV), memory, and the command-line tool's directory
/// throughput on 1 and 2 cores. See README.md. Writes only inside temporary directories it creates.
/// </summary>
public static class Benchmark
{
    private const string FirstScanMode = "--first-scan-of";

    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length == 2 && args[0] == FirstScanMode)
        {
            return FirstScanInThisProcess(args[1], output);
        }

        var options = new Options();
        if (!options.Parse(args, out var error))
        {
            output.WriteLine(error);
            output.WriteLine("use --size 100MB|1GB, --format csv|xlsx, --rows N, --file PATH, --keep, --runs N, --first-scans N, --directory-mb N (0: skip), --directory-files N");
            return 2;
        }

        BenchmarkInput input;
        try
        {
            input = options.File is not null
                ? BenchmarkInput.Existing(options.File)
                : BenchmarkInput.Generate(options.Format, options.Size, options.WorkbookRows, options.Keep);
        }
        catch (FileNotFoundException ex)
        {
            output.WriteLine(ex.Message);
            return 2;
        }

        using (input)
        {
            Measure(input, options, output);
            if (input.IsGenerated && options.Keep)
            {
                output.WriteLine($"kept {input.Path}; pass it with --file to scan it again (it is then only read)");
            }
        }

        if (options.DirectoryBytes > 0)
        {
            DirectoryThroughput.Run(output, options.DirectoryBytes, options.DirectoryFiles, options.Runs);
        }

        return 0;
    }

    private static void Measure(BenchmarkInput input, Options options, TextWriter output)
    {
        var file = input.Path;
        var bytes = new FileInfo(file).Length;
        var megabytes = bytes / 1e6;
        output.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {CpuName()}, .NET {Environment.Version}");
        output.WriteLine($"file: {input.Description}, {megabytes:F0} MB");

        // wc -l first: it also brings the file into the page cache, so every timing below reads from memory.
        if (TryTimeProcess("wc", ["-l", file], out var wcSeconds, out var wcOutput))
        {
            output.WriteLine($"wc -l: {wcOutput.Trim()} in {wcSeconds:F2} s = {megabytes / wcSeconds:F0} MB/s");
        }

        // The first scan of a fresh process, as one build or one run of the tool pays it: JIT and tiering included.
        var firstScans = new List<(double Wall, double Cpu)>();
        for (var i = 0; i < options.FirstScans; i++)
        {
            if (TryTimeProcess(Environment.ProcessPath!, [.. SelfArguments(), FirstScanMode, file], out _, out var child)
                && child.Trim().Split(' ') is [string wallText, string cpuText]
                && double.TryParse(wallText, NumberStyles.Float, CultureInfo.InvariantCulture, out var wall)
                && double.TryParse(cpuText, NumberStyles.Float, CultureInfo.InvariantCulture, out var cpu))
            {
                firstScans.Add((wall, cpu));
            }
        }

        if (firstScans.Count > 0)
        {
            var wall = firstScans.Select(s => s.Wall).OrderBy(s => s).ElementAt(firstScans.Count / 2);
            var cpu = firstScans.Select(s => s.Cpu).OrderBy(s => s).ElementAt(firstScans.Count / 2);
            output.WriteLine(
                $"first scan in a fresh process: median {wall:F2} s = {megabytes / wall:F0} MB/s wall, {cpu:F2} s = {megabytes / cpu:F0} MB/s of CPU, "
                + $"over {firstScans.Count} processes ({string.Join(", ", firstScans.Select(s => $"{megabytes / s.Wall:F0}/{megabytes / s.Cpu:F0}"))} MB/s wall/CPU)");
        }

        var scanner = new DataFileScanner();
        for (var run = 1; run <= options.Runs; run++)
        {
            GC.Collect();
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            using var sampler = new MemorySampler();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = scanner.Scan(file);
            watch.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            sampler.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var finding = result.Findings.Count == 0 ? "no finding" : $"{result.Findings[0].Code}, {result.Findings[0].RecordCount:N0} records";
            var label = run == 1 ? "scan 1 in this process" : $"warm scan {run}";
            output.WriteLine(
                $"{label}: {watch.Elapsed.TotalSeconds:F2} s = {megabytes / watch.Elapsed.TotalSeconds:F0} MB/s single-threaded (process CPU {cpuSeconds:F2} s = {megabytes / cpuSeconds:F0} MB/s of CPU; {scanner.LastRecordsRead:N0} records, {finding}); "
                + $"managed heap before {heapBefore / 1e6:F1} MB, peak sampled {sampler.PeakManagedBytes / 1e6:F1} MB; allocated {allocated / 1e6:F1} MB; "
                + $"process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        }

        if (string.Equals(Path.GetExtension(file), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            Breakdown(file, megabytes, output);
        }
    }

    /// <summary>Where the time goes: decoding the text alone, then splitting it into records (warm).</summary>
    private static void Breakdown(string file, double megabytes, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        using (var text = TextFileOpener.Open(file))
        {
            var buffer = new char[65536];
            while (text.Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }

        output.WriteLine($"decode only (UTF-8 to chars): {watch.Elapsed.TotalSeconds:F2} s = {megabytes / watch.Elapsed.TotalSeconds:F0} MB/s");
        watch.Restart();
        long records = 0;
        using (var reader = new CsvRecordReader(TextFileOpener.Open(file)))
        {
            // Rows are split on demand: FieldCount splits every field, as a scan without early settling would.
            while (reader.TryRead(out var record))
            {
                records += record.FieldCount > 0 ? 1 : 0;
            }
        }

        output.WriteLine($"CSV split into every field (no detection): {watch.Elapsed.TotalSeconds:F2} s = {megabytes / watch.Elapsed.TotalSeconds:F0} MB/s ({records:N0} records)");
    }

    /// <summary>The child process: one scan; its wall and CPU seconds on stdout.</summary>
    private static int FirstScanInThisProcess(string file, TextWriter output)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        new DataFileScanner().Scan(file);
        var wall = watch.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wall:R} {cpu:R}"));
        return 0;
    }

    /// <summary>How to start this benchmark again: the apphost alone, or "dotnet DataFileScan.dll".</summary>
    private static string[] SelfArguments() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? [typeof(Benchmark).Assembly.Location] : [];

    private static bool TryTimeProcess(string program, string[] arguments, out double seconds, out string stdout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        try
        {
            using var process = Process.Start(start)!;
            stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            seconds = watch.Elapsed.TotalSeconds;
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            seconds = 0;
            stdout = string.Empty;
            return false;
        }
    }

    private static string CpuName()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null)
            {
                return line.Substring(line.IndexOf(':') + 1).Trim();
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return System.Runtime.InteropServices.RuntimeInformation.OSDescription;
    }

    private sealed class Options
    {
        public long Size { get; private set; } = 100L * 1024 * 1024;

        public string Format { get; private set; } = "csv";

        public int WorkbookRows { get; private set; } = 300_000;

        public string? File { get; private set; }

        public bool Keep { get; private set; }

        public int Runs { get; private set; } = 3;

        public int FirstScans { get; private set; } = 3;

        public long DirectoryBytes { get; private set; } = 100L * 1024 * 1024;

        public int DirectoryFiles { get; private set; } = 40;

        public bool Parse(string[] args, out string? error)
        {
            error = null;
            for (var i = 0; i < args.Length; i++)
            {
                var name = args[i];
                if (name == "--keep")
                {
                    Keep = true;
                    continue;
                }

                if (i + 1 >= args.Length)
                {
                    error = $"{name} needs a value";
                    return false;
                }

                var value = args[++i];
                switch (name)
                {
                    case "--size":
                        Size = ParseSize(value);
                        break;
                    case "--file":
                        File = value;
                        break;
                    case "--format":
                        Format = value.ToLowerInvariant();
                        break;
                    case "--rows":
                        WorkbookRows = int.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "--runs":
                        Runs = int.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "--first-scans":
                        FirstScans = int.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "--directory-mb":
                        DirectoryBytes = ParseSize(value + "MB");
                        break;
                    case "--directory-files":
                        DirectoryFiles = int.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    default:
                        error = $"unknown argument {name}";
                        return false;
                }
            }

            return true;
        }

        private static long ParseSize(string text)
        {
            text = text.Trim().ToUpperInvariant();
            var unit = text.EndsWith("GB", StringComparison.Ordinal) ? 1L << 30 : text.EndsWith("MB", StringComparison.Ordinal) ? 1L << 20 : 1;
            return (long)(double.Parse(text.TrimEnd('G', 'M', 'B'), CultureInfo.InvariantCulture) * unit);
        }
    }
}
