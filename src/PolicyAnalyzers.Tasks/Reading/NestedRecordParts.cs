namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// How the nested objects of a JSON or XML record join it: a legislator's <c>name: {first, last}</c> and
/// <c>bio: {birthday, gender}</c> are parts of one record, judged together as <c>name.first</c>, <c>name.last</c>,
/// <c>bio.birthday</c>; judged apart, no part is about anyone. Elements of an array (or repeated XML elements) are
/// records of their own, and so are parts too deep or too many to belong to one record: a dictionary keyed by ID
/// holds one record per key.
/// </summary>
internal static class NestedRecordParts
{
    /// <summary>Levels of nesting a record takes in ("person.name.first" is two).</summary>
    public const int MaxDepth = 2;

    /// <summary>Nested objects one record takes in; later ones are records of their own.</summary>
    public const int MaxParts = 8;

    /// <summary>Whether a part <paramref name="partDepth"/> levels deep may join a record that has taken <paramref name="parts"/>.</summary>
    public static bool CanJoin(int partDepth, int parts) => partDepth < MaxDepth && parts < MaxParts;

    /// <summary>Copies <paramref name="part"/>'s fields into <paramref name="record"/>, named by their path under <paramref name="key"/>.</summary>
    public static void Join(DataRecord part, int key, DataRecord record, ColumnTable columns)
    {
        for (var i = 0; i < part.FieldCount; i++)
        {
            var column = columns.GetOrAddPath(key, part.ColumnAt(i));
            if (column >= 0)
            {
                var value = part.ValueAt(i);
                record.AddField(column, value.Array, value.Start, value.Length);
            }
        }
    }
}
