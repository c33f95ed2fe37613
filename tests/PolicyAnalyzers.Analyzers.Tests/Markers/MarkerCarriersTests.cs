using System.Linq;
using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Tests.Verifiers;

namespace PolicyAnalyzers.Tests.Markers;

/// <summary>Whose attributes are read for markers: assemblies that can carry them, never the framework.</summary>
public class MarkerCarriersTests
{
    [Fact]
    public void WhenAnAssemblyIsTheFramework_ItCannotCarryMarkers()
    {
        var app = AnalyzerRunner.CreateCompilation("class App { }");

        Assert.False(new MarkerCarriers().MayCarry(app.GetSpecialType(SpecialType.System_String).ContainingAssembly));
    }

    [Fact]
    public void WhenAnAssemblyIsSource_ItMayCarryMarkers()
    {
        var app = AnalyzerRunner.CreateCompilation("class App { }");

        Assert.True(new MarkerCarriers().MayCarry(app.Assembly));
    }

    [Fact]
    public void WhenALibraryReferencesTheAttributes_ItMayCarryMarkers()
    {
        var model = ReferencedProject.Compile("Model", "namespace Model { public class Person { [PolicyAnalyzers.ProtectedData] public string Name { get; set; } = \"\"; } }");
        var app = AnalyzerRunner.CreateCompilation("class App { }").AddReferences(model);

        Assert.True(new MarkerCarriers().MayCarry(AssemblyNamed(app, "Model")));
    }

    [Fact]
    public void WhenALibraryUsesAClassificationFromAnotherLibrary_ItMayCarryMarkers()
    {
        // Domain names only Classifications in its metadata; Classifications references the compliance library.
        var classifications = ReferencedProject.Compile("Classifications", """
            using Microsoft.Extensions.Compliance.Classification;
            namespace Classifications
            {
                public sealed class PiiAttribute : DataClassificationAttribute
                {
                    public PiiAttribute() : base(new DataClassification("Privacy", "Pii")) { }
                }
            }
            """);
        var domain = ReferencedProject.Compile("Domain", "namespace Domain { public class Customer { [Classifications.Pii] public string Email { get; set; } = \"\"; } }", classifications);
        var app = AnalyzerRunner.CreateCompilation("class App { }").AddReferences(classifications, domain);

        Assert.True(new MarkerCarriers().MayCarry(AssemblyNamed(app, "Domain")));
    }

    [Fact]
    public void WhenALibraryReferencesNoMarkerAssembly_ItCannotCarryMarkers()
    {
        var utilities = ReferencedProject.Compile("Utilities", "namespace Utilities { public static class Text { public static string Trim(string s) => s.Trim(); } }");
        var app = AnalyzerRunner.CreateCompilation("class App { }").AddReferences(utilities);

        Assert.False(new MarkerCarriers().MayCarry(AssemblyNamed(app, "Utilities")));
    }

    private static IAssemblySymbol AssemblyNamed(Compilation compilation, string name) =>
        compilation.SourceModule.ReferencedAssemblySymbols.Single(assembly => assembly.Name == name);
}
