using System;
using System.IO;
using System.Reflection;

namespace PolicyAnalyzers.Tool.Cli;

/// <summary>The entry point's logic: the command, its options, and what goes where. Testable without a process.</summary>
internal static class CommandLine
{
    public static string Version { get; } =
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(CommandLine).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <param name="stderrIsTerminal">Whether a person watches stderr: only then is a progress display drawn there.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
    {
        if (args.Length == 0)
        {
            stderr.WriteLine(HelpText.Usage);
            return ExitCodes.Incomplete;
        }

        switch (args[0])
        {
            case "-h" or "--help" or "-?" or "help":
                stdout.WriteLine(HelpText.Full);
                return ExitCodes.Clean;
            case "--version":
                stdout.WriteLine(Version);
                return ExitCodes.Clean;
            case "scan":
                var options = ScanOptions.Parse(args.AsSpan(1).ToArray(), out var error);
                if (options is null)
                {
                    stderr.WriteLine($"policyanalyzers: {error}");
                    stderr.WriteLine("Run 'policyanalyzers --help' for usage.");
                    return ExitCodes.Incomplete;
                }

                if (options.ShowHelp)
                {
                    stdout.WriteLine(HelpText.Full);
                    return ExitCodes.Clean;
                }

                return new ScanCommand(options, stdout, stderr, stderrIsTerminal).Run();
            default:
                stderr.WriteLine($"policyanalyzers: unknown command '{args[0]}'");
                stderr.WriteLine(HelpText.Usage);
                return ExitCodes.Incomplete;
        }
    }
}
