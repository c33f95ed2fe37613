using System;
using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>
/// Is a value a plausible date of birth: a real calendar date with a four-digit year, of any century, up to today (the
/// members of the first Congresses were born in the 1700s; registers of the dead reach further back), in a common
/// written form (yyyy-MM-dd with or without a time, MM/dd/yyyy or dd/MM/yyyy, dd.MM.yyyy, dd-MM-yyyy, yyyyMMdd,
/// 12-Jan-1980, Jan 12, 1980)? Ambiguous day/month orders pass when either reading is a real date. Two-digit years are refused.
/// Parsed by hand: no culture lookups and no allocation per cell.
/// </summary>
internal static class DateOfBirthValidator
{
    /// <summary>The first four-digit year: every century a register can reach.</summary>
    private const int EarliestYear = 1000;

    private static readonly string[] MonthNames =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    public static bool IsPlausible(TextSlice value) => IsPlausible(value, DateTime.Today);

    public static bool IsPlausible(TextSlice value, DateTime today)
    {
        value = value.Trim();
        if (value.Length < 6 || value.Length > 40)
        {
            return false;
        }

        // Up to three parts: runs of digits or of letters, separated by '-', '/', '.', ',' or spaces.
        Span3 parts = default;
        var i = 0;
        while (i < value.Length && parts.Count < 3)
        {
            var c = value[i];
            if (char.IsDigit(c) || char.IsLetter(c))
            {
                var digits = char.IsDigit(c);
                var start = i;
                while (i < value.Length && (digits ? char.IsDigit(value[i]) : char.IsLetter(value[i])))
                {
                    i++;
                }

                parts.Add(start, i - start, digits);
                continue;
            }

            if (c is not ('-' or '/' or '.' or ',' or ' '))
            {
                return false;
            }

            i++;
        }

        // What follows the date may only be a time: "T10:00:00Z", " 12:00:00 AM".
        if (i < value.Length)
        {
            var next = value[i];
            var timeFollows = (next == 'T' || next == ' ') && i + 1 < value.Length && char.IsDigit(value[i + 1]);
            if (!timeFollows)
            {
                return false;
            }
        }

        if (parts.Count == 1 && parts.IsDigits(0) && parts.Length(0) == 8)
        {
            return IsBirthDate(Number(value, parts, 0, 0, 4), Number(value, parts, 0, 4, 2), Number(value, parts, 0, 6, 2), today);
        }

        if (parts.Count != 3)
        {
            return false;
        }

        if (parts.IsDigits(0) && parts.IsDigits(1) && parts.IsDigits(2))
        {
            if (parts.Length(0) == 4 && parts.Length(1) <= 2 && parts.Length(2) <= 2)
            {
                return IsBirthDate(Number(value, parts, 0), Number(value, parts, 1), Number(value, parts, 2), today);
            }

            if (parts.Length(2) == 4 && parts.Length(0) <= 2 && parts.Length(1) <= 2)
            {
                var first = Number(value, parts, 0);
                var second = Number(value, parts, 1);
                var year = Number(value, parts, 2);
                return IsBirthDate(year, first, second, today) || IsBirthDate(year, second, first, today);
            }

            return false;
        }

        // 12-Jan-1980, 12 January 1980
        if (parts.IsDigits(0) && !parts.IsDigits(1) && parts.IsDigits(2) && parts.Length(2) == 4 && parts.Length(0) <= 2)
        {
            var month = Month(value, parts, 1);
            return month > 0 && IsBirthDate(Number(value, parts, 2), month, Number(value, parts, 0), today);
        }

        // Jan 12, 1980
        if (!parts.IsDigits(0) && parts.IsDigits(1) && parts.IsDigits(2) && parts.Length(2) == 4 && parts.Length(1) <= 2)
        {
            var month = Month(value, parts, 0);
            return month > 0 && IsBirthDate(Number(value, parts, 2), month, Number(value, parts, 1), today);
        }

        return false;
    }

    private static bool IsBirthDate(int year, int month, int day, DateTime today)
    {
        if (year < EarliestYear || year > today.Year || month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        return new DateTime(year, month, day) <= today;
    }

    private static int Number(TextSlice value, Span3 parts, int part) =>
        Number(value, parts, part, 0, parts.Length(part));

    private static int Number(TextSlice value, Span3 parts, int part, int offset, int length)
    {
        var result = 0;
        for (var k = 0; k < length; k++)
        {
            result = (result * 10) + (value[parts.Start(part) + offset + k] - '0');
        }

        return result;
    }

    /// <summary>1-12 for an English month name or its first three letters ("Sept" too), else 0.</summary>
    private static int Month(TextSlice value, Span3 parts, int part)
    {
        var length = parts.Length(part);
        if (length < 3 || length > 9)
        {
            return 0;
        }

        var start = parts.Start(part);
        for (var m = 0; m < MonthNames.Length; m++)
        {
            var name = MonthNames[m];
            var match = true;
            for (var k = 0; k < 3; k++)
            {
                if (char.ToLowerInvariant(value[start + k]) != name[k])
                {
                    match = false;
                    break;
                }
            }

            if (match)
            {
                return m + 1;
            }
        }

        return 0;
    }

    /// <summary>Up to three (start, length, digits?) parts without an array per call.</summary>
    private struct Span3
    {
        private int _s0;
        private int _s1;
        private int _s2;
        private int _l0;
        private int _l1;
        private int _l2;
        private int _digits;

        public int Count { get; private set; }

        public void Add(int start, int length, bool digits)
        {
            switch (Count)
            {
                case 0:
                    _s0 = start;
                    _l0 = length;
                    break;
                case 1:
                    _s1 = start;
                    _l1 = length;
                    break;
                default:
                    _s2 = start;
                    _l2 = length;
                    break;
            }

            if (digits)
            {
                _digits |= 1 << Count;
            }

            Count++;
        }

        public readonly int Start(int part) => part switch { 0 => _s0, 1 => _s1, _ => _s2 };

        public readonly int Length(int part) => part switch { 0 => _l0, 1 => _l1, _ => _l2 };

        public readonly bool IsDigits(int part) => (_digits & (1 << part)) != 0;
    }
}
