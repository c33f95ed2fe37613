using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>
/// Is a value shaped like a passport number: 6 to 12 letters and digits, at least 4 of them digits? Formats differ by
/// country and carry no checksum outside the machine-readable zone, so only passport columns are checked.
/// </summary>
internal static class PassportValidator
{
    public static bool IsValid(TextSlice value)
    {
        value = value.Trim();
        var characters = 0;
        var digits = 0;
        var allSame = true;
        var first = '\0';
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ' ' || c == '-')
            {
                continue;
            }

            var digit = c is >= '0' and <= '9';
            if (!digit && c is not ((>= 'A' and <= 'Z') or (>= 'a' and <= 'z')))
            {
                return false;
            }

            if (characters == 0)
            {
                first = c;
            }

            allSame &= c == first;
            characters++;
            if (digit)
            {
                digits++;
            }
        }

        return characters is >= 6 and <= 12 && digits >= 4 && !allSame;
    }
}
