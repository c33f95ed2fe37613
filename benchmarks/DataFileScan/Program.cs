using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using PolicyAnalyzers.DataFiles;
using PolicyAnalyzers.DataFiles.Benchmarks;

// dotnet run -c Release --project benchmarks/DataFileScan -- --size 1GB [--file PATH] [--keep] [--runs 2]
//                                                           --format xlsx [--rows 300000]
long size = 100L * 1024 * 1024;
string format = "csv";
int workbookRows = 300_000;
string? file = null;
bool keep = false;
int runs = 2;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--size":
            size = ParseSize(args[++i]);
            break;
        case "--file":
            file = args[++i];
            break;
        case "--keep":
            keep = true;
            break;
        case "--format":
            format = args[++i].ToLowerInvariant();
            break;
        case "--rows":
            workbookRows = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--runs":
            runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}; use --size 100MB|1GB, --format csv|xlsx, --rows N, --file PATH, --keep, --runs N");
            return 2;
    }
}

if (format == "xlsx")
{
    file ??= Path.Combine(Path.GetTempPath(), $"policyanalyzers-roster-{workbookRows}.xlsx");
    if (!File.Exists(file))
    {
        var generate = Stopwatch.StartNew();
        RosterWorkbookGenerator.Write(file, workbookRows);
        Console.WriteLine($"generated {file}: {new FileInfo(file).Length / 1e6:F0} MB, {workbookRows:N0} rows in a very hidden sheet in {generate.Elapsed.TotalSeconds:F1} s");
    }
}

file ??= Path.Combine(Path.GetTempPath(), $"policyanalyzers-roster-{size / (1024 * 1024)}MB.csv");
if (!File.Exists(file) && !file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
{
    Console.Error.WriteLine($"{file} does not exist; only CSV and XLSX files are generated");
    return 2;
}

if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && (!File.Exists(file) || new FileInfo(file).Length < size * 0.98))
{
    var generate = Stopwatch.StartNew();
    long rows = RosterGenerator.Write(file, size);
    Console.WriteLine($"generated {file}: {new FileInfo(file).Length / 1e6:F0} MB, {rows:N0} rows in {generate.Elapsed.TotalSeconds:F1} s");
}

long bytes = new FileInfo(file).Length;
double megabytes = bytes / 1e6;
Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {RuntimeInfo()}, .NET {Environment.Version}");
Console.WriteLine($"file: {file} ({megabytes:F0} MB)");

// wc -l first: it also brings the file into the page cache, so every timing below reads from memory.
double wcSeconds = TimeProcess("wc", "-l", file, out string wcOutput);
Console.WriteLine($"wc -l: {wcOutput.Trim()} in {wcSeconds:F2} s = {megabytes / wcSeconds:F0} MB/s");

// Run 1 is the first scan of this process, as in a build (the JIT compiles the scanner as it goes); later runs are warm.
var scanner = new DataFileScanner();
for (int run = 1; run <= runs; run++)
{
    GC.Collect();
    long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
    long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    using var sampler = new MemorySampler();
    TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    DataFileScanResult result = scanner.Scan(file);
    watch.Stop();
    double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    sampler.Stop();
    long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    string finding = result.Findings.Count == 0 ? "no finding" : $"{result.Findings[0].Code}, {result.Findings[0].RecordCount:N0} records";
    Console.WriteLine(
        $"scan run {run}: {watch.Elapsed.TotalSeconds:F2} s = {megabytes / watch.Elapsed.TotalSeconds:F0} MB/s single-threaded (process CPU {cpuSeconds:F2} s = {megabytes / cpuSeconds:F0} MB/s of CPU; {scanner.LastRecordsRead:N0} records, {finding}); "
        + $"managed heap before {heapBefore / 1e6:F1} MB, peak sampled {sampler.PeakManagedBytes / 1e6:F1} MB; allocated {allocated / 1e6:F1} MB; "
        + $"process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
}

// Where the time goes (CSV only, after the scans so that run 1 above is a first scan): decoding the text alone, then
// splitting it into records without detection.
bool isCsv = string.Equals(Path.GetExtension(file), ".csv", StringComparison.OrdinalIgnoreCase);
for (int pass = 1; isCsv && pass <= 2; pass++)
{
    var watch = Stopwatch.StartNew();
    using (TextReader text = TextFileOpener.Open(file))
    {
        var buffer = new char[65536];
        while (text.Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    Console.WriteLine($"pass {pass}, decode only (UTF-8 to chars): {watch.Elapsed.TotalSeconds:F2} s = {megabytes / watch.Elapsed.TotalSeconds:F0} MB/s");
    watch.Restart();
    long records = 0;
    using (var reader = new CsvRecordReader(TextFileOpener.Open(file)))
    {
        // Rows are split on demand: FieldCount splits every field, as a scan without early settling would.
        while (reader.TryRead(out DataRecord? record))
        {
            records += record.FieldCount > 0 ? 1 : 0;
        }
    }

    Console.WriteLine($"pass {pass}, CSV split into every field (no detection): {watch.Elapsed.TotalSeconds:F2} s = {megabytes / watch.Elapsed.TotalSeconds:F0} MB/s ({records:N0} records)");
}

if (!keep)
{
    File.Delete(file);
}

return 0;

static long ParseSize(string text)
{
    text = text.Trim().ToUpperInvariant();
    long unit = text.EndsWith("GB", StringComparison.Ordinal) ? 1L << 30 : text.EndsWith("MB", StringComparison.Ordinal) ? 1L << 20 : 1;
    return (long)(double.Parse(text.TrimEnd('G', 'M', 'B'), CultureInfo.InvariantCulture) * unit);
}

static double TimeProcess(string program, string argument1, string argument2, out string output)
{
    var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
    start.ArgumentList.Add(argument1);
    start.ArgumentList.Add(argument2);
    var watch = Stopwatch.StartNew();
    using Process process = Process.Start(start)!;
    output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return watch.Elapsed.TotalSeconds;
}

static string RuntimeInfo()
{
    try
    {
        foreach (string line in File.ReadLines("/proc/cpuinfo"))
        {
            if (line.StartsWith("model name", StringComparison.Ordinal))
            {
                return line.Substring(line.IndexOf(':') + 1).Trim();
            }
        }
    }
    catch (IOException)
    {
    }

    return System.Runtime.InteropServices.RuntimeInformation.OSDescription;
}

/// <summary>Samples the managed heap every 50 ms while a scan runs: a flat line means memory does not grow with file size.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public MemorySampler()
    {
        _timer = new Timer(_ => Sample(), null, 0, 50);
    }

    public long PeakManagedBytes => Interlocked.Read(ref _peak);

    public void Stop()
    {
        _timer.Change(Timeout.Infinite, Timeout.Infinite);
        Sample();
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        long now = GC.GetTotalMemory(forceFullCollection: false);
        long seen;
        do
        {
            seen = Interlocked.Read(ref _peak);
        }
        while (now > seen && Interlocked.CompareExchange(ref _peak, now, seen) != seen);
    }
}
