using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyAnalyzers.Tests.Verifiers;
using static PolicyAnalyzers.Tests.Robustness.AnalysisHarness;

namespace PolicyAnalyzers.Tests.Robustness;

/// <summary>
/// Code as the IDE sees it while someone types: unfinished statements, unresolved names and references, misspelt
/// attributes. The analyzers run on every keystroke there; they must neither throw (AD0001 fails the build) nor give
/// up (PA0999), and must finish.
/// </summary>
public class IncompleteCodeTests
{
    /// <summary>Each case: a name for the test list, and a body placed among the usings and shared types of <see cref="TestModel"/>.</summary>
    public static readonly TheoryData<string, string> UnfinishedCode = new()
    {
        { "declaration without a value", "class C { void M(DetentionRecord r) { var x = ; File.WriteAllText(\"a\", r.FullName); } }" },
        { "member access without a name", "class C { void M(DetentionRecord r) { Console.WriteLine(r.); } }" },
        { "call without its closing parenthesis", "class C { void M(DetentionRecord r) { File.WriteAllText(\"a\", r.FullName } }" },
        { "if without a condition", "class C { void M(DetentionRecord r) { if ( { Console.WriteLine(r.FullName); } } }" },
        { "method never closed", "class C { void M(DetentionRecord r) { Console.WriteLine(r.FullName);\n" },
        { "class never closed", "class C { void M(DetentionRecord r) { } void N(" },
        { "foreach without a collection", "class C { void M() { foreach (var r in ) Console.WriteLine(r); } }" },
        { "lambda without a body", "class C { void M(List<DetentionRecord> rs) { var n = rs.Select(r => ).ToList(); Console.WriteLine(n); } }" },
        { "object initializer never closed", "class C { void M() { var d = new DetentionRecord { FullName = ; Console.WriteLine(d); } }" },
        { "unterminated interpolation", "class C { void M(DetentionRecord r) { Console.WriteLine($\"{r.FullName\"); } }" },
        { "unterminated raw string", "class C { void M(DetentionRecord r) { Console.WriteLine(\"\"\"\n{r.FullName} } }" },
        { "unterminated string", "class C { void M(DetentionRecord r) { Console.WriteLine(\"abc + r.FullName); } }" },
        { "switch expression never closed", "class C { string M(DetentionRecord r) => r switch { { FullName: var n } => n, " },
        { "switch statement without cases", "class C { void M(DetentionRecord r) { switch (r.FullName) { case : Console.WriteLine(r.FullName); } } }" },
        { "generic type without arguments", "class C { void M() { List< x = new(); Console.WriteLine(x); } }" },
        { "method without a body", "class C { void M(DetentionRecord r) \n void N(DetentionRecord r) { Console.WriteLine(r.FullName); } }" },
        { "keyword soup", "class { public public static static void void ( ) ) { { } " },
        { "method without a return type", "class C { public Log(DetentionRecord r) { Console.WriteLine(r.FullName); } }" },
        { "await outside async", "class C { void M(DetentionRecord r) { await File.WriteAllTextAsync(\"a\", r.FullName); } }" },
        { "sink called with the wrong arguments", "class C { void M(DetentionRecord r) { File.WriteAllText(r.FullName); Console.WriteLine(r.FullName, r, r, 1, 2, 3, 4, 5, 6); } }" },
        { "ambiguous overloads", "class C { void Log(string s) => Console.WriteLine(s); void Log(string s) => File.WriteAllText(\"a\", s); void M(DetentionRecord r) => Log(r.FullName); }" },
        { "call to a method that does not exist", "class C { void M(DetentionRecord r) { Missing(r.FullName); r.Missing(); Missing.Export(r); } }" },
        { "unknown types everywhere", "class C { UnknownType M(DetentionRecord r) { UnknownType x = r.FullName; Sink.Write(x); x.Foo(r); return x; } }" },
        { "unknown base types and interfaces", "class C : UnknownBase, IUnknown<DetentionRecord> { void M(DetentionRecord r) => Console.WriteLine(r.FullName); }" },
        { "a class that inherits from itself", "[ProtectedData] class A : A { void M() => Console.WriteLine(this); } class Use { void M(A a) => Console.WriteLine(a); }" },
        { "a cycle of base classes", "class A : B { } [ProtectedData] class B : A { } class Use { void M(A a, B b) { Console.WriteLine(a); Console.WriteLine(b); } }" },
        { "a cycle of interfaces", "interface I : J { } [ProtectedData] interface J : I { } class K : I { } class Use { void M(K k) => Console.WriteLine(k); }" },
        { "a struct that contains itself", "[ProtectedData] struct S { S Inner; } class Use { void M(S s) => Console.WriteLine(s); }" },
        { "duplicate type names", "[ProtectedData] class Dup { public string Name = \"\"; } class Dup { public string Name = \"\"; } class Use { void M(Dup d) => Console.WriteLine(d.Name); }" },
        { "a misspelt marker", "[ProtectedDat] class Person { public string Name = \"\"; } class Use { void M(Person p) => Console.WriteLine(p.Name); }" },
        { "a misspelt qualified marker", "[PolicyAnalyzers.ProtectedDataa] class Person { public string Name = \"\"; } class Use { void M(Person p) => Console.WriteLine(p.Name); }" },
        { "a marker with wrong arguments", "[ProtectedData(1, 2, Unknown)] class Person { [ProtectedData(typeof(Missing))] public string Name = \"\"; } class Use { void M(Person p) => Console.WriteLine(p.Name); }" },
        { "a marker on a wrong target", "class Use { [ProtectedData] void M([ProtectedData] string s) { [ProtectedData] var x = s; Console.WriteLine(x); } }" },
        { "an approval without arguments", "class Use { [AuthorizedDisclosure] void M(DetentionRecord r) => Console.WriteLine(r.FullName); }" },
        { "an approval with wrong argument types", "class Use { [AuthorizedDisclosure(42, ApprovedBy = 7)] void M(DetentionRecord r) => Console.WriteLine(r.FullName); }" },
        { "an approval with an unfinished argument", "class Use { [AuthorizedDisclosure(\"why\", ApprovedBy = )] void M(DetentionRecord r) => Console.WriteLine(r.FullName); }" },
        { "an approval with an unresolved constant", "class Use { [AuthorizedDisclosure(Reasons.Missing, ApprovedBy = Missing.Officer)] void M(DetentionRecord r) => Console.WriteLine(r.FullName); }" },
        { "an approval named twice", "class Use { [AuthorizedDisclosure(\"a\", ApprovedBy = \"x\", ApprovedBy = \"y\")] [AuthorizedDisclosure(\"b\")] void M(DetentionRecord r) => Console.WriteLine(r.FullName); }" },
        { "an attribute never closed", "class Use { [AuthorizedDisclosure(\"why\" void M(DetentionRecord r) => Console.WriteLine(r.FullName); }" },
        { "a declassifier and a sink on wrong targets", "[Declassifier] class D { [ExportSink] public string P { get; set; } = \"\"; [Declassifier] int F; } class Use { void M(DetentionRecord r, D d) => d.P = r.FullName; }" },
        { "unresolved usings and aliases", "namespace N { using Nowhere; using static Missing.Type; using ProtectedData = Nowhere.Marker; [ProtectedData] class P { } class Use { void M(P p) => Console.WriteLine(p); } }" },
        { "a local copy of the marker attribute", "namespace PolicyAnalyzers { public sealed class ProtectedDataAttribute : System.Attribute { } } [PolicyAnalyzers.ProtectedData] class Secret { public string V = \"\"; } class Use { void M(Secret s) => Console.WriteLine(s.V); }" },
        { "unbalanced preprocessor directives", "#if LEAKS\nclass C { void M(DetentionRecord r) { Console.WriteLine(r.FullName); }\n#region open\n#else\nclass D { }\n#error typed\n#line 99999 \"nowhere.cs\"\n#pragma warning disable PA0001\n#nullable restore warnings\n" },
        { "code for a newer C# version", "static class E { extension(DetentionRecord r) { public string Name => r.FullName; } public static void M(DetentionRecord r) => Console.WriteLine(r.Name); } class F { public string Name { get => field; set => field = value; } }" },
        { "a very long identifier", "class C { void M(DetentionRecord r) { var " + new string('x', 20_000) + " = r.FullName; Console.WriteLine(" + new string('x', 20_000) + "); } }" },
        { "control characters and odd unicode", "class C\u0000 { void M\u200B(DetentionRecord r) { var é\u0301 = r.FullName; Console.WriteLine(é\u0301); \uFEFF } }" },
        { "only comments", "// class C { void M(DetentionRecord r) => Console.WriteLine(r.FullName); }\n/* unterminated" },
        { "a file-scoped namespace twice", "namespace A; namespace B; class C { void M(DetentionRecord r) => Console.WriteLine(r.FullName); }" },
    };

    [Theory]
    [MemberData(nameof(UnfinishedCode))]
    public async Task WhenCodeIsUnfinished_NeitherAnalyzerFailsAndBothFinish(string name, string code)
    {
        await AnalyzeCleanlyAsync(Compile(TestModel.With(code)), name);
    }

    [Fact]
    public async Task WhenOneMethodIsBroken_TheLeakInItsNeighbourIsStillReported()
    {
        var diagnostics = await AnalyzeCleanlyAsync(TestModel.With("""
            class Intake
            {
                void Typing(DetentionRecord r) { var x = r. ; File.WriteAllText( }
                void Done(DetentionRecord r) => Console.WriteLine(r.FullName);
            }
            """));

        Assert.Single(Reported(diagnostics, "PA0003"));
    }

    [Fact]
    public async Task WhenRoslynCannotBuildTheOperationsOfABrokenHelper_ItsCallersAreStillAnalysed()
    {
        // Found by the mutation fuzzer in the sample's StatisticsPublisher (a duplicated 'records', an inserted '='):
        // Roslyn's GetOperation throws "Unexpected value 'UnconvertedInterpolatedString'" for this helper, which
        // used to fail the analysis of its caller (PA0999 on the caller).
        var diagnostics = await AnalyzeCleanlyAsync(TestModel.With("""
            class Publisher
            {
                public void Publish(List<DetentionRecord> records)
                {
                    var text = new StringBuilder();
                    foreach (var record in records records) { text.AppendLine($"{record.FullName}" = ); }
                }
            }

            class Caller
            {
                void Run(Publisher publisher, List<DetentionRecord> records)
                {
                    publisher.Publish(records);
                    Console.WriteLine(records[0].FullName);
                }
            }
            """));

        Assert.Single(Reported(diagnostics, "PA0003"));
    }

    [Fact]
    public async Task WhenTheCompilationHasNoReferencesAtAll_NeitherAnalyzerFails()
    {
        var compilation = Compile(
            ImmutableArray<MetadataReference>.Empty,
            OutputKind.DynamicallyLinkedLibrary,
            TestModel.With("""
                class Export
                {
                    [AuthorizedDisclosure("", ApprovedBy = "")]
                    void Approved(DetentionRecord r) => File.WriteAllText("a", r.FullName);
                    void Run(List<DetentionRecord> records) => Console.WriteLine(string.Join(",", records.Select(r => r.FullName)));
                }
                """));

        await AnalyzeCleanlyAsync(compilation);
    }

    [Fact]
    public async Task WhenTheMarkersAreDeclaredInSourceWithoutAnyReference_TheLeakIsStillReported()
    {
        // No framework at all: a minimal core library in source, and the markers matched by their full names.
        var compilation = Compile(
            ImmutableArray<MetadataReference>.Empty,
            OutputKind.DynamicallyLinkedLibrary,
            """
            namespace System
            {
                public class Object { }
                public abstract class ValueType { }
                public struct Void { }
                public struct Boolean { }
                public struct Int32 { }
                public sealed class String { }
                public abstract class Attribute { }
                public abstract class Enum : ValueType { }
                public enum AttributeTargets { All = 32767 }
                public sealed class AttributeUsageAttribute : Attribute
                {
                    public AttributeUsageAttribute(AttributeTargets targets) { }
                    public bool AllowMultiple { get; set; }
                }
            }

            namespace PolicyAnalyzers
            {
                public sealed class ProtectedDataAttribute : System.Attribute { }
                public sealed class ExportSinkAttribute : System.Attribute { }
            }

            namespace App
            {
                [PolicyAnalyzers.ProtectedData]
                public sealed class Person { public string Name; }

                public static class Upload
                {
                    [PolicyAnalyzers.ExportSink]
                    public static void Send(string value) { }
                }

                public static class Use
                {
                    public static void Run(Person person) => Upload.Send(person.Name);
                }
            }
            """);

        var diagnostics = await AnalyzeCleanlyAsync(compilation);

        Assert.Single(Reported(diagnostics, "PA0001"));
    }

    [Fact]
    public async Task WhenTheAttributesAssemblyIsNotReferenced_MarkersAreUnresolvedAndNothingFails()
    {
        var frameworkOnly = Basic.Reference.Assemblies.Net100.References.All;
        var compilation = Compile(frameworkOnly, OutputKind.DynamicallyLinkedLibrary, TestModel.With("""
            class Export
            {
                [AuthorizedDisclosure("why", ApprovedBy = "dpo")]
                void Approved(DetentionRecord r) => File.WriteAllText("a", r.FullName);
                void Run(DetentionRecord r) => Console.WriteLine(r.FullName);
            }
            """));

        var diagnostics = await AnalyzeCleanlyAsync(compilation);

        // An unresolved [ProtectedData] marks nothing: there is no protected data to report.
        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("PA", System.StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WhenTheProgramUsesTopLevelStatements_TheLeakInThemIsReported()
    {
        var compilation = Compile(TestReferences.All, OutputKind.ConsoleApplication, TestModel.With("""
            var record = new DetentionRecord { FullName = "x" };
            Console.WriteLine(record.FullName);
            Save(record);
            return;

            static void Save(DetentionRecord r) => File.WriteAllText("roster.txt", r.FullName);
            """));

        var diagnostics = await AnalyzeCleanlyAsync(compilation);

        Assert.Single(Reported(diagnostics, "PA0003"));
        Assert.Single(Reported(diagnostics, "PA0001"));
    }

    [Fact]
    public async Task WhenTopLevelStatementsAreUnfinished_NeitherAnalyzerFails()
    {
        var compilation = Compile(TestReferences.All, OutputKind.ConsoleApplication, TestModel.With("""
            var record = new DetentionRecord { FullName = "x" };
            Console.WriteLine(record.
            """));

        await AnalyzeCleanlyAsync(compilation);
    }

    [Fact]
    public async Task WhenAPartialClassIsSpreadOverFiles_TheLeaksAcrossFilesAreReported()
    {
        var diagnostics = await AnalyzeCleanlyAsync(
            TestModel.Usings + """
            public partial class Person
            {
                [ProtectedData] public string Name { get; set; } = "";
                public partial string Nickname { get; set; }
                public void Save() => File.WriteAllText("person.txt", Name);
            }
            """,
            TestModel.Usings + """
            public partial class Person
            {
                private string _nickname = "";
                [ProtectedData] public partial string Nickname { get => _nickname; set => _nickname = value; }
                public void Greet() => Console.WriteLine(Nickname);
            }
            """);

        Assert.Single(Reported(diagnostics, "PA0001"));
        Assert.Single(Reported(diagnostics, "PA0003"));
    }

    [Fact]
    public async Task WhenAPartialMethodImplementationLogsItsParameter_TheCallerIsReported()
    {
        var diagnostics = await AnalyzeCleanlyAsync(
            TestModel.Usings + """
            public partial class Person
            {
                [ProtectedData] public string Name { get; set; } = "";
                partial void OnSaved(string value);
                public void Save() => OnSaved(Name);
            }
            """,
            TestModel.Usings + """
            public partial class Person
            {
                partial void OnSaved(string value) => Console.WriteLine(value);
            }
            """);

        Assert.Single(Reported(diagnostics, "PA0003"));
    }

    [Fact]
    public async Task WhenCodeIsGenerated_ItIsNotReportedButTheUserCodeCallingItIs()
    {
        var compilation = Compile(TestReferences.All, OutputKind.DynamicallyLinkedLibrary,
            ("Generated/Exporter.g.cs", "// <auto-generated/>\n" + TestModel.Usings + """
                public static partial class GeneratedExporter
                {
                    public static void Write(string value) => File.WriteAllText("export.txt", value);
                    public static void Leak(DetentionRecord r) => Console.WriteLine(r.FullName);
                }
                """),
            ("Generated/Broken.g.cs", "// <auto-generated>\n" + TestModel.Usings + "public static class Broken { public static void M(DetentionRecord r) { Console.WriteLine(r. } "),
            ("Intake.cs", TestModel.With("""
                class Intake
                {
                    void Run(DetentionRecord r) => GeneratedExporter.Write(r.FullName);
                }
                """)));

        var diagnostics = await AnalyzeCleanlyAsync(compilation);

        var reported = Assert.Single(diagnostics, d => d.Id.StartsWith("PA", System.StringComparison.Ordinal));
        Assert.Equal("PA0001", reported.Id);
        Assert.Equal("Intake.cs", reported.Location.SourceTree?.FilePath);
    }

    [Fact]
    public async Task WhenTheConfigurationIsHalfTyped_NeitherAnalyzerFailsAndTheCatalogStillApplies()
    {
        var configuration = new GlobalConfiguration(new Dictionary<string, string>
        {
            ["policy_analyzers.export_sinks"] = "M:;T:;M:Company.(;M:.x;T:A.;M:A.B.C(System.String;M:System.IO.File.WriteAllText(;T:System",
            ["policy_analyzers.serialization_sinks"] = "T:",
            ["policy_analyzers.log_sinks"] = "M:System.Console.WriteLine(System.String,",
            ["policy_analyzers.declassifiers"] = ";;; M:. ;\n\r;",
            ["policy_analyzers.protected_data_attributes"] = "Company..Marker;;PolicyAnalyzers.;<>;\u0000",
            ["build_property.PolicyAnalyzersExportSinks"] = "M:Upload.Send(;;",
        });

        var diagnostics = await AnalyzeCleanlyAsync(
            Compile(TestModel.With("class Use { void M(DetentionRecord r) => Console.WriteLine(r.FullName); }")),
            configuration: configuration);

        Assert.Single(Reported(diagnostics, "PA0003"));
    }

    /// <summary>A .globalconfig's keys, as the compiler hands them to analyzers.</summary>
    private sealed class GlobalConfiguration(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
