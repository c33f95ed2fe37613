using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PolicyAnalyzers.Tests.Verifiers;

/// <summary>
/// Libraries the tests cannot reference as packages (too heavy, native parts, a licence, or two major versions
/// at once), declared by their public shape in Libraries/*.cs: real namespaces, type names and signatures, no
/// behaviour. They are compiled once per test run into one in-memory assembly, so that to the analyzer they are a
/// referenced library, as in a real build.
/// </summary>
internal static class LibraryStubs
{
    private const string ResourcePrefix = "PolicyAnalyzers.Tests.Libraries.";

    public static MetadataReference Compile()
    {
        var assembly = typeof(LibraryStubs).Assembly;
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return CSharpSyntaxTree.ParseText(reader.ReadToEnd(), parseOptions, path: name.Substring(ResourcePrefix.Length));
            })
            .ToArray();

        var compilation = CSharpCompilation.Create(
            "PolicyAnalyzers.Tests.LibraryStubs",
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
            throw new InvalidOperationException("The library stubs do not compile:\n" + string.Join("\n", errors));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
