using System.Collections.Generic;
using System.Text;
using PolicyAnalyzers.DataFiles.Reading;

namespace PolicyAnalyzers.DataFiles.Tests;

public class JsonTokenizerTests
{
    private static List<(JsonTokenKind Kind, string Text, int Line, int Column)> Tokens(string json, bool multipleValues = false)
    {
        var tokenizer = new JsonTokenizer(new StringReader(json), multipleValues, bufferSize: 3);
        var tokens = new List<(JsonTokenKind, string, int, int)>();
        while (tokenizer.Read())
        {
            tokens.Add((tokenizer.Kind, new string(tokenizer.ValueBuffer, 0, tokenizer.ValueLength), tokenizer.Line, tokenizer.Column));
        }

        return tokens;
    }

    [Fact]
    public void WhenJsonIsValid_YieldsTokensWithPositions()
    {
        var tokens = Tokens("{\n  \"a\": [1, -2.5e3, true, false, null],\n  \"b\": \"x\"\n}");

        Assert.Equal(
            [
                (JsonTokenKind.StartObject, "", 1, 1),
                (JsonTokenKind.PropertyName, "a", 2, 3),
                (JsonTokenKind.StartArray, "", 2, 8),
                (JsonTokenKind.Number, "1", 2, 9),
                (JsonTokenKind.Number, "-2.5e3", 2, 12),
                (JsonTokenKind.True, "true", 2, 20),
                (JsonTokenKind.False, "false", 2, 26),
                (JsonTokenKind.Null, "null", 2, 33),
                (JsonTokenKind.EndArray, "", 2, 37),
                (JsonTokenKind.PropertyName, "b", 3, 3),
                (JsonTokenKind.String, "x", 3, 8),
                (JsonTokenKind.EndObject, "", 4, 1),
            ],
            tokens);
    }

    [Fact]
    public void WhenStringHasEscapes_UnescapesThem()
    {
        var tokens = Tokens("[\"q\\\"b\\\\s\\/n\\n\\u00e9\\ud83d\\ude00\"]");

        Assert.Equal("q\"b\\s/n\né\U0001F600", tokens[1].Text);
    }

    [Fact]
    public void WhenJsonHasCommentsAndTrailingCommas_AcceptsThemLikeDotNetConfiguration()
    {
        var tokens = Tokens("// settings\n{ /* block\n comment */ \"a\": 1, \"b\": [1, 2,], }");

        Assert.Contains(tokens, t => t.Kind == JsonTokenKind.PropertyName && t.Text == "b");
        Assert.Equal(JsonTokenKind.EndObject, tokens[^1].Kind);
    }

    [Theory]
    [InlineData("{\"a\" 1}", 1, 6)]
    [InlineData("{\"a\": 1", 1, 8)]
    [InlineData("[1 2]", 1, 4)]
    [InlineData("{\"a\": \"open\n}", 1, 7)]
    [InlineData("{\"a\": tru}", 1, 7)]
    [InlineData("[1]\n[2]", 2, 1)]
    [InlineData("", 1, 1)]
    [InlineData("   \n  ", 2, 3)]
    [InlineData("{'a': 1}", 1, 2)]
    public void WhenJsonIsMalformed_ThrowsFormatExceptionWithPosition(string json, int line, int column)
    {
        var error = Assert.Throws<DataFileFormatException>(() => Tokens(json));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith("malformed JSON", error.Message);
    }

    [Fact]
    public void WhenMultipleValuesAllowed_ReadsOneAfterAnother()
    {
        var tokens = Tokens("{\"a\":1}\n{\"a\":2}\n\n", multipleValues: true);

        Assert.Equal(8, tokens.Count);
        Assert.Equal(2, tokens[4].Line);
    }

    [Fact]
    public void WhenNestingIsOneHundredThousandDeep_ReportsTooDeepWithoutOverflowingTheStack()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);

        var error = Assert.Throws<DataFileFormatException>(() => Tokens(json));

        Assert.Contains("deeper than 1000", error.Message);
    }

    [Fact]
    public void WhenNestingIsDeepButUnderTheLimit_ReadsIt()
    {
        var builder = new StringBuilder();
        builder.Append('[', 1000).Append(']', 1000);

        Assert.Equal(2000, Tokens(builder.ToString()).Count);
    }
}
