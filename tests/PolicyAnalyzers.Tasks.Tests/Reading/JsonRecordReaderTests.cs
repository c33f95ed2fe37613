using System.Linq;
using PolicyAnalyzers.DataFiles.Reading;

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
    public void WhenObjectsAreNested_MembersArePartsOfTheRecordAndArrayElementsRecordsOfTheirOwn()
    {
        var rows = Records.Json("""
            {"data": {"people": [
              {"name": "Ana", "address": {"city": "Lima"}, "dob": "1990-01-02"}
            ]}, "version": 2}
            """);

        Assert.Equal(2, rows.Count);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(("Ana", "Lima", "1990-01-02"), (rows[0]["name"], rows[0]["address.city"], rows[0]["dob"]));
        Assert.Equal("2", rows[1]["version"]);
    }

    [Fact]
    public void WhenRecordNestsNameAndBio_ItIsOneRecordWithPathsForColumns()
    {
        var rows = Records.Json("""
            [
              {"id": {"bioguide": "X000001"}, "name": {"first": "Maria", "last": "Lopez"}, "bio": {"birthday": "1958-10-13", "gender": "F"},
               "terms": [{"type": "sen", "state": "WA"}, {"type": "rep", "state": "WA"}]}
            ]
            """);

        // The terms are records of their own (an array); the person is one record with its nested parts.
        Assert.Equal(3, rows.Count);
        Assert.Equal(["sen", "rep"], rows.Take(2).Select(r => r["type"]));
        Assert.Equal(("X000001", "Maria", "Lopez", "1958-10-13", "F"), (rows[2]["id.bioguide"], rows[2]["name.first"], rows[2]["name.last"], rows[2]["bio.birthday"], rows[2]["bio.gender"]));
        Assert.Equal(2, rows[2].Line);
    }

    [Fact]
    public void WhenObjectHasManyNestedObjects_LaterOnesAreRecordsOfTheirOwn()
    {
        // A dictionary keyed by ID: one record per entry once the first few have been taken in as parts.
        var json = "{" + string.Join(",", Enumerable.Range(1, 20).Select(i => $"\"A{i}\": {{\"name\": \"N{i}\"}}")) + "}";

        var rows = Records.Json(json);

        Assert.Equal(1 + 20 - NestedRecordParts.MaxParts, rows.Count);
        Assert.Equal(NestedRecordParts.MaxParts, rows.Last().Fields.Count);
        Assert.Equal("N1", rows.Last()["A1.name"]);
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
        for (var i = 0; i < ColumnTable.MaxColumns + 100; i++)
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
    public void WhenObjectsAreDeeplyNestedButAllowed_ReadsEveryValue()
    {
        var json = string.Concat(Enumerable.Repeat("{\"v\": \"x\", \"c\": ", 500)) + "{}" + new string('}', 500);

        var rows = Records.Json(json);

        // Parts join a record at most NestedRecordParts.MaxDepth levels deep; deeper ones are records of their own.
        Assert.Equal(500, rows.Sum(r => r.Fields.Count));
        Assert.All(rows, r => Assert.InRange(r.Fields.Count, 1, NestedRecordParts.MaxDepth + 1));
        Assert.Contains(rows, r => r.Fields.Any(f => f.Column == "c.c.v"));
    }
}
