using System.Linq;
using System.Text.RegularExpressions;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>Formats the scanner knows can hold records but does not read: reported as PA1003, never passed as clean.</summary>
public class UnreadFormatTests
{
    [Theory]
    [InlineData("roster.xlsb", "Excel binary workbook (.xlsb)")]
    [InlineData("intake-scan.png", "format not read: an image")]
    [InlineData("intake-scan.jpg", "format not read: an image")]
    [InlineData("intake-scan.tif", "format not read: an image")]
    [InlineData("minutes.odt", "OpenDocument text (.odt)")]
    public void WhenAFormatIsNotRead_ReportsPA1003Saying(string name, string reason)
    {
        var finding = Assert.Single(ScannedFile.Bytes(name, [1, 2, 3, 4, 5, 6, 7, 8]).Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains(reason, finding.Reason);
    }

    [Fact]
    public void WhenThereIsNoPdfReader_APdfIsReportedAsForTheTool()
    {
        var finding = Assert.Single(ScannedFile.Text("report.pdf", "%PDF-1.4\n%%EOF\n").Findings);

        Assert.Equal("PA1003", finding.Code);
        Assert.Contains("PDF is not read by the build", finding.Reason);
        Assert.Contains("policyanalyzers scan", finding.Reason);
    }

    [Fact]
    public void TheTargetsDefaultExtensions_AreTheScannersList()
    {
        var targets = File.ReadAllText(DotnetCli.DataFileTargets);

        var value = Regex.Match(targets, @"<PolicyAnalyzersDataFileExtensions Condition=""[^""]*"">([^<]*)<");

        Assert.Equal(DataFileFormats.TaskDefaultExtensions, value.Groups[1].Value);
    }

    [Fact]
    public void EveryDefaultExtension_NamesAFormat()
    {
        Assert.All(
            DataFileFormats.TaskDefaultExtensions.Split(';'),
            extension => Assert.NotEqual(DataFileFormat.Unsupported, DataFileFormats.FromPath("file" + extension)));
        Assert.DoesNotContain(".pdf", DataFileFormats.TaskDefaultExtensions.Split(';'));
        Assert.DoesNotContain(".png", DataFileFormats.TaskDefaultExtensions.Split(';'));
    }
}
