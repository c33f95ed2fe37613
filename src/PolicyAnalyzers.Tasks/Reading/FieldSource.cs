namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Splits the rest of a deferred record on demand (<see cref="DataRecord.Defer"/>). An abstract class rather than an
/// interface: it is called once per field of every row, where a virtual call costs less than an interface dispatch.
/// </summary>
internal abstract class FieldSource
{
    /// <summary>
    /// Adds the record's next fields until it holds <paramref name="count"/> or its last one, then calls
    /// <see cref="DataRecord.Complete"/> if the record ended. Returns whether it holds <paramref name="count"/>.
    /// Throws <see cref="DataFileFormatException"/> when the file is malformed there.
    /// </summary>
    public abstract bool ReadFields(DataRecord record, int count);
}
