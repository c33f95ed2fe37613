using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Recognises columns from their values when the header names nothing about people (a header-less CSV or sheet, or
/// headers like "Ref, When, Who"). Samples the first rows and names a column by what nearly all its values are:
/// A-Numbers ("A" and digits), SSNs, personal emails, dates, nationalities, or two- to four-word names. Only
/// combinations that identify people count: a direct identifier column, or names that are people's (common given
/// names, or beside an identifier) with dates next to them. A column of dates alone, or of names alone, says nothing.
/// </summary>
internal static class ColumnValueProfiler
{
    /// <summary>Rows sampled; a large file that names nothing about people costs only these.</summary>
    public const int SampleRows = 64;

    private const double Share = 0.8;
    private const double GivenNameShare = 0.3;

    /// <summary>
    /// The kinds the sampled values show, by column, or null when they do not identify people. With
    /// <paramref name="header"/>, says whether that row is data too (an identifier or date in a recognised column).
    /// </summary>
    public static FieldKind[]? Infer(DataRecord? header, IReadOnlyList<DataRecord> sample, out bool headerIsData)
    {
        headerIsData = false;
        int width = 0;
        foreach (DataRecord row in sample)
        {
            for (int i = 0; i < row.FieldCount; i++)
            {
                width = System.Math.Max(width, row.ColumnAt(i) + 1);
            }
        }

        if (width == 0)
        {
            return null;
        }

        var counts = new Counts[width];
        foreach (DataRecord row in sample)
        {
            Count(row, counts);
        }

        var kinds = new FieldKind[width];
        bool direct = false;
        bool peopleNames = false;
        int nameColumns = 0;
        for (int column = 0; column < width; column++)
        {
            Counts c = counts[column];
            if (c.NonEmpty == 0 || (c.NonEmpty < 2 && sample.Count >= 2))
            {
                continue;
            }

            double required = c.NonEmpty * Share;
            kinds[column] =
                c.ANumbers >= required ? FieldKind.ANumber
                : c.Ssns >= required ? FieldKind.Ssn
                : c.Emails >= required ? FieldKind.Email
                : c.Dates >= required ? FieldKind.DateOfBirth
                : c.Nationalities >= required ? FieldKind.Nationality
                : c.Names >= required ? FieldKind.PersonName
                : FieldKind.None;
            direct |= kinds[column] is FieldKind.ANumber or FieldKind.Ssn or FieldKind.Email;
            if (kinds[column] == FieldKind.PersonName)
            {
                nameColumns++;
                peopleNames |= c.GivenNames >= c.NonEmpty * GivenNameShare;
            }
        }

        bool dates = System.Array.IndexOf(kinds, FieldKind.DateOfBirth) >= 0;
        bool identifies = direct || (nameColumns > 0 && peopleNames && dates);
        if (!identifies)
        {
            return null;
        }

        if (header is not null)
        {
            headerIsData = HoldsValueOfItsColumn(header, kinds);
        }

        return kinds;
    }

    /// <summary>Whether the header row has an identifier or a date where its column holds them: it is data.</summary>
    private static bool HoldsValueOfItsColumn(DataRecord header, FieldKind[] kinds)
    {
        for (int i = 0; i < header.FieldCount; i++)
        {
            int column = header.ColumnAt(i);
            if (column >= kinds.Length)
            {
                continue;
            }

            TextSlice value = header.ValueAt(i);
            bool matches = kinds[column] switch
            {
                FieldKind.ANumber => ANumberValidator.IsValid(value, underANumberHeader: false),
                FieldKind.Ssn => SsnValidator.IsValid(value, underSsnHeader: false),
                FieldKind.Email => EmailValidator.IsValid(value),
                FieldKind.DateOfBirth => DateOfBirthValidator.IsPlausible(value),
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
        for (int i = 0; i < row.FieldCount; i++)
        {
            int column = row.ColumnAt(i);
            TextSlice value = row.ValueAt(i).Trim();
            if (column >= counts.Length || value.IsEmpty)
            {
                continue;
            }

            ref Counts c = ref counts[column];
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
            else if (PersonNameValidator.IsPlausible(value) && HasTwoWords(value))
            {
                c.Names++;
                if (GivenNames.StartsWithCommonName(value))
                {
                    c.GivenNames++;
                }
            }
        }
    }

    private static bool HasTwoWords(TextSlice value) => value.IndexOf(' ') > 0 || value.IndexOf(',') > 0;

    private struct Counts
    {
        public int NonEmpty;
        public int ANumbers;
        public int Ssns;
        public int Emails;
        public int Dates;
        public int Nationalities;
        public int Names;
        public int GivenNames;
    }
}
