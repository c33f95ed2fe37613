using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PolicyAnalyzers.DataFiles.Detection;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Reading.Xlsx;
using PolicyAnalyzers.DataFiles.Text;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Scanning;

/// <summary>
/// Judges one table: streams its records through the personal-data detector and, when the project has
/// [ProtectedData] types, the shape detector. When the header names nothing about people, the values are profiled
/// instead (a header-less file, a name column without a header); a table is settled on its first rows only when they
/// hold nothing but numbers and short codes.
/// One finding per table at most: PA1001 when values show personal data (naming the protected type too when the
/// shape matches), PA1002 when only the shape does.
/// </summary>
internal sealed class TableScan
{
    private readonly RecordTable _table;
    private PersonalRecordDetector _detector;
    private ProtectedShapeDetector? _shapeDetector;
    private string _columnWord;

    public TableScan(RecordTable table, IReadOnlyList<ProtectedTypeShape> shapes)
    {
        _table = table;
        _columnWord = table.Reader.ColumnWord;
        _detector = new PersonalRecordDetector(table.Reader.ColumnNames);
        _shapeDetector = shapes.Count > 0 ? new ProtectedShapeDetector(table.Reader.ColumnNames, shapes) : null;
    }

    /// <summary>Records read, for tests and benchmarks.</summary>
    public long RecordsRead { get; private set; }

    /// <summary>Reads the table. Throws <see cref="DataFileFormatException"/> and I/O exceptions; <see cref="Findings"/>
    /// still reports what was found before.</summary>
    public void Run()
    {
        var reader = _table.Reader;
        if (!reader.ColumnsKnownUpFront)
        {
            ReadRest();
            return;
        }

        if (!_detector.CanIdentifyPeople() && _shapeDetector?.CouldMatch() != true)
        {
            // The header names nothing about people or protected types: look at the values before giving up.
            _shapeDetector = null;
            LookAtValues();
            return;
        }

        if (_shapeDetector?.CouldMatch() == false)
        {
            _shapeDetector = null;
        }

        ReadRest();
    }

    public IEnumerable<DataFileFinding> Findings()
    {
        var shape = _shapeDetector?.BestShape() ?? -1;
        var cells = !_table.Position.IsNone;
        if (_detector.MatchCount > 0)
        {
            yield return DataFileFinding.PersonalData(
                cells ? 1 : _detector.FirstLine,
                cells ? 1 : _detector.FirstColumn,
                _detector.MatchCount,
                _detector.EvidenceColumns(),
                _columnWord,
                _table.PositionOf(
                    _detector.FirstLine,
                    _detector.FirstEvidenceColumn >= 0 ? _detector.FirstEvidenceColumn + 1 : _detector.FirstColumn),
                shape >= 0 ? _shapeDetector!.Shape(shape).TypeName : string.Empty);
        }
        else if (shape >= 0)
        {
            var shapes = _shapeDetector!;
            yield return DataFileFinding.ProtectedShape(
                cells ? 1 : shapes.FirstLine(shape),
                cells ? 1 : shapes.FirstColumn(shape),
                shapes.MatchCount(shape),
                shapes.MatchedProperties(shape),
                _columnWord,
                shapes.Shape(shape).TypeName,
                _table.PositionOf(shapes.FirstLine(shape), shapes.FirstColumn(shape)));
        }
    }

    /// <summary>
    /// The header names nothing about people: profile the values a window of rows at a time. A first window of
    /// nothing but numbers and short codes settles the table. Otherwise the rest is read on: cheaply, by the shapes
    /// of its values (<see cref="ValueShapes"/>), and each row where a column holds what it never held starts a new
    /// window profiled in full, so a roster appended below a statistics table is still found. From the window whose
    /// values identify people on, every record is judged.
    /// </summary>
    private void LookAtValues()
    {
        var reader = _table.Reader;
        var window = new List<DataRecord>(ColumnValueProfiler.SampleRows);
        var previous = new List<DataRecord>(ColumnValueProfiler.SampleRows);
        var spare = new Stack<DataRecord>();
        ValueShapes? shapes = null;
        DataRecord? start = null;
        while (true)
        {
            foreach (var used in previous)
            {
                spare.Push(used);
            }

            previous.Clear();
            (previous, window) = (window, previous);
            if (start is not null)
            {
                window.Add(start);
            }

            while (window.Count < ColumnValueProfiler.SampleRows && reader.TryRead(out var record))
            {
                window.Add(Copy(record, spare));
            }

            RecordsRead += window.Count - (start is null ? 0 : 1);
            var first = shapes is null;
            var profile = ColumnValueProfiler.Profile(first ? reader.HeaderRecord : null, window);
            if (profile.IdentifiesPeople)
            {
                // The people may have started in the previous window, too few there to show: take its rows that fit.
                var from = previous.Count;
                while (from > 0 && ColumnValueProfiler.Fits(previous[from - 1], profile.Kinds!))
                {
                    from--;
                }

                previous.RemoveRange(0, from);
                previous.AddRange(window);
                StartDetecting(profile.Kinds!, first && profile.HeaderIsData, previous);
                ReadRest();
                return;
            }

            var ended = window.Count < ColumnValueProfiler.SampleRows;
            if (ended || (first && profile.LooksClean))
            {
                return;
            }

            shapes ??= new ValueShapes();
            shapes.Learn(window);
            start = null;
            var watched = 0;
            while (start is null && reader.TryRead(out var record))
            {
                RecordsRead++;
                watched++;
                if (shapes.IsNew(record))
                {
                    start = Copy(record, spare);
                }
            }

            if (start is null)
            {
                return;
            }

            if (watched > 1)
            {
                // Rows like the judged ones came between: the next window has no judged rows right before it.
                foreach (var used in window)
                {
                    spare.Push(used);
                }

                window.Clear();
            }
        }
    }

    private static DataRecord Copy(DataRecord record, Stack<DataRecord> spare)
    {
        var copy = spare.Count > 0 ? spare.Pop() : new DataRecord();
        copy.CopyFrom(record);
        return copy;
    }

    private void StartDetecting(FieldKind[] kinds, bool headerIsData, List<DataRecord> window)
    {
        var reader = _table.Reader;
        var names = reader.ColumnNames;
        if (headerIsData)
        {
            names = DescribeUnlabelled(kinds);
            _columnWord = "unlabelled columns";
        }

        _detector = new PersonalRecordDetector(names, kinds);
        if (headerIsData)
        {
            _detector.Observe(reader.HeaderRecord!);
        }

        foreach (var record in window)
        {
            _detector.Observe(record);
        }
    }

    [MethodImpl(HotPath.Optimize)]
    private void ReadRest()
    {
        var reader = _table.Reader;
        var detector = _detector;
        var shapes = _shapeDetector;
        long count = 0;
        while (reader.TryRead(out var record))
        {
            count++;
            detector.Observe(record);
            shapes?.Observe(record);
        }

        RecordsRead += count;
    }

    /// <summary>Names for columns known only by their values: "B (A-Numbers)" in a sheet, "2 (A-Numbers)" in a CSV.</summary>
    private List<string> DescribeUnlabelled(FieldKind[] kinds)
    {
        var names = new List<string>(kinds.Length);
        for (var column = 0; column < kinds.Length; column++)
        {
            var position = _table.CellsAreSpreadsheetCells
                ? CellReference.ColumnLetters(column)
                : (column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var what = FieldKinds.ValuesLabel(kinds[column]);
            names.Add(what.Length == 0 ? position : $"{position} ({what})");
        }

        return names;
    }
}
