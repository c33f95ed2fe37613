using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Tests.Policy;

/// <summary>How policy rows name APIs: documentation IDs with wildcards.</summary>
public class ApiPatternTests
{
    [Theory]
    [InlineData("M:System.IO.File.WriteAllText", "System.IO.File", "WriteAllText", true)]
    [InlineData("M:System.IO.File.WriteAllText", "System.IO.File", "WriteAllLines", false)]
    [InlineData("M:System.IO.File.WriteAllText", "System.IO.FileInfo", "WriteAllText", false)]
    [InlineData("M:System.IO.File.{WriteAll*,AppendAll*}", "System.IO.File", "AppendAllLinesAsync", true)]
    [InlineData("M:System.IO.File.{WriteAll*,AppendAll*}", "System.IO.File", "ReadAllText", false)]
    [InlineData("M:*.Count", "Company.Stats", "Count", true)]
    [InlineData("P:System.Collections.*.{Key,Keys}", "System.Collections.Generic.KeyValuePair`2", "Key", true)]
    [InlineData("P:System.Collections.*.{Key,Keys}", "Company.Collections.Pair", "Key", false)]
    [InlineData("M:Serilog.ILogger<T>.Information", "Serilog.ILogger`1", "Information", true)]
    [InlineData("M:Company.Outer.Inner.Send", "Company.Outer.Inner", "Send", true)]
    [InlineData("M:System.Linq.Enumerable.Select``2", "System.Linq.Enumerable", "Select", true)]
    public void MatchesTypesAndMembersByName(string pattern, string type, string member, bool matches)
    {
        var api = ApiPattern.Parse(pattern);

        Assert.NotNull(api);
        Assert.Equal(matches, api.MatchesType(type) && api.MatchesMember(member));
    }

    [Fact]
    public void AnOverloadIsNamedByItsDocumentationId()
    {
        var api = ApiPattern.Parse("M:Company.Upload.Send(System.String)")!;

        Assert.Equal("M:Company.Upload.Send(System.String)", api.ExactId);
        Assert.Equal("Company.Upload", api.ExactTypeName);
        Assert.Equal("Send", api.ExactMemberName);
    }

    [Fact]
    public void ATypePatternNamesNoMember()
    {
        var api = ApiPattern.Parse("T:Microsoft.Extensions.Logging.*")!;

        Assert.Equal('T', api.Kind);
        Assert.Null(api.ExactTypeName);
        Assert.True(api.MatchesType("Microsoft.Extensions.Logging.ILogger`1"));
        Assert.False(api.MatchesType("Microsoft.Extensions.Options.IOptions`1"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Company.Upload.Send")]
    [InlineData("X:Company.Upload")]
    [InlineData("M:Send")]
    [InlineData("M:Company.")]
    [InlineData("T:")]
    public void WhenTheTextIsNotAPattern_ReturnsNull(string text) => Assert.Null(ApiPattern.Parse(text));
}
