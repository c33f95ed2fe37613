using System;
using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Judges whole records, not isolated strings: a record is about a person when it pairs a direct identifier with a
/// quasi-identifier or with another direct identifier, or names a person under a column that can only hold people.
/// <list type="bullet">
/// <item>Direct identifiers: a name (validated, under a name column), A-Number, SSN, personal email, passport, and
/// the weaker phone number, which needs a person-only companion (businesses publish phone numbers too).</item>
/// <item>Quasi-identifiers: date of birth, nationality, facility, case status, gender, address.</item>
/// <item>"First Name", "Last Name", "Full Name" and the like with name-shaped values count on their own.</item>
/// <item>A bare "Name" counts only beside a validated identifier or a quasi-identifier other than an address
/// (product, country and store lists stay clean).</item>
/// <item>In a table with an aggregate column ("Count", "Total"), names need a date of birth or another identifier:
/// "First Name, Gender, Count" is name statistics, not people.</item>
/// </list>
/// Values are validated only in columns whose names ask for it, so a wide file costs little more than reading it.
/// </summary>
internal sealed class PersonalRecordDetector
{
    /// <summary>Column names listed in a message, at most.</summary>
    public const int MaxEvidenceColumns = 8;

    /// <summary>
    /// Personal records validated in full, to learn which columns hold the evidence. Later records stop being
    /// validated as soon as they are certainly personal: a roster's "First Name" settles each row, so the other ten
    /// columns need no checking, which more than doubles the throughput on large files.
    /// </summary>
    public const int FullyValidatedRecords = 1000;

    private readonly IReadOnlyList<string> _columnNames;
    private readonly IReadOnlyList<FieldKind>? _knownKinds;
    private FieldKind[] _kinds = new FieldKind[16];
    private int _classifiedCount;
    private int _aggregateColumns;
    private bool[] _evidence = new bool[16];
    private int[] _recordHits = new int[16];

    /// <param name="columnNames">The reader's column names; may grow while reading (JSON).</param>
    /// <param name="knownKinds">Kinds recognised from the values (<see cref="ColumnValueProfiler"/>), which win over
    /// what the names say wherever they are not <see cref="FieldKind.None"/>.</param>
    public PersonalRecordDetector(IReadOnlyList<string> columnNames, IReadOnlyList<FieldKind>? knownKinds = null)
    {
        _columnNames = columnNames;
        _knownKinds = knownKinds;
    }

    /// <summary>Records judged to be about a person.</summary>
    public int MatchCount { get; private set; }

    /// <summary>Line of the first such record, 0 if none.</summary>
    public int FirstLine { get; private set; }

    public int FirstColumn { get; private set; }

    /// <summary>Column index of the first value that made the first record personal, -1 if none: the cell to point at.</summary>
    public int FirstEvidenceColumn { get; private set; } = -1;

    /// <summary>Whether any column known so far could identify a person; false means no record can ever match.</summary>
    public bool CanIdentifyPeople()
    {
        for (int column = 0; column < _columnNames.Count; column++)
        {
            FieldKind kind = KindOf(column);
            if (IsName(kind) || kind == FieldKind.Name || IsDirect(kind))
            {
                return true;
            }
        }

        return false;
    }

    public FieldKind KindOf(int column)
    {
        if (column < 0 || column >= _columnNames.Count)
        {
            return FieldKind.None;
        }

        if (column >= _classifiedCount)
        {
            int count = _columnNames.Count;
            if (_kinds.Length < count)
            {
                int size = Math.Max(_kinds.Length * 2, count);
                Array.Resize(ref _kinds, size);
                Array.Resize(ref _evidence, size);
            }

            for (int i = _classifiedCount; i < count; i++)
            {
                _kinds[i] = _knownKinds is not null && i < _knownKinds.Count && _knownKinds[i] != FieldKind.None
                    ? _knownKinds[i]
                    : FieldNameClassifier.Classify(_columnNames[i]);
                _aggregateColumns += _kinds[i] == FieldKind.Count ? 1 : 0;
            }

            _classifiedCount = count;
        }

        return _kinds[column];
    }

    /// <summary>Judges one record and remembers it when it is about a person.</summary>
    public bool Observe(DataRecord record)
    {
        bool strongName = false;
        bool ambiguousName = false;
        bool dateOfBirth = false;
        bool aggregate = false;
        int phones = 0;
        int direct = 0;
        int quasi = 0;
        int personQuasi = 0;
        int hits = 0;
        bool settleEarly = MatchCount >= FullyValidatedRecords;

        for (int i = 0; i < record.FieldCount; i++)
        {
            int column = record.ColumnAt(i);
            FieldKind kind = KindOf(column);
            if (kind == FieldKind.None)
            {
                continue;
            }

            TextSlice value = record.ValueAt(i);
            if (value.Trim().IsEmpty)
            {
                continue;
            }

            bool valid;
            switch (kind)
            {
                case FieldKind.PersonName:
                case FieldKind.GivenName:
                case FieldKind.FamilyName:
                    valid = PersonNameValidator.IsPlausible(value);
                    strongName |= valid;
                    break;
                case FieldKind.Name:
                    valid = PersonNameValidator.IsPlausible(value);
                    ambiguousName |= valid;
                    break;
                case FieldKind.ANumber:
                    valid = ANumberValidator.IsValid(value, underANumberHeader: true);
                    break;
                case FieldKind.Ssn:
                    valid = SsnValidator.IsValid(value, underSsnHeader: true);
                    break;
                case FieldKind.Email:
                    valid = EmailValidator.IsPersonal(value);
                    break;
                case FieldKind.Phone:
                    valid = PhoneValidator.IsValid(value);
                    phones += valid ? 1 : 0;
                    break;
                case FieldKind.Passport:
                    valid = PassportValidator.IsValid(value);
                    break;
                case FieldKind.DateOfBirth:
                    valid = DateOfBirthValidator.IsPlausible(value);
                    dateOfBirth |= valid;
                    break;
                case FieldKind.Nationality:
                    valid = NationalityValidator.IsValid(value);
                    break;
                case FieldKind.Gender:
                    valid = GenderValidator.IsValid(value);
                    break;
                case FieldKind.Facility:
                case FieldKind.CaseStatus:
                case FieldKind.Address:
                    valid = DescriptiveTextValidator.IsMeaningful(value);
                    break;
                case FieldKind.Count:
                    aggregate = true;
                    continue;
                default:
                    continue;
            }

            if (!valid)
            {
                continue;
            }

            if (IsDirect(kind))
            {
                direct++;
            }
            else if (IsQuasi(kind))
            {
                quasi++;
                if (kind != FieldKind.Address)
                {
                    personQuasi++;
                }
            }

            if (hits == _recordHits.Length)
            {
                Array.Resize(ref _recordHits, hits * 2);
            }

            _recordHits[hits++] = column;

            // Without an aggregate column, these make a record personal whatever the other fields hold.
            if (settleEarly && _aggregateColumns == 0
                && (strongName || (ambiguousName && personQuasi >= 1) || (direct - phones >= 1 && (quasi >= 1 || direct >= 2 || ambiguousName))))
            {
                break;
            }
        }

        bool anyName = strongName || ambiguousName;
        int strongDirect = direct - phones;
        bool identified = (strongDirect >= 1 && (quasi >= 1 || direct >= 2 || anyName))
            || (phones >= 1 && (strongName || personQuasi >= 1 || strongDirect >= 1));
        bool personal = aggregate
            ? identified || (anyName && dateOfBirth)
            : identified || strongName || (ambiguousName && personQuasi >= 1);
        if (!personal)
        {
            return false;
        }

        if (MatchCount++ == 0)
        {
            FirstLine = record.Line;
            FirstColumn = record.Column;
            FirstEvidenceColumn = hits > 0 ? _recordHits[0] : -1;
        }

        for (int k = 0; k < hits; k++)
        {
            _evidence[_recordHits[k]] = true;
        }

        return true;
    }

    /// <summary>Names of the columns whose values made records personal, in column order.</summary>
    public IReadOnlyList<string> EvidenceColumns()
    {
        var names = new List<string>();
        for (int column = 0; column < _classifiedCount && names.Count < MaxEvidenceColumns; column++)
        {
            if (_evidence[column])
            {
                names.Add(_columnNames[column]);
            }
        }

        return names;
    }

    private static bool IsName(FieldKind kind) =>
        kind is FieldKind.PersonName or FieldKind.GivenName or FieldKind.FamilyName;

    private static bool IsDirect(FieldKind kind) =>
        kind is FieldKind.ANumber or FieldKind.Ssn or FieldKind.Email or FieldKind.Phone or FieldKind.Passport;

    private static bool IsQuasi(FieldKind kind) =>
        kind is FieldKind.DateOfBirth or FieldKind.Nationality or FieldKind.Facility or FieldKind.CaseStatus
            or FieldKind.Gender or FieldKind.Address;
}
