using System;
using PolicyAnalyzers.Tool.Cli;

namespace PolicyAnalyzers.Tool;

internal static class Program
{
    private static int Main(string[] args) =>
        CommandLine.Run(args, Console.Out, Console.Error, stderrIsTerminal: !Console.IsErrorRedirected);
}
