using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Judges one table: streams its records through the personal-data detector and, when the project has
/// [ProtectedData] types, the shape detector. A header that names nothing about people settles a large file after a
/// sample: the sample's values may still show identifier columns (a header-less file), and only then is the rest read.
/// One finding per table at most: PA1001 when values show personal data (naming the protected type too when the
/// shape matches), PA1002 when only the shape does.
/// </summary>
internal sealed class TableScan
{
    private readonly RecordTable _table;
    private readonly IReadOnlyList<ProtectedTypeShape> _shapes;
    private PersonalRecordDetector _detector;
    private ProtectedShapeDetector? _shapeDetector;
    private string _columnWord;

    public TableScan(RecordTable table, IReadOnlyList<ProtectedTypeShape> shapes)
    {
        _table = table;
        _shapes = shapes;
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
        IRecordReader reader = _table.Reader;
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
        int shape = _shapeDetector?.BestShape() ?? -1;
        bool cells = !_table.Position.IsNone;
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
            ProtectedShapeDetector shapes = _shapeDetector!;
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

    private void LookAtValues()
    {
        IRecordReader reader = _table.Reader;
        var sample = new List<DataRecord>(ColumnValueProfiler.SampleRows);
        while (sample.Count < ColumnValueProfiler.SampleRows && reader.TryRead(out DataRecord? record))
        {
            var copy = new DataRecord();
            copy.CopyFrom(record);
            sample.Add(copy);
        }

        RecordsRead += sample.Count;
        FieldKind[]? kinds = ColumnValueProfiler.Infer(reader.HeaderRecord, sample, out bool headerIsData);
        if (kinds is null)
        {
            return;
        }

        IReadOnlyList<string> names = reader.ColumnNames;
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

        foreach (DataRecord record in sample)
        {
            _detector.Observe(record);
        }

        ReadRest();
    }

    private void ReadRest()
    {
        IRecordReader reader = _table.Reader;
        PersonalRecordDetector detector = _detector;
        ProtectedShapeDetector? shapes = _shapeDetector;
        long count = 0;
        while (reader.TryRead(out DataRecord? record))
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
        for (int column = 0; column < kinds.Length; column++)
        {
            string position = _table.CellsAreSpreadsheetCells
                ? CellReference.ColumnLetters(column)
                : (column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string what = kinds[column] switch
            {
                FieldKind.ANumber => "A-Numbers",
                FieldKind.Ssn => "SSNs",
                FieldKind.Email => "e-mail addresses",
                FieldKind.DateOfBirth => "dates",
                FieldKind.Nationality => "nationalities",
                FieldKind.PersonName => "names",
                _ => string.Empty,
            };
            names.Add(what.Length == 0 ? position : $"{position} ({what})");
        }

        return names;
    }
}
