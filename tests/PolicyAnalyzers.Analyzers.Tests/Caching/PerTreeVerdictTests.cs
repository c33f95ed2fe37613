using Microsoft.CodeAnalysis.CSharp;
using PolicyAnalyzers.Caching;

namespace PolicyAnalyzers.Tests.Caching;

/// <summary>Answers about a file are computed once per syntax tree, so an IDE edit only pays for the edited file.</summary>
public class PerTreeVerdictTests
{
    [Fact]
    public void WhenTheSameTreeIsAskedAgain_TheAnswerIsNotComputedAgain()
    {
        var computed = 0;
        var verdict = new PerTreeVerdict(tree => { computed++; return tree.ToString().Contains("Fallback"); });
        var startup = CSharpSyntaxTree.ParseText("class Startup { void Configure() { var p = \"FallbackPolicy\"; } }");
        var model = CSharpSyntaxTree.ParseText("class Model { }");

        Assert.True(verdict.Of(startup));
        Assert.False(verdict.Of(model));
        Assert.True(verdict.Of(startup));
        Assert.False(verdict.Of(model));
        Assert.Equal(2, computed);
    }

    [Fact]
    public void WhenAFileIsEdited_ItsNewTreeIsAskedAfresh()
    {
        var computed = 0;
        var verdict = new PerTreeVerdict(tree => { computed++; return tree.ToString().Contains("Fallback"); });
        var before = CSharpSyntaxTree.ParseText("class Startup { }");

        Assert.False(verdict.Of(before));
        var after = before.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("class Startup { string p = \"FallbackPolicy\"; }"));

        Assert.True(verdict.Of(after));
        Assert.Equal(2, computed);
    }
}
