using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// A call through an interface or a virtual method whose receiver is known to be a class below it (a cast of
/// <c>this</c>, a variable of the class) reaches that class's body and those below it, not every implementation in the
/// compilation. Smartstore's price options clone themselves through <c>((ICloneable)this).Clone()</c>, and an address's
/// clone elsewhere made every options copy count as a name.
/// </summary>
public class KnownReceiverDispatchTests
{
    private const string Cloneables = """
        using Microsoft.Extensions.Logging;

        public sealed class DetentionCard : ICloneable
        {
            public DetentionRecord Record { get; set; } = new();
            public object Clone() => new DetentionRecord { FullName = Record.FullName };
        }

        public class SearchOptions : ICloneable
        {
            public int Page { get; set; }
            object ICloneable.Clone() => MemberwiseClone();
            public SearchOptions Copy() => (SearchOptions)((ICloneable)this).Clone();
        }

        """;

    [Fact]
    public Task WhenTheReceiverIsACastOfThis_OnlyItsOwnImplementationIsReached() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Cloneables + """
            class Search
            {
                void Run(ILogger<Search> log, SearchOptions options, DetentionCard card)
                {
                    log.LogInformation("Searching with {Options}", options.Copy());
                    log.LogInformation("Card copied: {Copy}", {|PA0003:((ICloneable)card).Clone()|});
                }
            }
            """));

    [Fact]
    public Task WhenATypeBelowTheKnownReceiverImplementsItAgain_ThatBodyIsReached() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Cloneables + """
            public sealed class CaseSearchOptions : SearchOptions, ICloneable
            {
                public DetentionRecord Subject { get; set; } = new();
                object ICloneable.Clone() => Subject;
            }

            class Search
            {
                void Run(ILogger<Search> log, SearchOptions options)
                {
                    log.LogInformation("Searching with {Options}", {|PA0003:options.Copy()|});
                }
            }
            """));

    [Fact]
    public Task WhenAVariableHoldsAKnownOverride_OnlyItsBodyIsReached() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public abstract class Exporter
            {
                public abstract void Write(string line);
            }

            public sealed class FileExporter : Exporter
            {
                public override void Write(string line) => File.AppendAllText("export.csv", line);
            }

            public sealed class NullExporter : Exporter
            {
                public override void Write(string line) { }
            }

            class Job
            {
                void Run(FileExporter file, NullExporter discard, Exporter any, Applicant applicant)
                {
                    ((Exporter)discard).Write(applicant.Name);
                    ((Exporter)file).Write({|PA0001:applicant.Name|});
                    any.Write({|PA0001:applicant.Name|});
                }
            }
            """));
}
