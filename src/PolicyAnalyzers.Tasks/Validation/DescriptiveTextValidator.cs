using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>
/// Does a value say something (facility, case status, address): short text with at least one letter that is not a
/// placeholder such as "N/A" or "Unknown"? Its column already says what it means.
/// </summary>
internal static class DescriptiveTextValidator
{
    private static readonly TextSet Placeholders = new(
    [
        "n/a", "na", "n.a.", "none", "null", "nil", "unknown", "tbd", "not applicable", "not available", "-", "--",
        "redacted", "withheld",
    ]);

    public static bool IsMeaningful(TextSlice value)
    {
        value = value.Trim();
        if (value.Length < 2 || value.Length > 200 || Placeholders.Contains(value))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsLetter(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
