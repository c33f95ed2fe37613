using System.Collections.Generic;
using PolicyAnalyzers.DataFiles.Reading;
using PolicyAnalyzers.DataFiles.Text;
using PolicyAnalyzers.DataFiles.Validation;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Detection;

/// <summary>
/// Recognises columns from their values when the header names nothing about people (a header-less CSV or sheet, a
/// sheet whose name column has no header, or headers like "Ref, When, Who"). Looks at a window of rows and names a
/// column by what nearly all its values are: A-Numbers ("A" and digits), SSNs, personal emails, dates,
/// nationalities, or full names of two to four words. Only what identifies people counts: a direct identifier
/// column, or full names that are people's (enough common given names) beside any other value. A column of dates
/// alone, or of product names with prices, says nothing.
/// </summary>
internal static class ColumnValueProfiler
{
    /// <summary>Rows in a window; a table that shows with confidence it is clean is settled on its first window.</summary>
    public const int SampleRows = 64;

    private const double Share = 0.8;

    /// <summary>Values longer than this with a letter are text, not codes ("M", "USA", "Yes" are codes).</summary>
    private const int MaxCodeLength = 3;

    /// <summary>
    /// What the window's values show, by column. With <paramref name="header"/>, also says whether that row is data
    /// (an identifier or date in a recognised column).
    /// </summary>
    public static ValueProfile Profile(DataRecord? header, IReadOnlyList<DataRecord> window)
    {
        var width = 0;
        foreach (var row in window)
        {
            for (var i = 0; i < row.FieldCount; i++)
            {
                width = System.Math.Max(width, row.ColumnAt(i) + 1);
            }
        }

        if (width == 0)
        {
            return ValueProfile.Clean;
        }

        var counts = new Counts[width];
        foreach (var row in window)
        {
            Count(row, counts);
        }

        var kinds = new FieldKind[width];
        var direct = false;
        var peopleNames = false;
        var looksClean = true;
        for (var column = 0; column < width; column++)
        {
            var c = counts[column];
            looksClean &= c.LooksClean;
            if (c.NonEmpty == 0 || (c.NonEmpty < 2 && window.Count >= 2))
            {
                continue;
            }

            var required = c.NonEmpty * Share;
            kinds[column] =
                c.ANumbers >= required ? FieldKind.ANumber
                : c.Ssns >= required ? FieldKind.Ssn
                : c.Emails >= required ? FieldKind.Email
                : c.Dates >= required ? FieldKind.DateOfBirth
                : c.Nationalities >= required ? FieldKind.Nationality
                : c.FullNames >= required ? FieldKind.PersonName
                : FieldKind.None;
            direct |= FieldKinds.IsDirectIdentifier(kinds[column]);
            peopleNames |= kinds[column] == FieldKind.PersonName
                && PersonalRecordDetector.HoldsPeople(c.FullNames, c.GivenNames);
        }

        if (!direct)
        {
            // Without an identifier, only names that are people's say anything: product and city names do not.
            for (var column = 0; column < width; column++)
            {
                if (kinds[column] == FieldKind.PersonName
                    && !PersonalRecordDetector.HoldsPeople(counts[column].FullNames, counts[column].GivenNames))
                {
                    kinds[column] = FieldKind.None;
                }
            }
        }

        // Names are records: people's names beside any other value describe those people.
        var identifies = direct || (peopleNames && HasOtherValues(kinds, counts));
        if (!identifies)
        {
            return new ValueProfile(null, HeaderIsData: false, looksClean);
        }

        return new ValueProfile(kinds, header is not null && HoldsValueOfItsColumn(header, kinds), LooksClean: false);
    }

    /// <summary>
    /// Whether a row holds what <paramref name="kinds"/> say its columns hold: each value of a recognised column is
    /// such a value. Finds where a roster starts inside the window before the one that recognised it.
    /// </summary>
    public static bool Fits(DataRecord row, FieldKind[] kinds)
    {
        var any = false;
        for (var i = 0; i < row.FieldCount; i++)
        {
            var column = row.ColumnAt(i);
            if (column >= kinds.Length || kinds[column] == FieldKind.None)
            {
                continue;
            }

            var value = row.ValueAt(i).Trim();
            if (value.IsEmpty)
            {
                continue;
            }

            var fits = kinds[column] switch
            {
                FieldKind.ANumber => ANumberValidator.IsValid(value, underANumberHeader: false),
                FieldKind.Ssn => SsnValidator.IsValid(value, underSsnHeader: false),
                FieldKind.Email => EmailValidator.IsPersonal(value),
                FieldKind.DateOfBirth => DateOfBirthValidator.IsPlausible(value),
                FieldKind.Nationality => NationalityValidator.IsValid(value),
                FieldKind.PersonName => PersonNameValidator.CountNames(value) >= 2,
                _ => true,
            };
            if (!fits)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool HasOtherValues(FieldKind[] kinds, Counts[] counts)
    {
        for (var column = 0; column < kinds.Length; column++)
        {
            if (kinds[column] != FieldKind.PersonName && counts[column].NonEmpty > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the header row has an identifier, a date or a person's name where its column holds them: it is data.</summary>
    private static bool HoldsValueOfItsColumn(DataRecord header, FieldKind[] kinds)
    {
        for (var i = 0; i < header.FieldCount; i++)
        {
            var column = header.ColumnAt(i);
            if (column >= kinds.Length)
            {
                continue;
            }

            var value = header.ValueAt(i);
            var matches = kinds[column] switch
            {
                FieldKind.ANumber => ANumberValidator.IsValid(value, underANumberHeader: false),
                FieldKind.Ssn => SsnValidator.IsValid(value, underSsnHeader: false),
                FieldKind.Email => EmailValidator.IsValid(value),
                FieldKind.DateOfBirth => DateOfBirthValidator.IsPlausible(value),
                FieldKind.PersonName => PersonNameValidator.CountNames(value) >= 2 && GivenNames.HasCommonGivenName(value),
                _ => false,
            };
            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    private static void Count(DataRecord row, Counts[] counts)
    {
        for (var i = 0; i < row.FieldCount; i++)
        {
            var column = row.ColumnAt(i);
            var value = row.ValueAt(i).Trim();
            if (column >= counts.Length || value.IsEmpty)
            {
                continue;
            }

            ref var c = ref counts[column];
            c.NonEmpty++;
            if (ANumberValidator.IsValid(value, underANumberHeader: false))
            {
                c.ANumbers++;
            }
            else if (SsnValidator.IsValid(value, underSsnHeader: false))
            {
                c.Ssns++;
            }
            else if (EmailValidator.IsPersonal(value))
            {
                c.Emails++;
            }
            else if (DateOfBirthValidator.IsPlausible(value))
            {
                c.Dates++;
            }
            else if (NationalityValidator.IsValid(value))
            {
                c.Nationalities++;
            }
            else if (PersonNameValidator.CountNames(value) >= 2)
            {
                c.FullNames++;
                if (GivenNames.HasCommonGivenName(value))
                {
                    c.GivenNames++;
                }
            }
            else if (value.Length > MaxCodeLength && HasLetter(value))
            {
                c.Text++;
            }
        }
    }

    private static bool HasLetter(TextSlice value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsLetter(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    private struct Counts
    {
        public int NonEmpty;
        public int ANumbers;
        public int Ssns;
        public int Emails;
        public int Dates;
        public int Nationalities;
        public int FullNames;
        public int GivenNames;
        public int Text;

        /// <summary>Only numbers and short codes: nothing that could name, identify or describe a person.</summary>
        public readonly bool LooksClean =>
            ANumbers + Ssns + Emails + Dates + Nationalities + FullNames + Text == 0;
    }
}
