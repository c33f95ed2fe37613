using System.Linq;
using PolicyAnalyzers.Tool.Cli;

namespace PolicyAnalyzers.Tool.Tests;

/// <summary>Runs the tool's command line in process, as the installed command would, capturing both streams.</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] Lines => Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public static ToolRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr, stderrIsTerminal: false);
        return new ToolRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>"policyanalyzers scan" over <paramref name="args"/>, relative to <paramref name="root"/>, without progress.</summary>
    public static ToolRun Scan(string root, params string[] args) =>
        Of(["scan", .. args, "--root", root, "--no-progress"]);
}
