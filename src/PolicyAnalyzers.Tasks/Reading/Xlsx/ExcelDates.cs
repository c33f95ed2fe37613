using System;
using System.Globalization;

namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>
/// Turns a cell's serial number into the date it shows when its style is a date format. A workbook stores 14 March 1985
/// as 31120; validators need "1985-03-14" to recognise a date of birth.
/// </summary>
internal static class ExcelDates
{
    private static readonly DateTime Epoch1900 = new(1899, 12, 30);
    private static readonly DateTime Epoch1904 = new(1904, 1, 1);

    /// <summary>"yyyy-MM-dd", or null for a serial that is no date (negative, past 9999, Lotus's 29 February 1900).</summary>
    public static string? ToIsoDate(string serialText, bool date1904)
    {
        if (!double.TryParse(serialText, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            || double.IsNaN(serial) || serial < 0 || serial > 2958465)
        {
            return null;
        }

        var days = (int)Math.Floor(serial);
        DateTime date;
        if (date1904)
        {
            date = Epoch1904.AddDays(days);
        }
        else if (days == 60)
        {
            return null; // 1900-02-29, which Excel kept from Lotus 1-2-3 but never existed
        }
        else
        {
            // Serials before the phantom leap day are one day off from the 1899-12-30 epoch.
            date = Epoch1900.AddDays(days < 60 ? days + 1 : days);
        }

        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
