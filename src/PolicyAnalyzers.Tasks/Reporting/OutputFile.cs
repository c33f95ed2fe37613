using System.IO;
using System.Text;

namespace PolicyAnalyzers.DataFiles.Reporting;

/// <summary>Writes the scan's own outputs (baseline, SARIF): UTF-8 without a byte order mark, only when they change.</summary>
internal static class OutputFile
{
    /// <summary>
    /// Writes <paramref name="content"/> unless the file already holds it, so incremental builds see no change.
    /// Returns whether it wrote. Throws the usual I/O exceptions.
    /// </summary>
    public static bool WriteIfChanged(string fullPath, string content)
    {
        if (File.Exists(fullPath) && File.ReadAllText(fullPath, Encoding.UTF8) == content)
        {
            return false;
        }

        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory!);
        }

        File.WriteAllText(fullPath, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return true;
    }
}
