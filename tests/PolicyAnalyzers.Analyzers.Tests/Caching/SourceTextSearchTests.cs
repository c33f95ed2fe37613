using System.Linq;
using Microsoft.CodeAnalysis.Text;
using PolicyAnalyzers.Caching;

namespace PolicyAnalyzers.Tests.Caching;

/// <summary>The text search that decides which files to read finds a name anywhere, across the chunks it reads in.</summary>
public class SourceTextSearchTests
{
    private static readonly string[] Names = { "AuthorizeFolder", "FallbackPolicy" };

    [Theory]
    [InlineData(0)]
    [InlineData(8180)]      // across the first chunk's end
    [InlineData(8192)]
    [InlineData(16370)]     // across the second chunk's end
    [InlineData(29985)]     // at the very end
    public void WhenANameStandsAnywhere_ItIsFound(int position)
    {
        var text = new string('x', 30000).Remove(position, "FallbackPolicy".Length).Insert(position, "FallbackPolicy");

        Assert.True(SourceTextSearch.ContainsAny(SourceText.From(text), Names));
    }

    [Fact]
    public void WhenNoNameStandsWhole_NothingIsFound()
    {
        var text = string.Concat(Enumerable.Repeat("Fallback Policy AuthorizeFolde ", 2000));

        Assert.False(SourceTextSearch.ContainsAny(SourceText.From(text), Names));
        Assert.False(SourceTextSearch.ContainsAny(SourceText.From(""), Names));
    }
}
