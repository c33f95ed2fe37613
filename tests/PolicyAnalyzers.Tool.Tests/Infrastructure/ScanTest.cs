using PolicyAnalyzers.DataFiles.Tests;

namespace PolicyAnalyzers.Tool.Tests;

/// <summary>
/// Base of the tests that scan a project tree: xUnit makes one instance per test, so each test gets a fresh
/// <see cref="Root"/> to write its files in, deleted after it.
/// </summary>
public abstract class ScanTest : System.IDisposable
{
    private protected TempDirectory Root { get; } = new();

    /// <summary>"policyanalyzers scan" over <paramref name="args"/>, relative to <see cref="Root"/>.</summary>
    private protected ToolRun Scan(params string[] args) => ToolRun.Scan(Root.Path, args);

    public void Dispose()
    {
        Root.Dispose();
        System.GC.SuppressFinalize(this);
    }
}
