using System;
using System.Text.RegularExpressions;

namespace PolicyAnalyzers.Tests.CodeFixes;

/// <summary>
/// The code a fix must leave, written as the test code and the change the fix makes: a test shows what the fix changes
/// instead of a second listing that differs in a line or two.
/// </summary>
internal static class ExpectedFix
{
    /// <summary>Test markup, <c>{|PA0001:value|}</c> or <c>{|#0:value|}</c>, around the value it marks.</summary>
    private static readonly Regex Markup = new(@"\{\|[^:|]+:(?<value>.*?)\|\}", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>The test code without its markup: the leaks left as they were.</summary>
    public static string Unmarked(string testCode) => Markup.Replace(testCode, "${value}");

    /// <summary>The test code with each marked leak passed through <paramref name="declassifier"/>.</summary>
    public static string Declassified(string testCode, string declassifier) =>
        Markup.Replace(testCode, match => $"{declassifier}({match.Groups["value"].Value})");

    /// <summary>The source with <c>Witness.Name</c> excluded by System.Text.Json's [JsonIgnore], and the using it needs.</summary>
    public static string WitnessNameIgnored(string source) =>
        source.ReplaceLineEndings("\n")
            .Replace("using PolicyAnalyzers;\n", "using PolicyAnalyzers;\nusing System.Text.Json.Serialization;\n")
            .Replace("    [ProtectedData]\n    public string Name", "    [ProtectedData]\n    [JsonIgnore]\n    public string Name");
}
