extern alias datafiles;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PolicyAnalyzers.Flow;
using PolicyAnalyzers.Policy;
using PolicyAnalyzers.Tests.Verifiers;
using ProtectedTypeCatalog = datafiles::PolicyAnalyzers.DataFiles.Metadata.ProtectedTypeCatalog;

namespace PolicyAnalyzers.Tests.Meta;

/// <summary>
/// The analyzer (PA0001-PA0004) and the data-file scan (PA1002) must agree on what a project protects. One model with
/// every marker form is compiled once; the analyzer's protection model reads its symbols, the task's protected-type
/// catalog reads its compiled metadata, and both must name the same protected types and marked members, apart from
/// the limits docs/limits.md documents for PA1002.
/// </summary>
public class ProtectionParityTests
{
    private const string Model = """
        using System;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.Compliance.Classification;
        using PolicyAnalyzers;

        namespace Parity;

        [ProtectedData("detainee")]
        public sealed record DetentionRecord(string ANumber, string FullName, DateOnly DateOfBirth);

        [ProtectedData]
        public class Visitor { public string? Badge { get; set; } public string? Host { get; set; } }

        public class ContractorVisitor : Visitor { public string? Company { get; set; } }

        public sealed class LongTermContractor : ContractorVisitor { public int Months { get; set; } }

        public sealed record CaseReference([ProtectedData] string CaseNumber, string Court);

        public class Order { public int OrderId { get; set; } [ProtectedData] public string? CustomerEmail { get; set; } }

        public sealed class GiftOrder : Order { public string? Message { get; set; } }

        public sealed class StaffUser
        {
            [PersonalData] public string? HomeAddress { get; set; }
            [ProtectedPersonalData] public string? Phone { get; set; }
            public string? Theme { get; set; }
        }

        [AttributeUsage(AttributeTargets.All)]
        public class SensitiveDataAttribute : DataClassificationAttribute
        {
            public SensitiveDataAttribute() : base(new DataClassification("Agency", "Sensitive")) { }
        }

        public sealed class MedicalDataAttribute : SensitiveDataAttribute { }

        public sealed class Patient
        {
            public int Id { get; set; }
            [SensitiveData] public string? FullName { get; set; }
            [MedicalData] public string? Diagnosis { get; set; }
        }

        [SensitiveData]
        public sealed class Referral { public string? Clinic { get; set; } }

        public sealed class Newsletter
        {
            [NoDataClassification] public string? Topic { get; set; }
            [UnknownDataClassification] public string? Subscriber { get; set; }
        }

        public sealed class Product { public string? Name { get; set; } public decimal Price { get; set; } }

        // Limits of PA1002 (docs/limits.md): a type protected by the interface it implements, and a marked public field.
        [ProtectedData]
        public interface IResident { string Name { get; } }

        public sealed class Tenant : IResident { public string Name { get; set; } = ""; public string? Flat { get; set; } }

        public sealed class CaseNote { [ProtectedData] public string? Text; public string? Author { get; set; } }
        """;

    /// <summary>Types on which the two differ by a documented limit of PA1002 (docs/limits.md).</summary>
    private static readonly string[] DocumentedLimits = { "Tenant", "CaseNote" };

    private static readonly Lazy<(CSharpCompilation Compilation, byte[] Image)> Compiled = new(Compile);

    [Fact]
    public void TheAnalyzerAndTheDataScan_AgreeOnWhatIsProtected()
    {
        var analyzer = AnalyzerView().Where(entry => !DocumentedLimits.Contains(entry.Key)).ToDictionary(e => e.Key, e => e.Value);
        var task = TaskView().Where(entry => !DocumentedLimits.Contains(entry.Key)).ToDictionary(e => e.Key, e => e.Value);

        Assert.Equal(Describe(analyzer), Describe(task));
    }

    [Fact]
    public void TheModel_HoldsEveryMarkerForm()
    {
        var analyzer = AnalyzerView();

        Assert.Equal("type", analyzer["DetentionRecord"]);
        Assert.Equal("type", analyzer["LongTermContractor"]);
        Assert.Equal("members CaseNumber", analyzer["CaseReference"]);
        Assert.Equal("members CustomerEmail", analyzer["GiftOrder"]);
        Assert.Equal("members HomeAddress, Phone", analyzer["StaffUser"]);
        Assert.Equal("members Diagnosis, FullName", analyzer["Patient"]);
        Assert.Equal("type", analyzer["Referral"]);
        Assert.Equal("members Subscriber", analyzer["Newsletter"]);
        Assert.False(analyzer.ContainsKey("Product"));
    }

    [Fact]
    public void TheDocumentedLimits_StillDiffer_SoTheListStaysTrue()
    {
        var analyzer = AnalyzerView();
        var task = TaskView();

        foreach (var type in DocumentedLimits)
        {
            Assert.NotEqual(analyzer.GetValueOrDefault(type), task.GetValueOrDefault(type));
        }

        var limits = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "limits.md"));
        Assert.Contains("marked interfaces they implement", limits);
        Assert.Contains("marked fields (only properties are compared", limits);
    }

    /// <summary>What the analyzer protects, by type: "type" for the whole type, else its marked members.</summary>
    private static Dictionary<string, string> AnalyzerView()
    {
        var compilation = Compiled.Value.Compilation;
        var protection = new ProtectionModel(new ApiPolicy(ProjectPolicy.Empty));
        var view = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>())
        {
            if (protection.GetValueProtection(type) is not null)
            {
                view[type.Name] = "type";
                continue;
            }

            var marked = new SortedSet<string>(StringComparer.Ordinal);
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers().Where(m => m is IPropertySymbol or IFieldSymbol { IsImplicitlyDeclared: false }))
                {
                    if (protection.GetMemberProtection(member) is not null)
                    {
                        marked.Add(member.Name);
                    }
                }
            }

            if (marked.Count > 0)
            {
                view[type.Name] = "members " + string.Join(", ", marked);
            }
        }

        return view;
    }

    /// <summary>What the task's catalog protects in the compiled assembly, in the same terms.</summary>
    private static Dictionary<string, string> TaskView()
    {
        var view = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var shape in ProtectedTypeCatalog.FromImage(Compiled.Value.Image))
        {
            view[shape.TypeName] = shape.TypeIsMarked
                ? "type"
                : "members " + string.Join(", ", shape.Properties.Where((_, i) => shape.IsMarked[i]).OrderBy(p => p, StringComparer.Ordinal));
        }

        return view;
    }

    private static string Describe(Dictionary<string, string> view) =>
        string.Join("\n", view.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + ": " + e.Value));

    private static (CSharpCompilation, byte[]) Compile()
    {
        var compilation = AnalyzerRunner.CreateCompilation(Model);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return (compilation, image.ToArray());
    }
}
