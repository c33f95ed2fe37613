using System;
using System.Collections;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>Runs the real dotnet CLI on a scratch project, isolated from the test host's MSBuild environment.</summary>
internal static class DotnetCli
{
    public static string[] Lines(string output, string text) =>
        output.Split('\n').Where(l => l.Contains(text, StringComparison.Ordinal)).ToArray();

    public static (int ExitCode, string Output) Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var verb = arguments.Length > 0 && !arguments[0].StartsWith('-') ? arguments[0] : "build";
        start.ArgumentList.Add(verb);
        foreach (var argument in arguments.SkipWhile(a => a == verb).Concat(["-nodeReuse:false", "-nologo", "-p:UseSharedCompilation=false", "-clp:NoSummary"]))
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild's environment; a child build must not inherit its MSBuild settings.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        Task stdout = Task.Run(() => output.Append(process.StandardOutput.ReadToEnd()));
        var stderr = Task.Run(() => process.StandardError.ReadToEnd());
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build did not finish in 3 minutes:\n" + output);
        }

        Task.WaitAll(stdout, stderr);
        return (process.ExitCode, output + stderr.Result);
    }

    /// <summary>The repository's data-file targets, which scratch projects import as the package would.</summary>
    public static string DataFileTargets =>
        Path.Combine(FindRepositoryRoot(), "src", "PolicyAnalyzers.Package", "build", "PolicyAnalyzers.DataFiles.targets");

    /// <summary>The task assembly this test project was built with.</summary>
    public static string TaskAssembly => Path.Combine(AppContext.BaseDirectory, "PolicyAnalyzers.Tasks.dll");

    /// <summary>
    /// Empty Directory.Build.props, Directory.Build.targets and Directory.Packages.props in a scratch project's folder,
    /// so that the repository's own settings, found by walking up from a temp folder's parents, cannot leak into it.
    /// </summary>
    public static void IsolateFromRepository(TempDirectory dir)
    {
        dir.Write("Directory.Build.props", "<Project />");
        dir.Write("Directory.Build.targets", "<Project />");
        dir.Write("Directory.Packages.props", "<Project />");
    }

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PolicyAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
