namespace PolicyAnalyzers.Tool.Tests;

/// <summary>Invented people and harmless tables that tests write as files.</summary>
internal static class Files
{
    public const string Roster =
        "Full Name,Date of Birth,Nationality\nMaria Lopez,1985-03-14,EL SALVADOR\nAna Pérez,1979-07-01,HONDURAS\n";

    public const string Counts = "Nationality,Detained\nEL SALVADOR,120\nHONDURAS,98\n";

    /// <summary>Values from <see cref="Roster"/> that must never appear in anything the tool prints or writes.</summary>
    public static readonly string[] PersonalValues = ["Maria Lopez", "Ana Pérez", "1985-03-14", "1979-07-01"];

    /// <summary>Starts like a zip package but is cut short: the workbook cannot be read (PA1003).</summary>
    public static readonly byte[] DamagedWorkbook = [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3];
}
