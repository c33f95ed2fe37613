using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using PolicyAnalyzers.DataFiles.Caching;
using PolicyAnalyzers.DataFiles.Detection;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.DataFiles.Baseline;

/// <summary>
/// A stable identity for a finding that holds no personal data: a hash of the rule, the file's project-relative path,
/// the sheet, the protected type, the set of columns and the order of magnitude of the record count. It survives
/// edits that do not change what the finding is (rows added within the same order of magnitude, rows reordered,
/// the first record moving), and changes when the file leaks more (new columns, ten times the records).
/// </summary>
internal static class FindingFingerprint
{
    private const string Version = "1";

    /// <param name="relativePath">The file's path relative to the project, as <see cref="NormalizePath"/> makes it.</param>
    public static string Compute(string relativePath, DataFileFinding finding)
    {
        var columns = string.Join(
            ",",
            finding.Columns.Select(ProtectedTypeShape.Normalize).OrderBy(c => c, StringComparer.Ordinal));
        string reason = new(finding.Reason.Where(c => !char.IsDigit(c)).ToArray());
        var identity = string.Join(
            "\u001F",
            Version,
            finding.Code,
            relativePath.ToLowerInvariant(),
            finding.Position.PartKind,
            finding.Position.PartName,
            finding.TypeName,
            columns,
            Magnitude(finding.RecordCount),
            reason);
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(identity));
        var hex = new StringBuilder(32);
        for (var i = 0; i < 16; i++)
        {
            hex.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>0, 1 (1-9 records), 2 (10-99), 3 (100-999)...</summary>
    public static int Magnitude(int count)
    {
        var digits = 0;
        for (var n = count; n > 0; n /= 10)
        {
            digits++;
        }

        return digits;
    }

    /// <summary>
    /// The path relative to the project with '/' separators ("wwwroot/data/x.csv", "../Model/seed/x.csv" for a
    /// referenced project's file that reaches the publish folder), so fingerprints match on every machine; the full
    /// path only when the file is on another drive.
    /// </summary>
    public static string NormalizePath(string fullPath, string? projectDirectory)
    {
        var path = fullPath.Replace('\\', '/');
        if (string.IsNullOrEmpty(projectDirectory))
        {
            return path;
        }

        var comparison = ScanCache.PathComparer == StringComparer.Ordinal
            ? StringComparison.Ordinal
            : StringComparison.OrdinalIgnoreCase;
        var target = path.Split('/');
        var root = projectDirectory!.Replace('\\', '/').TrimEnd('/').Split('/');
        var common = 0;
        while (common < target.Length - 1 && common < root.Length && string.Equals(target[common], root[common], comparison))
        {
            common++;
        }

        if (common == 0)
        {
            return path; // another drive or share
        }

        var parts = new System.Collections.Generic.List<string>();
        for (var i = common; i < root.Length; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < target.Length; i++)
        {
            parts.Add(target[i]);
        }

        return string.Join("/", parts);
    }
}
