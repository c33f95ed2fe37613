using System.Collections.Generic;
using System.Linq;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Tests.Policy;

/// <summary>The row format shared by the built-in catalog and a project's own policy.</summary>
public class PolicyRowParserTests
{
    [Fact]
    public void TheBuiltInCatalogHasNoLineItCannotRead()
    {
        Assert.Empty(BuiltInPolicy.Errors);
        Assert.True(BuiltInPolicy.Rows.Length > 40, "the catalog's rows were not embedded");
    }

    [Fact]
    public void EveryVerbIsReadByItsName()
    {
        foreach (PolicyVerb verb in System.Enum.GetValues(typeof(PolicyVerb)))
        {
            var row = PolicyRowParser.ParseLine(verb.ToString().ToLowerInvariant() + " T:Company.Thing", "test", out var error);

            Assert.True(row is not null, error);
            Assert.Equal(verb, row!.Verb);
        }
    }

    [Fact]
    public void OptionsAreRead()
    {
        var row = PolicyRowParser.ParseLine(
            "respond M:Company.Http.Send view=newtonsoft as=Http data=body,this phrase=\"the partner API '{0}'\"", "test", out _)!;

        Assert.Equal(PolicyVerb.Respond, row.Verb);
        Assert.Equal(DataView.NewtonsoftJson, row.View);
        Assert.Equal("Http", row.DisplayType);
        Assert.Equal(new[] { "body", "this" }, row.DataParameters.ToArray());
        Assert.Equal("the partner API '{0}'", row.Phrase);
    }

    [Fact]
    public void SerializersWriteJsonAndExportsTextUnlessTheRowSaysOtherwise()
    {
        Assert.Equal(DataView.SystemTextJson, PolicyRowParser.ParseLine("serialize M:A.B.C", "test", out _)!.View);
        Assert.Equal(DataView.Text, PolicyRowParser.ParseLine("export M:A.B.C", "test", out _)!.View);
    }

    [Fact]
    public void CommentsAndBlankLinesAreSkippedButConstructorsAreNotComments()
    {
        var errors = new List<PolicyError>();
        var rows = PolicyRowParser.Parse("""
            # a comment

            export M:System.Net.Http.StringContent.#ctor   # the constructor
            """, "test.policy", errors);

        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal("#ctor", row.Api.ExactMemberName);
    }

    [Theory]
    [InlineData("exports M:Company.Upload.Send", "expected a verb")]
    [InlineData("export Company.Upload.Send", "is not an API pattern")]
    [InlineData("export M:Company.Upload.Send view=yaml", "unknown option")]
    [InlineData("export", "expected a verb")]
    public void ALineItCannotReadIsReportedWithItsLineNumber(string line, string reason)
    {
        var errors = new List<PolicyError>();
        var rows = PolicyRowParser.Parse("log M:Company.Log.Write\n" + line, "PolicyAnalyzers.policy", errors);

        Assert.Single(rows);
        var error = Assert.Single(errors);
        Assert.Equal(("PolicyAnalyzers.policy", 2), (error.Path, error.Line));
        Assert.Contains(reason, error.Message);
    }
}
