using System;
using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>
/// Finds the real public data files kept outside the repository (they are others' data, not ours to commit): the
/// folder named by POLICYANALYZERS_OPENDATA, or else a <c>shared/opendata</c> folder beside the repository or any
/// folder above it (the main checkout keeps it at <c>../shared/opendata</c>; a worktree finds it further up). A machine
/// without a copy reports the tests that need it as skipped, saying why; a variable that names a folder without the
/// files fails them.
/// </summary>
internal static class OpenDataFolder
{
    public const string Variable = "POLICYANALYZERS_OPENDATA";

    public const string ManifestName = "MANIFEST.tsv";

    /// <summary>The folder, or null when no copy is here and none was asked for.</summary>
    public static string? TryLocate()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(Path.Combine(configured, ManifestName))
                ? configured
                : throw new InvalidOperationException($"{Variable} is '{configured}', which holds no {ManifestName}.");
        }

        for (DirectoryInfo? dir = new(DotnetCli.FindRepositoryRoot()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "opendata");
            if (File.Exists(Path.Combine(candidate, ManifestName)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The manifest's rows: the file's path under the folder and whether it holds records about people.</summary>
    public static IReadOnlyList<(string File, bool AboutPeople)> Manifest(string folder)
    {
        var rows = new List<(string, bool)>();
        foreach (var line in File.ReadAllLines(Path.Combine(folder, ManifestName)))
        {
            var columns = line.Split('\t');
            if (columns.Length < 4 || columns[0] == "file")
            {
                continue;
            }

            var aboutPeople = columns[3] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw new InvalidDataException($"{ManifestName}: '{columns[3]}' for {columns[0]} is neither yes nor no."),
            };
            rows.Add((columns[0], aboutPeople));
        }

        return rows;
    }
}
