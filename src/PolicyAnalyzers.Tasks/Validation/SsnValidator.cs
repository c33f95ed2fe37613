using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>
/// Is a value a US social security number that could have been issued: ddd-dd-dddd (or with spaces; nine bare digits
/// only under an SSN column), area not 000, 666 or 900-999, group not 00, serial not 0000, not one digit repeated,
/// and not one of the numbers published as samples (078-05-1120 from a wallet insert, 219-09-9999 from an SSA
/// leaflet, 123-45-6789 from advertising)?
/// </summary>
internal static class SsnValidator
{
    private static readonly int[] PublishedSamples = [78051120, 219099999, 123456789];

    public static bool IsValid(TextSlice value, bool underSsnHeader)
    {
        value = value.Trim();
        bool separated;
        if (value.Length == 11)
        {
            var separator = value[3];
            if (separator is not ('-' or ' ') || value[6] != separator)
            {
                return false;
            }

            separated = true;
        }
        else if (value.Length == 9 && underSsnHeader)
        {
            separated = false;
        }
        else
        {
            return false;
        }

        var number = 0;
        var allSame = true;
        var first = value[0];
        for (var i = 0; i < value.Length; i++)
        {
            if (separated && (i == 3 || i == 6))
            {
                continue;
            }

            var c = value[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            allSame &= c == first;
            number = (number * 10) + (c - '0');
        }

        var area = number / 1000000;
        var group = number / 10000 % 100;
        var serial = number % 10000;
        if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 || allSame)
        {
            return false;
        }

        return System.Array.IndexOf(PublishedSamples, number) < 0;
    }
}
