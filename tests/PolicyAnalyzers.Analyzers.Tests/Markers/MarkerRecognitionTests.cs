using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Markers;

/// <summary>Which attributes make data protected: ours, ASP.NET Core Identity's, Microsoft's data classification.</summary>
public class MarkerRecognitionTests
{
    [Fact]
    public Task WhenIdentityPersonalDataMarksTheMember_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.AspNetCore.Identity;
            public class Staff
            {
                [PersonalData] public string HomeAddress { get; set; } = "";
                [ProtectedPersonalData] public string Passport { get; set; } = "";
            }

            class Export
            {
                void Run(Staff staff)
                {
                    File.WriteAllText("a.txt", {|PA0001:staff.HomeAddress|});
                    File.WriteAllText("b.txt", {|PA0001:staff.Passport|});
                }
            }
            """));

    [Fact]
    public Task WhenDataClassificationAttributeMarksTheMember_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Microsoft.Extensions.Compliance.Classification;
            public sealed class PrivateDataAttribute : DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new DataClassification("Privacy", "Private")) { }
            }

            public class Staff
            {
                [PrivateData] public string Phone { get; set; } = "";
                [NoDataClassification] public string Desk { get; set; } = "";
            }

            class Export
            {
                void Run(Staff staff)
                {
                    File.WriteAllText("a.txt", {|PA0001:staff.Phone|});
                    File.WriteAllText("b.txt", staff.Desk);
                }
            }
            """));

    [Fact]
    public Task WhenTypeDerivesFromOrImplementsProtectedType_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            [ProtectedData] public interface IPerson { string Name { get; } }
            public class Witness : IPerson { public string Name { get; set; } = ""; }
            [ProtectedData] public class Person { public string Email { get; set; } = ""; }
            public class Sponsor : Person { }

            class Export
            {
                void Run(Witness witness, Sponsor sponsor)
                {
                    File.WriteAllText("a.txt", {|PA0001:witness.Name|});
                    File.WriteAllText("b.txt", {|PA0001:sponsor.Email|});
                }
            }
            """));

    [Fact]
    public Task WhenRecordPositionalParameterIsMarked_ThePropertyIsProtected() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public sealed record Detainee([ProtectedData] string Name, string Facility);

            class Export
            {
                void Run(Detainee detainee)
                {
                    File.WriteAllText("a.txt", {|PA0001:detainee.Name|});
                    File.WriteAllText("b.txt", detainee.Facility);
                }
            }
            """));

    [Fact]
    public Task WhenProtectedParameterIsExported_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("[ProtectedData] string passportNumber, string office", """
            File.WriteAllText("a.txt", {|PA0001:passportNumber|});
            File.WriteAllText("b.txt", office);
            """));

    [Fact]
    public async Task WhenMarkedTypeLivesInReferencedAssembly_Reports()
    {
        // The model project is compiled on its own; the export project references its assembly only.
        var test = new Verify.Test
        {
            TestCode = TestModel.Usings + """
                class Export
                {
                    void Run(Model.Detainee detainee, Model.Visitor visitor)
                    {
                        File.WriteAllText("a.txt", {|PA0001:detainee.Name|});
                        File.WriteAllText("b.txt", {|PA0001:visitor.Email|});
                        File.WriteAllText("c.txt", visitor.Purpose);
                    }
                }
                """,
        };

        var model = new ProjectState("Model", LanguageNames.CSharp, "/Model/", "cs");
        model.Sources.Add("""
            namespace Model
            {
                [PolicyAnalyzers.ProtectedData] public class Detainee { public string Name { get; set; } = ""; }
                public class Visitor
                {
                    [PolicyAnalyzers.ProtectedData] public string Email { get; set; } = "";
                    public string Purpose { get; set; } = "";
                }
            }
            """);
        model.AdditionalReferences.AddRange(Verifiers.TestReferences.All);
        test.TestState.AdditionalProjects.Add("Model", model);
        test.TestState.AdditionalProjectReferences.Add("Model");
        await test.RunAsync();
    }
}
