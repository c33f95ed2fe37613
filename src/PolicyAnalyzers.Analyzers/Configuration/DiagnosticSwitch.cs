using System.Threading;
using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Configuration;

/// <summary>
/// Whether a diagnostic is turned off for every file of a compilation (by /nowarn, a rule set, a global config or
/// .editorconfig), so that the work only it needs can be skipped. Conservative: whatever it cannot see (such as
/// severities set by category) leaves the diagnostic on.
/// </summary>
internal static class DiagnosticSwitch
{
    public static bool IsOffEverywhere(Compilation compilation, string id, CancellationToken cancellationToken)
    {
        var options = compilation.Options;
        if (options.SpecificDiagnosticOptions.TryGetValue(id, out var specific) && specific == ReportDiagnostic.Suppress)
        {
            return true;
        }

        if (options.SyntaxTreeOptionsProvider is not { } provider)
        {
            return false;
        }

        var offGlobally = provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out var global) && global == ReportDiagnostic.Suppress;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (provider.TryGetDiagnosticValue(tree, id, cancellationToken, out var perFile))
            {
                if (perFile != ReportDiagnostic.Suppress)
                {
                    return false;
                }
            }
            else if (!offGlobally)
            {
                return false;
            }
        }

        return true;
    }
}
