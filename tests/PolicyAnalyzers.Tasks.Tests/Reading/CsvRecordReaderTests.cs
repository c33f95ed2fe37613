using System.Linq;
using System.Text;
using PolicyAnalyzers.DataFiles.Reading;

namespace PolicyAnalyzers.DataFiles.Tests;

public class CsvRecordReaderTests
{
    [Fact]
    public void WhenCsvIsPlain_YieldsOneRecordPerRowKeyedByHeader()
    {
        var rows = Records.Csv("Name,City\nAna,Lima\nBo,Oslo\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal("Ana", rows[0]["Name"]);
        Assert.Equal("Oslo", rows[1]["City"]);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void WhenFieldIsQuoted_KeepsDelimitersAndDoubledQuotes()
    {
        var rows = Records.Csv("A,B\n\"Doe, John\",\"said \"\"hi\"\"\"\n");

        Assert.Equal("Doe, John", rows[0]["A"]);
        Assert.Equal("said \"hi\"", rows[0]["B"]);
    }

    [Fact]
    public void WhenQuotedFieldHasEmbeddedNewline_KeepsItAndCountsLinesForLaterRecords()
    {
        var rows = Records.Csv("Note,Id\n\"first line\nsecond line\",1\nplain,2\n");

        Assert.Equal("first line\nsecond line", rows[0]["Note"]);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(4, rows[1].Line);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void WhenLinesEndWithAnyConvention_LineNumbersAreRight(string newline)
    {
        var text = string.Join(newline, "H1,H2", "a,b", "\"x" + newline + "y\",c", "d,e") + newline;

        var rows = Records.Csv(text);

        Assert.Equal([2, 3, 5], rows.Select(r => r.Line));
        Assert.Equal("x" + newline + "y", rows[1]["H1"]);
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public void WhenDelimiterIsAnyCommonOne_DetectsIt(char delimiter)
    {
        var d = delimiter.ToString();
        var reader = new CsvRecordReader(new StringReader($"First Name{d}Last Name{d}City\nAna{d}Silva{d}\"Porto, PT\"\n"));

        Assert.Equal(delimiter, reader.Delimiter);
        var rows = Records.ReadAll(reader);
        Assert.Equal("Silva", rows[0]["Last Name"]);
    }

    [Fact]
    public void WhenExcelSeparatorHintComesFirst_UsesItAndSkipsTheLine()
    {
        var reader = new CsvRecordReader(new StringReader("sep=;\r\nName;City\r\nAna;Lima\r\n"));

        Assert.Equal(';', reader.Delimiter);
        Assert.Equal(["Name", "City"], reader.ColumnNames);
        Assert.Equal(3, Records.ReadAll(reader)[0].Line);
    }

    [Fact]
    public void WhenHeaderHasCommaInsideQuotes_DelimiterDetectionIgnoresIt()
    {
        var reader = new CsvRecordReader(new StringReader("\"Name, full\";\"City, country\";Id\nA;B;1\n"));

        Assert.Equal(';', reader.Delimiter);
    }

    [Fact]
    public void WhenRowsAreRagged_ShortRowsHaveFewerFieldsAndExtraCellsHaveNoColumnName()
    {
        var reader = new CsvRecordReader(new StringReader("A,B\n1\n1,2,3\n"));

        var rows = Records.ReadAll(reader);

        Assert.Single(rows[0].Fields);
        Assert.Equal(3, rows[1].Fields.Count);
        Assert.Equal("#2", rows[1].Fields[2].Column);
    }

    [Fact]
    public void WhenRowEndsWithDelimiter_LastFieldIsEmpty()
    {
        var rows = Records.Csv("A,B\n1,");

        Assert.Equal(["1", ""], rows[0].Values());
    }

    [Fact]
    public void WhenBlankLinesAppear_TheyAreSkipped()
    {
        var rows = Records.Csv("\n\nA,B\n\n1,2\n\n\n3,4");

        Assert.Equal(2, rows.Count);
        Assert.Equal(5, rows[0].Line);
        Assert.Equal(8, rows[1].Line);
    }

    [Fact]
    public void WhenQuoteIsNeverClosed_ThrowsFormatExceptionAtTheQuoteLine()
    {
        var reader = new CsvRecordReader(new StringReader("A,B\n1,2\n\"open,3\n4,5\n"));

        var error = Assert.Throws<DataFileFormatException>(() => Records.ReadAll(reader));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void WhenFileIsEmpty_YieldsNothing()
    {
        Assert.Empty(Records.Csv(string.Empty));
    }

    [Fact]
    public void WhenFileHasOnlyHeader_YieldsNothingButKnowsColumns()
    {
        var reader = new CsvRecordReader(new StringReader("Full Name,Date of Birth\n"));

        Assert.Equal(["Full Name", "Date of Birth"], reader.ColumnNames);
        Assert.Empty(Records.ReadAll(reader));
    }

    [Fact]
    public void WhenRecordsCrossBufferBoundaries_ResultIsTheSameAsWithALargeBuffer()
    {
        var text = new StringBuilder("Name,Note,Id\r\n");
        for (var i = 0; i < 200; i++)
        {
            text.Append($"Person {i},\"note \"\"{i}\"\"\r\nline two, with comma\",{i}\r\n");
        }

        var large = Records.Csv(text.ToString());
        foreach (var size in new[] { 1, 2, 3, 7, 64 })
        {
            var small = Records.Csv(text.ToString(), bufferSize: size);
            Assert.Equal(large.Count, small.Count);
            for (var i = 0; i < large.Count; i++)
            {
                Assert.Equal(large[i].Line, small[i].Line);
                Assert.Equal(large[i].Values(), small[i].Values());
            }
        }

        Assert.Equal(200, large.Count);
        Assert.Equal("note \"7\"\r\nline two, with comma", large[7]["Note"]);
        Assert.Equal(2 + (7 * 2), large[7].Line);
    }

    [Fact]
    public void WhenCellIsHuge_OnlyTheStartIsKeptAndReadingGoesOn()
    {
        string huge = new('x', 1_000_000);
        var rows = Records.Csv($"A,B\n{huge},after\n");

        Assert.Equal(DataRecord.MaxStoredValueLength, rows[0]["A"].Length);
        Assert.Equal("after", rows[0]["B"]);
    }

    [Fact]
    public void WhenTsvHasNoDelimiterInHeader_FallsBackToPreferredTab()
    {
        var reader = new CsvRecordReader(new StringReader("Name\nAna\tx\n"), preferredDelimiter: '\t');

        Assert.Equal('\t', reader.Delimiter);
    }
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(1 << 17)]
    public void WhenRowsAreSplitOnlyAsFarAsAsked_FieldsAndLinesMatchAFullSplit(int bufferSize)
    {
        // Quoted fields with delimiters, doubled quotes and line breaks; literal quotes inside unquoted fields; empty
        // fields; CRLF, LF and CR line ends; blank lines; a last line without a line end.
        var random = new System.Random(12);
        string[] cells = ["plain", "", "\"a, b\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"", "5\" disk", "\"\"", "x\"y\"z", "\"r\r\nn\"", "Álvarez"];
        string[] ends = ["\n", "\r\n", "\r", "\n\n"];
        var text = new StringBuilder("A,B,C,D,E\n");
        for (var row = 0; row < 300; row++)
        {
            var width = 1 + random.Next(6);
            // A row's first cell is never empty: a line with nothing on it is a blank line, not a row.
            text.Append(string.Join(",", Enumerable.Range(0, width).Select(c => cells[c == 0 ? (2 + random.Next(cells.Length - 2)) % cells.Length : random.Next(cells.Length)])));
            text.Append(row == 299 ? string.Empty : ends[random.Next(ends.Length)]);
        }

        var full = Records.Csv(text.ToString(), bufferSize: bufferSize);
        var asked = new System.Collections.Generic.List<(int Line, string[] Values)>();
        var wanted = new System.Random(34);
        using (var reader = new CsvRecordReader(new StringReader(text.ToString()), bufferSize: bufferSize))
        {
            while (reader.TryRead(out var record))
            {
                var want = wanted.Next(4);
                var values = new System.Collections.Generic.List<string>();
                for (var i = 0; i < want && record.HasField(i); i++)
                {
                    values.Add(record.ValueAt(i).ToString());
                }

                asked.Add((record.Line, values.ToArray()));
            }
        }

        Assert.Equal(300, full.Count);
        Assert.Equal(full.Count, asked.Count);
        for (var i = 0; i < full.Count; i++)
        {
            Assert.Equal(full[i].Line, asked[i].Line);
            Assert.Equal(full[i].Values().Take(asked[i].Values.Length), asked[i].Values);
        }
    }

    [Fact]
    public void WhenRowIsSplitPartly_TheRestIsStillThereForWhoeverAsks()
    {
        using var reader = new CsvRecordReader(new StringReader("A,B,C\n1,\"x, y\",3\n"));

        Assert.True(reader.TryRead(out var record));
        Assert.True(record.HasField(0));
        Assert.Equal(3, record.FieldCount);
        Assert.Equal(["1", "x, y", "3"], Enumerable.Range(0, 3).Select(i => record.ValueAt(i).ToString()));
    }
}
