using System;
using PolicyAnalyzers.DataFiles.Benchmarks;
using PolicyAnalyzers.DataFiles.Tests;

namespace PolicyAnalyzers.Tool.Tests;

/// <summary>benchmarks/DataFileScan once overwrote a real CSV smaller than --size with a generated roster, scanned it
/// and deleted it. A benchmark must never write or delete a file it did not create.</summary>
public class BenchmarkFileSafetyTests
{
    [Fact]
    public void AnExistingFileSmallerThanSize_IsScannedAndLeftExactlyAsItWas()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("real-export.csv", "Nationality,Detained\nEL SALVADOR,120\nHONDURAS,98\n");
        File.SetLastWriteTimeUtc(path, new DateTime(2020, 5, 1, 12, 0, 0, DateTimeKind.Utc));
        var before = File.ReadAllBytes(path);
        using var output = new StringWriter();

        var exit = Benchmark.Run(["--file", path, "--size", "1MB", "--runs", "2", "--first-scans", "0", "--directory-mb", "0"], output);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(path));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(new DateTime(2020, 5, 1, 12, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(path));
        Assert.Equal(["real-export.csv"], Array.ConvertAll(Directory.GetFiles(dir.Path), f => Path.GetFileName(f)));
        Assert.Contains("existing file, read only", output.ToString());
        Assert.Contains("warm scan 2", output.ToString());
    }

    [Fact]
    public void AFileThatDoesNotExist_IsNotCreated()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("typo.csv");
        using var output = new StringWriter();

        var exit = Benchmark.Run(["--file", path, "--first-scans", "0", "--directory-mb", "0"], output);

        Assert.Equal(2, exit);
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public void AnExistingInput_IsNeverDeleted()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("keep-me.csv", "a,b\n1,2\n");

        BenchmarkInput.Existing(path).Dispose();

        Assert.True(File.Exists(path));
        Assert.Equal("a,b\n1,2\n", File.ReadAllText(path));
    }

    [Fact]
    public void AGeneratedInput_LivesInADirectoryOfItsOwn_WhichIsAllThatIsDeleted()
    {
        string path;
        string directory;
        using (var input = BenchmarkInput.Generate("csv", 200 * 1024, 0, keep: false))
        {
            path = input.Path;
            directory = Path.GetDirectoryName(path)!;
            Assert.True(input.IsGenerated);
            Assert.True(new FileInfo(path).Length >= 200 * 1024);
            Assert.StartsWith("policyanalyzers-bench-", Path.GetFileName(directory));
            Assert.Equal([path], Directory.GetFiles(directory));
        }

        Assert.False(File.Exists(path));
        Assert.False(Directory.Exists(directory));
        Assert.True(Directory.Exists(Path.GetDirectoryName(directory)));
    }

    [Fact]
    public void TheGenerators_RefuseToOverwriteAFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("roster.csv", "precious");

        Assert.Throws<IOException>(() => RosterGenerator.Write(path, 1024));
        Assert.Throws<IOException>(() => RosterWorkbookGenerator.Write(dir.Write("roster.xlsx", "precious"), 10));

        Assert.Equal("precious", File.ReadAllText(path));
    }
}
