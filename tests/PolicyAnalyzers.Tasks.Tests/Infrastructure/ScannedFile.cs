using System.Text;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>What the scanner makes of one file, written into a directory of its own that is deleted afterwards.</summary>
internal static class ScannedFile
{
    /// <summary>Scans <paramref name="content"/> saved as <paramref name="relativePath"/> (UTF-8 without a BOM unless told).</summary>
    public static DataFileScanResult Text(string relativePath, string content, Encoding? encoding = null)
    {
        using var dir = new TempDirectory();
        return new DataFileScanner().Scan(dir.Write(relativePath, content, encoding));
    }

    /// <summary>Scans <paramref name="content"/> saved as <paramref name="relativePath"/>.</summary>
    public static DataFileScanResult Bytes(string relativePath, byte[] content)
    {
        using var dir = new TempDirectory();
        return new DataFileScanner().Scan(dir.WriteBytes(relativePath, content));
    }
}
