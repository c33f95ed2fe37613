using System;
using System.Globalization;
using System.Linq;
using PolicyAnalyzers.DataFiles.Tests;

namespace PolicyAnalyzers.Tool.Tests;

public class ParallelScanTests
{
    /// <summary>A directory of many files of every kind: rosters, counts, damaged workbooks, in nested folders.</summary>
    private static TempDirectory ManyFiles()
    {
        var dir = new TempDirectory();
        var random = new Random(12);
        for (var i = 0; i < 240; i++)
        {
            var folder = $"region-{i % 7}/year-{2015 + (i % 5)}";
            var name = string.Create(CultureInfo.InvariantCulture, $"{folder}/file-{i:D3}");
            switch (random.Next(4))
            {
                case 0:
                    dir.Write(name + ".csv", Files.Roster);
                    break;
                case 1:
                    // Large enough that files finish out of order on several threads.
                    dir.Write(name + ".csv", string.Concat(Enumerable.Repeat(Files.Counts, 200 + random.Next(2000))));
                    break;
                case 2:
                    dir.WriteBytes(name + ".xlsx", Files.DamagedWorkbook);
                    break;
                default:
                    dir.Write(name + ".txt", $"Detainee name: Maria Lopez, DOB: 1985-03-{1 + (i % 28):D2}, A-Number: A0{i:D8}\n");
                    break;
            }
        }

        return dir;
    }

    [Fact]
    public void ParallelScan_PrintsExactlyWhatASequentialScanPrints()
    {
        using var dir = ManyFiles();

        var sequential = ToolRun.Scan(dir.Path, dir.Path, "--parallel", "1");
        var parallel = ToolRun.Scan(dir.Path, dir.Path, "--parallel", "4");
        var wide = ToolRun.Scan(dir.Path, dir.Path, "--parallel", "16");

        Assert.Equal(1, sequential.ExitCode);
        Assert.True(sequential.Lines.Length > 100, $"{sequential.Lines.Length} findings");
        Assert.Equal(sequential.Stdout, parallel.Stdout);
        Assert.Equal(sequential.Stdout, wide.Stdout);
        Assert.Equal(sequential.ExitCode, parallel.ExitCode);
    }

    [Fact]
    public void ParallelScan_WritesTheSameSarifAndBaselineAsASequentialScan()
    {
        using var dir = ManyFiles();

        ToolRun.Scan(dir.Path, dir.Path, "--parallel", "1", "--sarif", dir.Combine("one.sarif"));
        ToolRun.Scan(dir.Path, dir.Path, "--parallel", "4", "--sarif", dir.Combine("four.sarif"));
        ToolRun.Scan(dir.Path, dir.Path, "--parallel", "1", "--update-baseline", "--baseline", dir.Combine("one.json"));
        ToolRun.Scan(dir.Path, dir.Path, "--parallel", "4", "--update-baseline", "--baseline", dir.Combine("four.json"));

        Assert.Equal(File.ReadAllText(dir.Combine("one.sarif")), File.ReadAllText(dir.Combine("four.sarif")));
        Assert.Equal(File.ReadAllText(dir.Combine("one.json")), File.ReadAllText(dir.Combine("four.json")));
    }

    [Fact]
    public void Findings_ComeInPathOrder()
    {
        using var dir = ManyFiles();

        var run = ToolRun.Scan(dir.Path, dir.Path, "--parallel", "4");

        var files = run.Lines.Select(l => l.Substring(0, l.IndexOfAny(['(', ':'], dir.Path.Length))).ToArray();
        Assert.Equal(files.OrderBy(f => f, StringComparer.Ordinal), files);
    }
}
