using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Benchmarks;

/// <summary>The reference assemblies a net10.0 web project compiles against, from the SDK's own packs.</summary>
internal static class ReferencePacks
{
    public static IEnumerable<MetadataReference> Net10WithAspNetCore()
    {
        var dotnetRoot = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)))!;
        var packs = Path.Combine(Path.GetDirectoryName(dotnetRoot)!, "packs");
        foreach (var pack in new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" })
        {
            var newest = Directory.GetDirectories(Path.Combine(packs, pack))
                .Where(dir => Path.GetFileName(dir).StartsWith("10.", StringComparison.Ordinal))
                .OrderBy(dir => Version.Parse(Path.GetFileName(dir).Split('-')[0]))
                .Last();
            foreach (var dll in Directory.EnumerateFiles(Path.Combine(newest, "ref", "net10.0"), "*.dll"))
            {
                yield return MetadataReference.CreateFromFile(dll);
            }
        }
    }
}
