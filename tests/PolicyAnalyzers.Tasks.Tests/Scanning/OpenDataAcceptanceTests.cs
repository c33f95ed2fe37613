using System.Collections.Generic;
using System.Linq;
using PolicyAnalyzers.DataFiles.Scanning;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>
/// The scanner against sixteen real public data files nobody on this project wrote (FiveThirtyEight, the
/// congress-legislators project, open-data packages), read where they are kept (<see cref="OpenDataFolder"/>):
/// every file the manifest marks as holding records about people is reported, every other file stays quiet.
/// </summary>
public class OpenDataAcceptanceTests
{
    [SkippableFact]
    public void EveryFileAboutPeopleIsReportedAndEveryOtherFileStaysQuiet()
    {
        var folder = OpenDataFolder.TryLocate();
        Skip.If(folder is null, $"No copy of the open-data files here (shared/opendata above the repository, or {OpenDataFolder.Variable}).");
        var manifest = OpenDataFolder.Manifest(folder);
        var scanner = new DataFileScanner();
        var wrong = new List<string>();
        foreach ((var file, var aboutPeople) in manifest)
        {
            var path = Path.Combine(folder, file);
            Assert.True(File.Exists(path), $"{file} is in the manifest but not in {folder}");
            var findings = scanner.Scan(path).Findings;
            var reported = findings.Any(f => f.Code is DiagnosticIds.PersonalData or DiagnosticIds.ProtectedShape);
            if (reported != aboutPeople || findings.Any(f => f.Code == DiagnosticIds.NotScanned))
            {
                var got = findings.Count == 0 ? "nothing" : string.Join("; ", findings.Select(f => f.FormatMessage(file)));
                wrong.Add($"{file} (manifest: {(aboutPeople ? "yes" : "no")}): {got}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(manifest.Count >= 16, $"the manifest lists {manifest.Count} files");
        Assert.Contains(manifest, row => row.AboutPeople);
        Assert.Contains(manifest, row => !row.AboutPeople);
    }
}
