using System.Runtime.CompilerServices;
using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>
/// Is a value an alien registration number: "A" and 7 to 9 digits (A012345678, A-12345678, A 123 456 789,
/// A123-456-789)? No checksum exists, so the bare digits (123456789, 123-456-789) count only under a column that says
/// it holds A-Numbers. All zeros is a placeholder, not a number.
/// </summary>
internal static class ANumberValidator
{
    [MethodImpl(HotPath.Optimize)]
    public static bool IsValid(TextSlice value, bool underANumberHeader)
    {
        value = value.Trim();
        if (value.Length < 7 || value.Length > 14)
        {
            return false;
        }

        var i = 0;
        var prefixed = value[0] is 'A' or 'a';
        if (prefixed)
        {
            i = 1;
            if (i < value.Length && value[i] is '-' or ' ' or '#')
            {
                i++;
            }
        }
        else if (!underANumberHeader)
        {
            return false;
        }

        var digits = 0;
        var groups = 1;
        var groupLength = 0;
        var grouped = false;
        var allZero = true;
        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= '0' and <= '9')
            {
                digits++;
                groupLength++;
                allZero &= c == '0';
            }
            else if (c is '-' or ' ')
            {
                // Separators only in the printed 3-3-3 form.
                if (groupLength != 3)
                {
                    return false;
                }

                grouped = true;
                groups++;
                groupLength = 0;
            }
            else
            {
                return false;
            }
        }

        if (allZero)
        {
            return false;
        }

        return grouped
            ? groups == 3 && groupLength == 3
            : digits is >= 7 and <= 9;
    }
}
