using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace PolicyAnalyzers.Tool.Output;

/// <summary>
/// One line on stderr, redrawn in place, while a scan that has run longer than <see cref="Delay"/> goes on: files and
/// megabytes done, and the rate. Drawn only for a person at a terminal; never names a file (a name can be personal
/// data too). Whoever writes to the terminal meanwhile clears it first through <see cref="Clear"/>, under <see cref="Lock"/>.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.5);

    private readonly TextWriter _stderr;
    private readonly Func<(int Files, long Bytes)> _done;
    private readonly int _totalFiles;
    private readonly long _totalBytes;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private int _drawnLength;

    public ProgressDisplay(bool enabled, TextWriter stderr, int totalFiles, long totalBytes, Func<(int Files, long Bytes)> done, TimeSpan? delay = null, TimeSpan? interval = null)
    {
        _stderr = stderr;
        _done = done;
        _totalFiles = totalFiles;
        _totalBytes = totalBytes;
        if (enabled)
        {
            _timer = new Timer(_ => Draw(), null, delay ?? Delay, interval ?? TimeSpan.FromMilliseconds(250));
        }
    }

    public object Lock { get; } = new();

    /// <summary>Whether a line was ever drawn (tests).</summary>
    public bool HasDrawn { get; private set; }

    /// <summary>Erases the line; call under <see cref="Lock"/> before writing anything else to the terminal.</summary>
    public void Clear()
    {
        if (_drawnLength > 0)
        {
            _stderr.Write("\r" + new string(' ', _drawnLength) + "\r");
            _stderr.Flush();
            _drawnLength = 0;
        }
    }

    public void Dispose()
    {
        if (_timer is not null)
        {
            using var stopped = new ManualResetEvent(false);
            _timer.Dispose(stopped);
            stopped.WaitOne();
        }

        lock (Lock)
        {
            Clear();
        }
    }

    internal string Describe()
    {
        (var files, var bytes) = _done();
        var seconds = Math.Max(0.001, _watch.Elapsed.TotalSeconds);
        return string.Format(
            CultureInfo.InvariantCulture,
            "scanning: {0:N0}/{1:N0} files, {2:N0}/{3:N0} MB, {4:N0} MB/s",
            files,
            _totalFiles,
            bytes / 1e6,
            _totalBytes / 1e6,
            bytes / 1e6 / seconds);
    }

    private void Draw()
    {
        lock (Lock)
        {
            var line = Describe();
            _stderr.Write("\r" + line + (line.Length < _drawnLength ? new string(' ', _drawnLength - line.Length) : string.Empty));
            _stderr.Flush();
            _drawnLength = Math.Max(line.Length, _drawnLength);
            HasDrawn = true;
        }
    }
}
