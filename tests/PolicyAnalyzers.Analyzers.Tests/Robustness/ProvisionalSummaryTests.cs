
namespace PolicyAnalyzers.Tests.Robustness;

/// <summary>
/// A method summarised while a field state it reads is still being computed gets a provisional summary. It is kept,
/// and becomes final without another walk when the fields it read hold no data; it is walked again when they do.
/// </summary>
public class ProvisionalSummaryTests
{
    // Size is summarised first: it computes Roster's field state, which walks Add, which calls Summary while the
    // state is in progress. Summary's summary is provisional: it read _names as empty.
    private const string Roster = """
        public sealed class Roster
        {
            private readonly List<string> _names = new();
            private readonly string _separator = ",";
            public void Add(Applicant applicant) { _names.Add(applicant.Name); Console.WriteLine(Summary().Length); }
            public string Summary() => _names.Count == 0 ? _separator : _names[_names.Count - 1];
            public int Size() => _names.Count;
        }

        public sealed class Publisher
        {
            private readonly Roster _roster;
            public Publisher(Roster roster) { _roster = roster; }
            public void Publish() => File.WriteAllText("roster.txt", _roster.Summary());
        }
        """;

    [Fact]
    public void WhenAProvisionalSummaryReadAFieldThatHoldsData_ItsCallerSeesTheData()
    {
        var probe = new SummaryProbe(AnalysisHarness.Compile(TestModel.With(Roster)));
        probe.Summarize("Size");

        var publish = probe.Summarize("Publish");

        var finding = Assert.Single(publish.Findings);
        Assert.Equal("Applicant.Name", finding.Source.Name);
    }

    [Fact]
    public void WhenAProvisionalSummaryReadOnlyFieldsWithoutData_ItIsNotWalkedAgain()
    {
        // The same shape, with a count stored instead of names: _names never holds data.
        var probe = new SummaryProbe(AnalysisHarness.Compile(TestModel.With(Roster.Replace("_names.Add(applicant.Name)", "_names.Add(applicant.CaseCount.ToString())"))));
        probe.Summarize("Size");
        var walksBefore = probe.Flow.Walks;

        var summary = probe.Summarize("Summary");

        Assert.Empty(summary.Findings);
        Assert.False(summary.IsProvisional);
        Assert.Equal(walksBefore, probe.Flow.Walks);
        Assert.Empty(probe.Summarize("Publish").Findings);
    }
}
