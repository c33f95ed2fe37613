using System;
using System.Threading;

namespace PolicyAnalyzers.DataFiles.Benchmarks;

/// <summary>Samples the managed heap every 50 ms while a scan runs: a flat line means memory does not grow with file size.</summary>
public sealed class MemorySampler : IDisposable
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
        var now = GC.GetTotalMemory(forceFullCollection: false);
        long seen;
        do
        {
            seen = Interlocked.Read(ref _peak);
        }
        while (now > seen && Interlocked.CompareExchange(ref _peak, now, seen) != seen);
    }
}
