using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PolicyAnalyzers.DataFiles;
using PolicyAnalyzers.DataFiles.Scanning;

namespace PolicyAnalyzers.Tool.Cli;

/// <summary>The options of <c>policyanalyzers scan</c>, parsed by hand: a dozen options need no parsing library.</summary>
internal sealed class ScanOptions
{
    /// <summary>The MSBuild task's defaults, and PDF, which the tool reads.</summary>
    public static IReadOnlyList<string> DefaultExtensions { get; } =
        DataFileFormats.TaskDefaultExtensions.Split(';').Append(".pdf").ToArray();

    public static string DefaultExtensionList => string.Join(" ", DefaultExtensions);

    public List<string> Paths { get; } = [];

    public List<string> Excludes { get; } = [];

    /// <summary>Lower-case extensions with their dot.</summary>
    public HashSet<string> Extensions { get; } = new(DefaultExtensions, StringComparer.OrdinalIgnoreCase);

    public string? BaselineFile { get; private set; }

    public bool UpdateBaseline { get; private set; }

    public string? SarifFile { get; private set; }

    public string? Root { get; private set; }

    public int Parallelism { get; private set; } = Environment.ProcessorCount;

    public bool Progress { get; private set; } = true;

    public bool ShowHelp { get; private set; }

    /// <summary>Parses the arguments after "scan"; null with <paramref name="error"/> set when they are wrong.</summary>
    public static ScanOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new ScanOptions();
        var onlyPaths = false;
        var extensionsReplaced = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPaths || !arg.StartsWith("-", StringComparison.Ordinal) || arg == "-")
            {
                options.Paths.Add(arg);
                continue;
            }

            var name = arg;
            string? inline = null;
            var equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 2)
            {
                name = arg.Substring(0, equals);
                inline = arg.Substring(equals + 1);
            }

            string? Value()
            {
                if (inline is not null)
                {
                    return inline;
                }

                return i + 1 < args.Count ? args[++i] : null;
            }

            switch (name)
            {
                case "--":
                    onlyPaths = true;
                    break;
                case "-h" or "--help":
                    options.ShowHelp = true;
                    break;
                case "--update-baseline":
                    options.UpdateBaseline = true;
                    break;
                case "--no-progress":
                    options.Progress = false;
                    break;
                case "--exclude" or "--include-ext" or "--ext" or "--baseline" or "--sarif" or "--root" or "--parallel":
                    var value = Value();
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        error = $"{name} needs a value";
                        return null;
                    }

                    if (!options.Apply(name, value!, ref extensionsReplaced, out error))
                    {
                        return null;
                    }

                    break;
                default:
                    error = $"unknown option '{arg}'";
                    return null;
            }
        }

        if (options.Paths.Count == 0 && !options.ShowHelp)
        {
            error = "name at least one file or directory to scan (policyanalyzers scan PATH...)";
            return null;
        }

        if (options.Extensions.Count == 0)
        {
            error = "--ext leaves no extension to scan";
            return null;
        }

        error = null;
        return options;
    }

    private bool Apply(string name, string value, ref bool extensionsReplaced, out string? error)
    {
        error = null;
        switch (name)
        {
            case "--exclude":
                Excludes.Add(value);
                break;
            case "--include-ext":
                Extensions.Add(NormalizeExtension(value));
                break;
            case "--ext":
                if (!extensionsReplaced)
                {
                    Extensions.Clear();
                    extensionsReplaced = true;
                }

                foreach (var extension in value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (extension.Trim().Length > 0)
                    {
                        Extensions.Add(NormalizeExtension(extension));
                    }
                }

                break;
            case "--baseline":
                BaselineFile = value;
                break;
            case "--sarif":
                SarifFile = value;
                break;
            case "--root":
                Root = value;
                break;
            case "--parallel":
                if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 1)
                {
                    error = $"--parallel needs a whole number of 1 or more, not '{value}'";
                    return false;
                }

                Parallelism = n;
                break;
        }

        return true;
    }

    private static string NormalizeExtension(string extension)
    {
        var trimmed = extension.Trim().ToLowerInvariant();
        return trimmed.StartsWith(".", StringComparison.Ordinal) ? trimmed : "." + trimmed;
    }
}
