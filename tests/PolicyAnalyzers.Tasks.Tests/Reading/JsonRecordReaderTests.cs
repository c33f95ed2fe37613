using System.Linq;
using Xunit;

namespace PolicyAnalyzers.DataFiles.Tests;

public class JsonRecordReaderTests
{
    [Fact]
    public void WhenJsonIsArrayOfObjects_YieldsOneRecordPerObjectAtItsLine()
    {
        var rows = Records.Json("""
            [
              {"fullName": "Ana Silva", "age": 31, "active": true, "note": null},
              {"fullName": "Bo Berg",
               "age": 40}
            ]
            """);

        Assert.Equal(2, rows.Count);
        Assert.Equal((2, 3), (rows[0].Line, rows[0].Column));
        Assert.Equal("Ana Silva", rows[0]["fullName"]);
        Assert.Equal("31", rows[0]["age"]);
        Assert.Equal("true", rows[0]["active"]);
        Assert.DoesNotContain(rows[0].Fields, f => f.Column == "note");
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void WhenObjectsAreNested_EachObjectIsItsOwnRecord()
    {
        var rows = Records.Json("""
            {"data": {"people": [
              {"name": "Ana", "address": {"city": "Lima"}, "dob": "1990-01-02"}
            ]}, "version": 2}
            """);

        Assert.Equal(3, rows.Count);
        Assert.Equal("Lima", rows[0]["city"]);
        Assert.Equal(["Ana", "1990-01-02"], rows[1].Values());
        Assert.Equal("2", rows[2]["version"]);
    }

    [Fact]
    public void WhenObjectHoldsArraysOfScalars_TheyAreNotFields()
    {
        var rows = Records.Json("""{"tags": ["a", "b"], "id": "x"}""");

        Assert.Equal(["x"], rows.Single().Values());
    }

    [Fact]
    public void WhenFileIsJsonLines_YieldsOneRecordPerLine()
    {
        var rows = Records.Json("{\"a\": \"1\"}\n{\"a\": \"2\"}\n\n{\"a\": \"3\"}\n", jsonLines: true);

        Assert.Equal([1, 2, 4], rows.Select(r => r.Line));
    }

    [Fact]
    public void WhenKeysRepeat_TheyShareOneColumn()
    {
        var reader = new JsonRecordReader(new System.IO.StringReader("""[{"a":1,"b":2},{"b":3,"a":4}]"""));

        Records.ReadAll(reader);

        Assert.Equal(["a", "b"], reader.ColumnNames);
    }

    [Fact]
    public void WhenKeysAreData_ColumnTableStopsGrowingAtItsLimit()
    {
        var json = new System.Text.StringBuilder("{");
        for (int i = 0; i < ColumnTable.MaxColumns + 100; i++)
        {
            json.Append($"\"key{i}\": {i},");
        }

        json.Append("\"last\": 1}");
        var reader = new JsonRecordReader(new System.IO.StringReader(json.ToString()));

        var rows = Records.ReadAll(reader);

        Assert.Equal(ColumnTable.MaxColumns, reader.ColumnNames.Count);
        Assert.Equal(ColumnTable.MaxColumns, rows.Single().Fields.Count);
    }

    [Fact]
    public void WhenObjectsAreDeeplyNestedButAllowed_ReadsThemAll()
    {
        string json = string.Concat(Enumerable.Repeat("{\"v\": \"x\", \"c\": ", 500)) + "{}" + new string('}', 500);

        Assert.Equal(500, Records.Json(json).Count);
    }
}
