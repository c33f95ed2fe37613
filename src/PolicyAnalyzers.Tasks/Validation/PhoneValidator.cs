using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>
/// Is a value shaped like a phone number: 7 to 15 digits (E.164 allows 15) with the usual punctuation, optionally an
/// extension? Too weak to trust without a phone column, so only such columns are checked.
/// </summary>
internal static class PhoneValidator
{
    public static bool IsValid(TextSlice value)
    {
        value = value.Trim();
        if (value.Length < 7 || value.Length > 32)
        {
            return false;
        }

        var digits = 0;
        var allSame = true;
        var first = '\0';
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= '0' and <= '9')
            {
                if (digits == 0)
                {
                    first = c;
                }

                allSame &= c == first;
                digits++;
            }
            else if (c is 'x' or 'X' or 'e' or 'E' or '#' or ';' or ',')
            {
                break; // an extension ("x123", "ext. 12") follows
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '+' or '/'))
            {
                return false;
            }
        }

        return digits is >= 7 and <= 15 && !allSame;
    }
}
