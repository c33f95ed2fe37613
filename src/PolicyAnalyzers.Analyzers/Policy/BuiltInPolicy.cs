using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// The catalog that ships with the analyzer: the rows in Catalog/*.policy, embedded in the assembly and read once
/// per process. Adding a library is adding rows there, and tests.
/// </summary>
internal static class BuiltInPolicy
{
    private static readonly (ImmutableArray<PolicyRow> Rows, ImmutableArray<string> Errors) Catalog = Load();

    public static ImmutableArray<PolicyRow> Rows => Catalog.Rows;

    /// <summary>Lines of the built-in catalog that do not parse: none, which a test asserts.</summary>
    public static ImmutableArray<string> Errors => Catalog.Errors;

    private static (ImmutableArray<PolicyRow>, ImmutableArray<string>) Load()
    {
        var assembly = typeof(BuiltInPolicy).Assembly;
        var rows = ImmutableArray.CreateBuilder<PolicyRow>();
        var errors = new List<PolicyError>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".policy", System.StringComparison.Ordinal)).OrderBy(n => n, System.StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            rows.AddRange(PolicyRowParser.Parse(reader.ReadToEnd(), name, errors));
        }

        return (rows.ToImmutable(), errors.Select(e => e.Path + "(" + e.Line + "): " + e.Message).ToImmutableArray());
    }
}
