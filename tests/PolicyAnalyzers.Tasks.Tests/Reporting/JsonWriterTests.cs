using PolicyAnalyzers.DataFiles.Reporting;

namespace PolicyAnalyzers.DataFiles.Tests;

public class JsonWriterTests
{
    [Fact]
    public void WhenContainersAreNested_EachMemberIsOnItsOwnIndentedLine()
    {
        var json = new JsonWriter().StartObject()
            .Property("version", 1)
            .Name("runs").StartArray().StartObject().Property("name", "scan").End().End()
            .End().ToString();

        Assert.Equal("{\n  \"version\": 1,\n  \"runs\": [\n    {\n      \"name\": \"scan\"\n    }\n  ]\n}\n", json);
    }

    [Fact]
    public void WhenAContainerIsInline_ItAndEverythingInsideStayOnOneLine()
    {
        var json = new JsonWriter().StartArray()
            .StartObject(inline: true).Property("id", "PA1001").Name("text").StartObject().Property("level", "error").End().End()
            .End().ToString();

        Assert.Equal("[\n  { \"id\": \"PA1001\", \"text\": { \"level\": \"error\" } }\n]\n", json);
    }

    [Fact]
    public void WhenAContainerIsEmpty_ItIsWrittenClosed()
    {
        var json = new JsonWriter().StartObject().Name("results").StartArray().End().End().ToString();

        Assert.Equal("{\n  \"results\": []\n}\n", json);
    }

    [Fact]
    public void Strings_AreEscaped_SoAnyTextStaysOneValidString()
    {
        var json = new JsonWriter().StartArray(inline: true).String("a \"b\" \\ c\n\r\t\u0001\u2028").End().ToString();

        Assert.Equal("[ \"a \\\"b\\\" \\\\ c\\n\\r\\t\\u0001\\u2028\" ]\n", json);
        Assert.Equal("a \"b\" \\ c\n\r\t\u0001\u2028", System.Text.Json.JsonDocument.Parse(json).RootElement[0].GetString());
    }
}
