using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// A value assigned after it is read reaches the read only where code can run again or later: loops, jumps back,
/// lambdas and local functions. Straight-line code is walked once.
/// </summary>
public class ReadBeforeAssignmentTests
{
    [Fact]
    public Task WhenStraightLineCodeWritesAValueBeforeProtectedDataIsAssignedToIt_ItIsNotReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, TextWriter writer", """
            var text = "header";
            writer.Write(text);
            text = applicant.Name;
            writer.Write({|PA0001:text|});
            """));

    [Fact]
    public Task WhenALoopAssignsProtectedDataAfterTheWrite_TheWriteIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("List<Applicant> applicants, TextWriter writer", """
            var previous = "";
            foreach (var applicant in applicants)
            {
                writer.Write({|PA0001:previous|});
                previous = applicant.Name;
            }

            var i = 0;
            var last = "";
            while (i < applicants.Count)
            {
                writer.WriteLine({|PA0001:last|});
                last = applicants[i++].Name;
            }
            """));

    [Fact]
    public Task WhenAGotoJumpsBackOverTheAssignment_TheWriteIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, TextWriter writer, int times", """
            var text = "";
            again:
            writer.Write({|PA0001:text|});
            text = applicant.Name;
            if (--times > 0) goto again;
            """));

    [Fact]
    public Task WhenALambdaOrALocalFunctionReadsWhatIsAssignedAfterIt_TheirResultIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, TextWriter writer", """
            var text = "";
            Func<string> current = () => text;
            text = applicant.Name;
            writer.Write({|PA0001:current()|});
            writer.Write({|PA0001:Current()|});

            string Current() => text;
            """));
}
