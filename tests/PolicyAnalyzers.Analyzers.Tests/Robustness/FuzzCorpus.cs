using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PolicyAnalyzers.Tests.Verifiers;

namespace PolicyAnalyzers.Tests.Robustness;

/// <summary>
/// What the mutation fuzzer starts from: the sample site and its model as one compilation (with the SDK's implicit
/// usings and its MISTAKE code switched on), and a few leak-rich snippets, each a compilation of its own.
/// </summary>
internal static class FuzzCorpus
{
    /// <summary>The global usings the .NET SDK generates for a web project (ImplicitUsings).</summary>
    private const string ImplicitUsings = """
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Net.Http.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly string[] Snippets =
    {
        TestModel.With("""
            using System.Text.Json;
            using Microsoft.Extensions.Logging;

            public sealed class RosterExport(ILogger<RosterExport> logger, HttpClient http)
            {
                public async Task Run(List<DetentionRecord> records, Applicant applicant, string path)
                {
                    var csv = new StringBuilder("Name,Facility\n");
                    foreach (var record in records)
                    {
                        csv.AppendLine($"{record.FullName},{record.Facility}");
                    }

                    File.WriteAllText(path, csv.ToString());
                    await File.WriteAllTextAsync(path + ".json", JsonSerializer.Serialize(records));
                    logger.LogInformation("Exported {Name} for {Office}", applicant.Name, applicant.Office);
                    await http.PostAsJsonAsync("https://example.org/upload", records);
                    Console.WriteLine(string.Join(";", records.Select(r => r.Nationality)));
                    Upload(applicant.Name);
                    Approved(records);
                }

                [ExportSink]
                private static void Upload(string value) => _ = value;

                [AuthorizedDisclosure("Case workers need the roster", ApprovedBy = "DPO")]
                private static void Approved(List<DetentionRecord> records) => File.WriteAllText("approved.json", JsonSerializer.Serialize(records));

                [AuthorizedDisclosure("TODO")]
                private static void Pending(DetentionRecord record) => Console.WriteLine(record.FullName);
            }
            """),
        TestModel.With("""
            public static class Flows
            {
                public static IEnumerable<FacilityCount> Counts(IEnumerable<DetentionRecord> records) =>
                    records.GroupBy(r => r.Facility).Select(g => new FacilityCount(g.Key, g.Count())).OrderBy(c => c.Facility);

                public static Dictionary<string, DetentionRecord> ByName(IEnumerable<DetentionRecord> records) =>
                    records.ToDictionary(r => r.FullName, r => r);

                public static async Task<string> DescribeAsync(Task<DetentionRecord> pending)
                {
                    var record = await pending;
                    var label = record switch { { Nationality: "X" } r => r.FullName, { DateOfBirth.Year: > 2000 } => "young", _ => "other" };
                    string Local(string prefix) => prefix + label;
                    return Local("person: ");
                }

                public static void Report(List<DetentionRecord> records, Applicant applicant)
                {
                    var names = ByName(records);
                    foreach (var (name, record) in names)
                    {
                        Console.WriteLine(name);
                    }

                    var copy = applicant.Name is { Length: > 0 } n ? n : "";
                    Action<string> print = text => Debug(text);
                    print(copy);
                    File.WriteAllLines("counts.txt", Counts(records).Select(c => $"{c.Facility}: {c.Count}"));
                    Console.WriteLine(DescribeAsync(Task.FromResult(records[0])).Result);
                }

                private static void Debug(string text) => System.Diagnostics.Debug.WriteLine(text);
            }
            """),
        TestModel.With("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            [Route("api/people")]
            public sealed class PeopleController : ControllerBase
            {
                [HttpGet] public ActionResult<List<DetentionRecord>> All() => Ok(new List<DetentionRecord>());
                [HttpGet("count")] public int Count() => 3;
                [HttpGet("one")] public DetentionRecord One() => new DetentionRecord();
            }

            public static class Endpoints
            {
                public static void Map(WebApplication app, List<DetentionRecord> roster)
                {
                    app.MapGet("/roster", () => roster);
                    app.MapGet("/names", () => Results.Ok(roster.Select(r => new { r.FullName })));
                    app.MapGet("/counts", () => roster.GroupBy(r => r.Facility).Select(g => new { g.Key, Count = g.Count() }));
                    app.MapPost("/echo", (Applicant applicant) => TypedResults.Json(applicant));
                }
            }
            """),
    };

    /// <summary>The subjects: each a compilation whose files the fuzzer mutates one at a time.</summary>
    public static IReadOnlyList<Compilation> Load()
    {
        var subjects = new List<Compilation> { Sample() };
        for (var i = 0; i < Snippets.Length; i++)
        {
            subjects.Add(AnalysisHarness.Compile(TestReferences.All, OutputKind.DynamicallyLinkedLibrary, ($"Snippet{i}.cs", Snippets[i])));
        }

        return subjects;
    }

    /// <summary>Files the fuzzer may mutate: not the implicit usings it added itself.</summary>
    public static bool IsMutable(SyntaxTree tree) => !tree.FilePath.EndsWith("GlobalUsings.g.cs", StringComparison.Ordinal);

    private static Compilation Sample()
    {
        var root = RepositoryRoot();
        var files = new List<(string Path, string Source)> { ("samples/DetentionStatistics/GlobalUsings.g.cs", ImplicitUsings) };
        foreach (var project in new[] { "samples/DetentionStatistics.Model", "samples/DetentionStatistics" })
        {
            var directory = Path.Combine(root, project);
            files.AddRange(Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
                .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (path, File.ReadAllText(Path.Combine(root, path)))));
        }

        // The site with its mistakes, as `dotnet build` of the sample builds it (SampleLeaks defines LEAKS).
        var parseOptions = AnalysisHarness.ParseOptions.WithPreprocessorSymbols("LEAKS");
        return AnalysisHarness.Compile(TestReferences.All, OutputKind.ConsoleApplication, parseOptions, files.ToArray());
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PolicyAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PolicyAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
