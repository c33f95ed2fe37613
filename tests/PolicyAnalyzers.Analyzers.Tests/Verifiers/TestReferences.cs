using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace PolicyAnalyzers.Tests.Verifiers;

/// <summary>
/// The assemblies test code compiles against, all from disk so tests run offline and the same every time: .NET 10
/// reference assemblies, ASP.NET Core's reference pack from the running SDK, the PolicyAnalyzers attributes and
/// the libraries whose APIs the sink catalog knows (packages where they are light, else
/// <see cref="LibraryStubs"/>).
/// </summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies ReferenceAssemblies = new("net10.0");

    public static readonly ImmutableArray<MetadataReference> All = Build();

    private static ImmutableArray<MetadataReference> Build()
    {
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        references.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        references.AddRange(AspNetCoreReferencePack());
        foreach (var type in new[]
                 {
                     typeof(ProtectedDataAttribute),
                     typeof(Newtonsoft.Json.JsonConvert),
                     typeof(CsvHelper.CsvWriter),
                     typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute),
                     typeof(Serilog.Log),
                     typeof(NLog.Logger),
                     typeof(log4net.ILog),
                     typeof(Microsoft.ApplicationInsights.TelemetryClient),
                     typeof(MiniExcelLibs.MiniExcel),
                     typeof(MimeKit.MimeMessage),
                     typeof(MailKit.Net.Smtp.SmtpClient),
                     typeof(SendGrid.SendGridClient),
                 })
        {
            references.Add(MetadataReference.CreateFromFile(type.Assembly.Location));
        }

        references.Add(LibraryStubs.Compile());

        return references.ToImmutable();
    }

    private static MetadataReference[] AspNetCoreReferencePack()
    {
        // <dotnet root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.AspNetCore.App.Ref");
        var version = Directory.GetDirectories(packs)
            .OrderByDescending(directory => Version.TryParse(Path.GetFileName(directory), out var parsed) ? parsed : new Version())
            .FirstOrDefault()
            ?? throw new InvalidOperationException("ASP.NET Core reference pack not found under " + packs);
        var references = Directory.GetFiles(Path.Combine(version, "ref", "net10.0"), "*.dll");
        return references.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray();
    }
}
