using System.Collections.Generic;
using PolicyAnalyzers.DataFiles.Reading;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>Reads every record of a reader into plain dictionaries (column name → value) for assertions.</summary>
internal static class Records
{
    public sealed record Row(int Line, int Column, IReadOnlyList<(string Column, string Value)> Fields)
    {
        public string this[string column]
        {
            get
            {
                foreach ((var name, var value) in Fields)
                {
                    if (name == column)
                    {
                        return value;
                    }
                }

                throw new KeyNotFoundException(column);
            }
        }

        public IReadOnlyList<string> Values()
        {
            var values = new List<string>();
            foreach ((_, var value) in Fields)
            {
                values.Add(value);
            }

            return values;
        }
    }

    public static List<Row> ReadAll(IRecordReader reader)
    {
        var rows = new List<Row>();
        using (reader)
        {
            while (reader.TryRead(out var record))
            {
                var fields = new List<(string, string)>();
                for (var i = 0; i < record.FieldCount; i++)
                {
                    var column = record.ColumnAt(i);
                    var name = column < reader.ColumnNames.Count ? reader.ColumnNames[column] : $"#{column}";
                    fields.Add((name, record.ValueAt(i).ToString()));
                }

                rows.Add(new Row(record.Line, record.Column, fields));
            }
        }

        return rows;
    }

    public static List<Row> Csv(string text, int bufferSize = 65536, char preferredDelimiter = ',') =>
        ReadAll(new CsvRecordReader(new StringReader(text), preferredDelimiter: preferredDelimiter, bufferSize: bufferSize));

    public static List<Row> Json(string text, bool jsonLines = false, int maxDepth = JsonTokenizer.DefaultMaxDepth) =>
        ReadAll(new JsonRecordReader(new StringReader(text), jsonLines, maxDepth));
}
