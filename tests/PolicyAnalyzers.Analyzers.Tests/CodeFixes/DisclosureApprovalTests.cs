using Microsoft.CodeAnalysis.Testing;
using PolicyAnalyzers.CodeFixes;
using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer,
    PolicyAnalyzers.CodeFixes.ProtectedDataCodeFix>;

namespace PolicyAnalyzers.Tests.CodeFixes;

public class DisclosureApprovalTests
{
    // The method or constructor that holds the leak carries the approval, with placeholders that keep PA0005 on.
    [Theory]
    [InlineData("void Send([ProtectedData] string name)")]
    [InlineData("public Tribunal([ProtectedData] string name)")]
    public Task WhenLeakIsInAMethodOrConstructor_ApprovesItWithPlaceholders(string declaration) =>
        VerifyApprovalAsync(
            $$"""
            using System.IO;
            using PolicyAnalyzers;

            class Tribunal
            {
                {{declaration}}
                {
                    File.WriteAllText("tribunal.txt", {|PA0001:name|});
                }
            }
            """,
            $$"""
            using System.IO;
            using PolicyAnalyzers;

            class Tribunal
            {
                [AuthorizedDisclosure("TODO: justification", ApprovedBy = "TODO")]
                {{declaration}}
                {
                    File.WriteAllText("tribunal.txt", name);
                }
            }
            """);

    [Fact]
    public async Task WhenSeveralLeaksShareAMethod_FixAllAddsOneAttributeAndTheUsing()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using System.IO;

                class Tribunal
                {
                    void Send([PolicyAnalyzers.ProtectedData] string name)
                    {
                        File.WriteAllText("a.txt", {|PA0001:name|});
                        Console.WriteLine({|PA0003:name|});
                    }

                    void Other([PolicyAnalyzers.ProtectedData] string name) => Console.WriteLine({|PA0003:name|});
                }
                """,
            FixedCode = """
                using System;
                using System.IO;
                using PolicyAnalyzers;

                class Tribunal
                {
                    [AuthorizedDisclosure("TODO: justification", ApprovedBy = "TODO")]
                    void Send([PolicyAnalyzers.ProtectedData] string name)
                    {
                        File.WriteAllText("a.txt", name);
                        Console.WriteLine(name);
                    }

                    [AuthorizedDisclosure("TODO: justification", ApprovedBy = "TODO")]
                    void Other([PolicyAnalyzers.ProtectedData] string name) => Console.WriteLine(name);
                }
                """,
            NumberOfFixAllIterations = 1,
            CodeActionValidationMode = CodeActionValidationMode.None,
            CodeActionEquivalenceKey = DisclosureApproval.Key,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
        };

        // Fixing one diagnostic at a time needs one iteration per method.
        test.NumberOfIncrementalIterations = 2;
        await test.RunAsync();
    }

    [Fact]
    public async Task WhenLeakIsInAMinimalApiHandlerInTopLevelStatements_ApprovesThatHandlerOnly()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Collections.Generic;
                using Microsoft.AspNetCore.Builder;
                using PolicyAnalyzers;

                var app = WebApplication.Create();
                app.MapGet("/roster", (Roster roster) => {|PA0002:roster.All()|});
                app.MapGet("/count", (Roster roster) => roster.All().Count);

                [ProtectedData] public sealed class Person { public string Name { get; set; } = ""; }
                public sealed class Roster { private readonly List<Person> _people = new(); public List<Person> All() => _people; }
                """,
            FixedCode = """
                using System.Collections.Generic;
                using Microsoft.AspNetCore.Builder;
                using PolicyAnalyzers;

                var app = WebApplication.Create();
                app.MapGet("/roster", [AuthorizedDisclosure("TODO: justification", ApprovedBy = "TODO")] (Roster roster) => roster.All());
                app.MapGet("/count", (Roster roster) => roster.All().Count);

                [ProtectedData] public sealed class Person { public string Name { get; set; } = ""; }
                public sealed class Roster { private readonly List<Person> _people = new(); public List<Person> All() => _people; }
                """,
            CodeActionEquivalenceKey = DisclosureApproval.Key,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    // A field initializer has no method to carry the approval: nothing is offered rather than a wrong edit.
    [Fact]
    public Task WhenLeakIsInAFieldInitializer_OffersNothing()
    {
        const string source = """
            using System.IO;
            using System.Threading.Tasks;
            using PolicyAnalyzers;

            [ProtectedData] public sealed class Person { public string Name { get; set; } = ""; }

            class Roster
            {
                static readonly Person Someone = new Person();
                static readonly Task Written = File.WriteAllTextAsync("roster.txt", {|PA0001:Someone.Name|});
            }
            """;
        return Verify.VerifyCodeFixAsync(source, source);
    }

    // Fix All approves a document or a project at a time; across a solution it never approves (ProtectedDataFixAll).
    private static Task VerifyApprovalAsync(string source, string fixedSource) =>
        new Verify.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = DisclosureApproval.Key,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
        }.RunAsync();
}
