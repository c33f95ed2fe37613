using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// A reader of a format whose field names are keys met while reading (JSON, XML): there is no header row, and the
/// column names grow as reading goes on. Records are filled in holders (<typeparamref name="THolder"/>) that are
/// reused: the one handed out with the last record comes back at the next read, so memory stays flat as files grow.
/// </summary>
internal abstract class KeyedRecordReader<THolder> : IRecordReader
    where THolder : class, new()
{
    private readonly Stack<THolder> _spare = new();
    private THolder? _handedOut;

    public IReadOnlyList<string> ColumnNames => Columns.Names;

    public bool ColumnsKnownUpFront => false;

    public string ColumnWord => "fields";

    public DataRecord? HeaderRecord => null;

    protected ColumnTable Columns { get; } = new();

    public bool TryRead([NotNullWhen(true)] out DataRecord? record)
    {
        if (_handedOut is not null)
        {
            _spare.Push(_handedOut);
            _handedOut = null;
        }

        if (!TryReadNext(out var holder))
        {
            record = null;
            return false;
        }

        _handedOut = holder;
        record = RecordOf(holder);
        return true;
    }

    public abstract void Dispose();

    /// <summary>Reads up to the next complete record; its holder stays in use until the next read.</summary>
    protected abstract bool TryReadNext([NotNullWhen(true)] out THolder? holder);

    protected abstract DataRecord RecordOf(THolder holder);

    /// <summary>A holder no longer in use, or a new one.</summary>
    protected THolder Rent() => _spare.Count > 0 ? _spare.Pop() : new THolder();

    protected void Return(THolder holder) => _spare.Push(holder);
}
