using System;
using System.Globalization;
using System.IO;
using System.Text;
using PolicyAnalyzers.DataFiles.Validation;

namespace PolicyAnalyzers.DataFiles.Benchmarks;

/// <summary>
/// Writes a CSV shaped like the incident's roster: about 20 columns per person (A-Number, names, date of birth,
/// nationality, facility, case status...), mixed with the things real exports carry: quoted fields with commas and
/// doubled quotes, empty cells, accented names, numbers and free-text notes. Every row is a person, so every row goes
/// through the validators: the scanner's worst case. Values are invented and deterministic (fixed seed).
/// </summary>
internal static class RosterGenerator
{
    private static readonly string[] GivenNames = ["Maria", "José", "Ana", "Luis", "Carmen", "Jorge", "Fátima", "Mohammed", "Jean", "Olga", "Wei", "Grace", "Kevin", "Yesenia", "Ibrahim", "Nguyen"];
    private static readonly string[] FamilyNames = ["Lopez", "Álvarez", "Pérez", "García", "Hernández", "O'Brien", "Nguyen", "Okafor", "Ivanova", "Said", "Martínez", "Rodríguez", "Santos", "Dubois"];
    private static readonly string[] Countries = ["EL SALVADOR", "GUATEMALA", "HONDURAS", "MEXICO", "VENEZUELA", "HAITI", "CUBA", "INDIA", "CHINA", "ECUADOR", "COLOMBIA", "NICARAGUA"];
    private static readonly string[] Facilities = ["OTAY MESA DETENTION CENTER", "ADELANTO ICE PROCESSING CENTER", "STEWART DETENTION CENTER", "SOUTH TEXAS ICE PROCESSING CENTER", "KROME NORTH SPC"];
    private static readonly string[] Statuses = ["Pending hearing", "Final order", "Released", "Transferred", "Bond set", "Appeal pending"];
    private static readonly string[] Notes = ["", "", "transferred, awaiting \"bond\" hearing", "language: Spanish", "medical review", "", "called family; no answer", "K'iche' interpreter requested"];

    public const string Header = "Row,A-Number,Last Name,First Name,Middle Name,Date of Birth,Gender,Country of Citizenship,Country of Birth,Facility,Facility State,Book-In Date,Case Status,Case Category,Final Order Date,Departed Date,Criminality,Bond Amount,Language,Notes";

    /// <summary>Writes rows until the file reaches <paramref name="bytes"/>; returns the number of rows.</summary>
    public static long Write(string path, long bytes)
    {
        var random = new Random(20240101);
        long rows = 0;
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20);
        writer.Write(Header);
        writer.Write('\n');
        var line = new StringBuilder(256);
        while (stream.Length + (writer.Encoding.GetMaxByteCount(line.Capacity) / 3) < bytes)
        {
            for (var batch = 0; batch < 1000; batch++)
            {
                line.Clear();
                rows++;
                var year = 1950 + random.Next(70);
                line.Append(rows.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append('A').Append(random.Next(10_000_000, 999_999_999).ToString("D9", CultureInfo.InvariantCulture)).Append(',')
                    .Append(Pick(random, FamilyNames).ToUpperInvariant()).Append(',')
                    .Append(Pick(random, GivenNames).ToUpperInvariant()).Append(',')
                    .Append(random.Next(3) == 0 ? Pick(random, GivenNames) : string.Empty).Append(',')
                    .Append(random.Next(2) == 0
                        ? $"{year:D4}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}"
                        : $"{1 + random.Next(12):D2}/{1 + random.Next(28):D2}/{year:D4}").Append(',')
                    .Append(random.Next(2) == 0 ? "M" : "F").Append(',')
                    .Append(Pick(random, Countries)).Append(',')
                    .Append(Pick(random, Countries)).Append(',')
                    .Append('"').Append(Pick(random, Facilities)).Append(", ").Append("UNIT ").Append(random.Next(1, 9)).Append('"').Append(',')
                    .Append(random.Next(2) == 0 ? "CA" : "TX").Append(',')
                    .Append($"2024-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}").Append(',')
                    .Append(Pick(random, Statuses)).Append(',')
                    .Append("C").Append(random.Next(1, 40)).Append(',')
                    .Append(random.Next(4) == 0 ? $"2024-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}" : string.Empty).Append(',')
                    .Append(string.Empty).Append(',')
                    .Append(random.Next(3) == 0 ? "Convicted Criminal" : "No Record").Append(',')
                    .Append(random.Next(5) == 0 ? (1500 + (random.Next(100) * 100)).ToString(CultureInfo.InvariantCulture) : string.Empty).Append(',')
                    .Append(random.Next(2) == 0 ? "Spanish" : "English").Append(',');
                var note = Pick(random, Notes);
                line.Append(note.Contains(',') || note.Contains('"') ? "\"" + note.Replace("\"", "\"\"") + "\"" : note);
                line.Append('\n');
                writer.Write(line);
            }

            writer.Flush();
        }

        return rows;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
