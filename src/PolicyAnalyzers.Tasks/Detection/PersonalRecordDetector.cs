using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PolicyAnalyzers.DataFiles.Classification;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Text;
using PolicyAnalyzers.DataFiles.Validation;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Detection;

/// <summary>
/// Judges whole records, not isolated strings. A record is about a person when:
/// <list type="bullet">
/// <item>it names a person under a column that can only hold people ("Full Name", "First Name", "Detainee",
/// "player_name"): names are records;</item>
/// <item>or a direct identifier (A-Number, SSN, personal email, passport) sits with a quasi-identifier (date of
/// birth, nationality, facility, case status, gender, address), another identifier or a name; the weaker phone
/// number needs a person-only companion (businesses publish phone numbers too);</item>
/// <item>or a bare "Name" (or a "subject", "contact", "owner" column) holds a person-like name beside a date of
/// birth, nationality, facility, case status or gender;</item>
/// <item>or such a column holds full names ("Maria Lopez", not "Maria") beside any other value (a team, a party, an
/// office, a date, an amount), provided the column as a whole holds people: enough of its names are common given
/// names. Product, city and committee lists stay clean; these records are counted once the table is read.</item>
/// </list>
/// In a table with an aggregate column ("Count", "Total", "Estimate"), names need a date of birth or an identifier:
/// "First Name, Gender, Count" is name statistics, not people. Only a role column ("player_name" beside
/// "raptor_total") keeps its rows about people there.
/// Values are validated only in columns whose names ask for it, so a wide file costs little more than reading it.
/// </summary>
internal sealed class PersonalRecordDetector
{
    /// <summary>Column names listed in a message, at most.</summary>
    public const int MaxEvidenceColumns = 8;

    /// <summary>
    /// Personal records validated in full, to learn which columns hold the evidence. Later records stop being
    /// validated (and, in a CSV, split) as soon as they are certainly personal, and the name column that settled
    /// nearly all of these on its own ("Last Name") is checked first: the other columns of a roster's row need no
    /// checking, which is most of the throughput on large files.
    /// </summary>
    public const int FullyValidatedRecords = 1000;

    /// <summary>Share of a bare name column's full names that must start with a common given name to be people's.</summary>
    public const double GivenNameShare = 0.3;

    private readonly IReadOnlyList<string> _columnNames;
    private readonly IReadOnlyList<FieldKind>? _knownKinds;
    private readonly bool _columnsMayGrow;
    private FieldKind[] _kinds = new FieldKind[16];
    private int _classifiedCount;
    private int _aggregateColumns;
    private int[] _recordHits = new int[16];
    private Matches _certain = new(16);
    private int[] _settlingVotes = new int[16];
    private int _settlingColumn = -1;
    private Matches _provisional = new(16);
    private int _ambiguousFullNames;
    private int _ambiguousGivenNames;

    /// <param name="columnNames">The reader's column names; may grow while reading (JSON).</param>
    /// <param name="knownKinds">Kinds recognised from the values (<see cref="ColumnValueProfiler"/>), which win over
    /// what the names say wherever they are not <see cref="FieldKind.None"/>.</param>
    public PersonalRecordDetector(IReadOnlyList<string> columnNames, IReadOnlyList<FieldKind>? knownKinds = null)
    {
        _columnNames = columnNames;
        _knownKinds = knownKinds;
        _columnsMayGrow = columnNames is not string[];
        ClassifyNewColumns();
    }

    /// <summary>Records judged to be about a person.</summary>
    public int MatchCount => _certain.Count + (PeopleConfirmed ? _provisional.Count : 0);

    /// <summary>Line of the first such record, 0 if none.</summary>
    public int FirstLine => First.Line;

    public int FirstColumn => First.Column;

    /// <summary>Column index of the first value that made the first record personal, -1 if none: the cell to point at.</summary>
    public int FirstEvidenceColumn => First.EvidenceColumn;

    /// <summary>
    /// Whether the bare name columns hold people: enough of their full names start with a common given name, and
    /// more than one unless every name does. Judged on every name read, so a city list that starts with "Santa
    /// Maria" stays a city list, and one "Jack Daniels" does not make a price list a roster.
    /// </summary>
    public bool PeopleConfirmed => HoldsPeople(_ambiguousFullNames, _ambiguousGivenNames);

    /// <summary>The rule of <see cref="PeopleConfirmed"/>, for <paramref name="givenNames"/> of <paramref name="fullNames"/>.</summary>
    public static bool HoldsPeople(int fullNames, int givenNames) =>
        givenNames > 0 && givenNames >= fullNames * GivenNameShare && (givenNames >= 2 || givenNames == fullNames);

    private Matches First
    {
        get
        {
            if (!PeopleConfirmed || _provisional.Count == 0)
            {
                return _certain;
            }

            return _certain.Count == 0 || _provisional.IsBefore(_certain) ? _provisional : _certain;
        }
    }

    /// <summary>Whether any column known so far could identify a person; false means no record can ever match.</summary>
    public bool CanIdentifyPeople()
    {
        for (var column = 0; column < _columnNames.Count; column++)
        {
            var kind = KindOf(column);
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
            ClassifyNewColumns();
        }

        return _kinds[column];
    }

    /// <summary>Judges one record and remembers it when it is about a person.</summary>
    [MethodImpl(HotPath.Optimize)]
    public bool Observe(DataRecord record)
    {
        // Only JSON and XML readers add columns as they go; a table's are all known from its header.
        if (_columnsMayGrow && _classifiedCount < _columnNames.Count)
        {
            ClassifyNewColumns();
        }

        // A roster's rows are settled by one column ("Last Name"): once the first records have shown which, a name
        // there settles the row before anything else is split or validated.
        if (_settlingColumn >= 0 && record.HasField(_settlingColumn) && record.ColumnAt(_settlingColumn) == _settlingColumn
            && PersonNameValidator.IsPlausible(record.ValueAt(_settlingColumn)))
        {
            _recordHits[0] = _settlingColumn;
            _certain.Add(record, _recordHits, 1);
            return true;
        }

        var kinds = _kinds;
        var classified = _classifiedCount;
        var strongName = false;
        var personRole = false;
        var ambiguousName = false;
        var ambiguousFullName = false;
        var dateOfBirth = false;
        var aggregate = false;
        var attribute = false;
        var phones = 0;
        var direct = 0;
        var quasi = 0;
        var personQuasi = 0;
        var hits = 0;
        var settleEarly = _certain.Count >= FullyValidatedRecords;
        var noAggregates = _aggregateColumns == 0;

        for (var i = 0; record.HasField(i); i++)
        {
            var column = record.ColumnAt(i);
            var kind = column < classified ? kinds[column] : FieldKind.None;
            if (kind == FieldKind.None)
            {
                // Any value beside a name is an attribute of that person: a team, a party, an office, an amount.
                attribute = attribute || !record.ValueAt(i).IsBlank();
                continue;
            }

            var value = record.ValueAt(i);
            if (value.IsBlank())
            {
                continue;
            }

            bool valid;
            switch (kind)
            {
                case FieldKind.Person:
                    valid = PersonNameValidator.IsPlausible(value);
                    strongName |= valid;
                    personRole |= valid;
                    break;
                case FieldKind.PersonName:
                case FieldKind.GivenName:
                case FieldKind.FamilyName:
                    valid = PersonNameValidator.IsPlausible(value);
                    strongName |= valid;
                    break;
                case FieldKind.Name:
                {
                    var names = PersonNameValidator.CountNames(value);
                    valid = names > 0;
                    ambiguousName |= valid;
                    if (names >= 2)
                    {
                        ambiguousFullName = true;
                        _ambiguousFullNames++;
                        _ambiguousGivenNames += GivenNames.HasCommonGivenName(value) ? 1 : 0;
                    }

                    break;
                }

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

            if (!IsName(kind) && kind != FieldKind.Name)
            {
                attribute = true;
            }

            if (hits == _recordHits.Length)
            {
                Array.Resize(ref _recordHits, hits * 2);
            }

            _recordHits[hits++] = column;

            // Without an aggregate column, these make a record personal whatever the other fields hold.
            if (settleEarly
                && (personRole || (noAggregates && (strongName || (ambiguousName && personQuasi >= 1)
                    || (direct - phones >= 1 && (quasi >= 1 || direct >= 2 || ambiguousName))))))
            {
                break;
            }
        }

        var anyName = strongName || ambiguousName;
        var strongDirect = direct - phones;
        var identified = (strongDirect >= 1 && (quasi >= 1 || direct >= 2 || anyName))
            || (phones >= 1 && (strongName || personQuasi >= 1 || strongDirect >= 1));
        var counted = aggregate && !personRole;
        var personal = counted
            ? identified || (anyName && dateOfBirth)
            : identified || strongName || (ambiguousName && personQuasi >= 1);
        if (personal)
        {
            _certain.Add(record, _recordHits, hits);
            if (!settleEarly)
            {
                LearnSettlingColumn(hits, noAggregates);
            }

            return true;
        }

        // A full name beside anything else: personal if the column turns out to hold people (judged at the end).
        if (!counted && ambiguousFullName && attribute)
        {
            _provisional.Add(record, _recordHits, hits);
        }

        return false;
    }

    /// <summary>Names of the columns whose values made records personal, in column order.</summary>
    public IReadOnlyList<string> EvidenceColumns()
    {
        var withProvisional = PeopleConfirmed;
        var names = new List<string>();
        for (var column = 0; column < _classifiedCount && names.Count < MaxEvidenceColumns; column++)
        {
            if (_certain.IsEvidence(column) || (withProvisional && _provisional.IsEvidence(column)))
            {
                names.Add(_columnNames[column]);
            }
        }

        return names;
    }

    /// <summary>
    /// Counts, over the fully validated records, the name columns that settled a record on their own; when they are
    /// done, the column that did so for nearly all of them settles later rows first (<see cref="Observe"/>).
    /// </summary>
    private void LearnSettlingColumn(int hits, bool namesSettle)
    {
        for (var k = 0; k < hits; k++)
        {
            var column = _recordHits[k];
            var kind = _kinds[column];
            if (kind == FieldKind.Person || (namesSettle && IsName(kind)))
            {
                if (column >= _settlingVotes.Length)
                {
                    Array.Resize(ref _settlingVotes, Math.Max(_settlingVotes.Length * 2, column + 1));
                }

                _settlingVotes[column]++;
            }
        }

        if (_certain.Count < FullyValidatedRecords || _columnsMayGrow)
        {
            return;
        }

        var best = 0;
        for (var column = 1; column < _settlingVotes.Length; column++)
        {
            best = _settlingVotes[column] > _settlingVotes[best] ? column : best;
        }

        _settlingColumn = _settlingVotes[best] >= FullyValidatedRecords * 0.9 ? best : -1;
    }

    private void ClassifyNewColumns()
    {
        var count = _columnNames.Count;
        if (_kinds.Length < count)
        {
            Array.Resize(ref _kinds, Math.Max(_kinds.Length * 2, count));
        }

        for (var i = _classifiedCount; i < count; i++)
        {
            _kinds[i] = _knownKinds is not null && i < _knownKinds.Count && _knownKinds[i] != FieldKind.None
                ? _knownKinds[i]
                : FieldNameClassifier.Classify(_columnNames[i]);
            _aggregateColumns += _kinds[i] == FieldKind.Count ? 1 : 0;
        }

        _classifiedCount = count;
    }

    private static bool IsName(FieldKind kind) => FieldKinds.IsPersonName(kind);

    private static bool IsDirect(FieldKind kind) => FieldKinds.IsDirectIdentifier(kind);

    private static bool IsQuasi(FieldKind kind) => FieldKinds.IsQuasiIdentifier(kind);

    /// <summary>Records that matched one way: how many, where the first was, and which columns gave evidence.</summary>
    private struct Matches
    {
        private bool[] _evidence;

        public Matches(int columns)
        {
            _evidence = new bool[columns];
            Count = 0;
            Line = 0;
            Column = 0;
            EvidenceColumn = -1;
        }

        public int Count { get; private set; }

        public int Line { get; private set; }

        public int Column { get; private set; }

        public int EvidenceColumn { get; private set; }

        public readonly bool IsEvidence(int column) => column < _evidence.Length && _evidence[column];

        public readonly bool IsBefore(Matches other) => Line < other.Line || (Line == other.Line && Column < other.Column);

        [MethodImpl(HotPath.Optimize)]
        public void Add(DataRecord record, int[] hits, int hitCount)
        {
            if (Count++ == 0)
            {
                Line = record.Line;
                Column = record.Column;
                EvidenceColumn = hitCount > 0 ? hits[0] : -1;
            }

            for (var k = 0; k < hitCount; k++)
            {
                var column = hits[k];
                if (column >= _evidence.Length)
                {
                    Array.Resize(ref _evidence, Math.Max(_evidence.Length * 2, column + 1));
                }

                _evidence[column] = true;
            }
        }
    }
}
