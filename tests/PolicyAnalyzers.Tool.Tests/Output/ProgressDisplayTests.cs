using System;
using System.Threading;
using PolicyAnalyzers.Tool.Output;

namespace PolicyAnalyzers.Tool.Tests;

public class ProgressDisplayTests
{
    [Fact]
    public void WhenStderrIsNotATerminal_NothingIsDrawn()
    {
        using var stderr = new StringWriter();
        using (var progress = new ProgressDisplay(false, stderr, 10, 1000, () => (5, 500), TimeSpan.Zero, TimeSpan.FromMilliseconds(1)))
        {
            Thread.Sleep(50);
            Assert.False(progress.HasDrawn);
        }

        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void WhenAScanTakesLongerThanTheDelay_ALineOfCountsIsDrawnAndErasedAtTheEnd()
    {
        using var stderr = new StringWriter();
        using (var progress = new ProgressDisplay(true, stderr, 10, 2_000_000, () => (5, 1_000_000), TimeSpan.Zero, TimeSpan.FromMilliseconds(5)))
        {
            SpinWait.SpinUntil(() => progress.HasDrawn, 5000);
            Assert.True(progress.HasDrawn);
        }

        var written = stderr.ToString();
        Assert.Contains("scanning: 5/10 files, 1/2 MB", written);
        Assert.EndsWith("\r", written); // erased: the terminal is left clean for the summary
    }

    [Fact]
    public void BeforeTheDelay_NothingIsDrawn()
    {
        using var stderr = new StringWriter();
        using (var progress = new ProgressDisplay(true, stderr, 10, 1000, () => (5, 500)))
        {
            Thread.Sleep(100);
            Assert.False(progress.HasDrawn);
        }

        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void TheDelayIsAboutASecondAndAHalf()
    {
        Assert.InRange(ProgressDisplay.Delay.TotalSeconds, 1, 2);
    }
}
