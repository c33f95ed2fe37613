using System;
using System.Collections.Generic;
using System.IO;
using PolicyAnalyzers.DataFiles.Caching;

namespace PolicyAnalyzers.DataFiles.Scanning;

/// <summary>
/// Scans one file, answering from the cache when the file is unchanged. Never throws: whatever goes wrong becomes a
/// PA1003 finding, so one file's trouble cannot hide the others' findings, crash a build or stop the tool.
/// </summary>
internal static class CachedFileScan
{
    /// <param name="cache">Remembered findings, or null to always read (the command-line tool).</param>
    /// <param name="fileRead">Whether the file was read rather than answered from the cache.</param>
    /// <param name="textForUnknownExtensions">Read a file whose extension names no format as text, rather than skip it
    /// (the tool, when a user adds such an extension).</param>
    public static IReadOnlyList<DataFileFinding> Run(
        DataFileScanner scanner, string fullPath, ScanCache? cache, out bool fileRead, bool textForUnknownExtensions = false)
    {
        fileRead = false;
        try
        {
            var file = new FileInfo(fullPath);
            if (!file.Exists)
            {
                return [DataFileFinding.NotScanned("the file does not exist (was it deleted or not yet generated?)")];
            }

            // Read the stamp before the content: a file changed during the scan gets a new stamp and is read again.
            var length = file.Length;
            var lastWriteTicks = file.LastWriteTimeUtc.Ticks;
            if (cache is not null && cache.TryGet(fullPath, length, lastWriteTicks, out var cached))
            {
                return cached;
            }

            fileRead = true;
            var format = DataFileFormats.FromPath(fullPath);
            if (format == DataFileFormat.Unsupported && textForUnknownExtensions)
            {
                format = DataFileFormat.Text;
            }

            var result = scanner.Scan(fullPath, format);
            if (cache is not null && result.IsCacheable)
            {
                cache.Set(fullPath, length, lastWriteTicks, result.Findings);
            }

            return result.Findings;
        }
#pragma warning disable CA1031 // One file's trouble must not hide the others' findings or crash the build.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return [DataFileFinding.NotScanned($"the scanner failed ({ex.GetType().Name}); please report this")];
        }
    }
}
