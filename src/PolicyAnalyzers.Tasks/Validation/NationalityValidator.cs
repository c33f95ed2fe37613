using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>
/// Is a value a country or a nationality: a name ("EL SALVADOR", "Mexico"), a nationality adjective ("Guatemalan") or
/// an ISO alpha-3 code in capitals ("SLV")?
/// </summary>
internal static class NationalityValidator
{
    public static bool IsValid(TextSlice value)
    {
        value = value.Trim();
        if (value.Length < 2 || value.Length > 60)
        {
            return false;
        }

        if (Countries.NamesAndNationalities.Contains(value))
        {
            return true;
        }

        return value.Length == 3
            && value[0] is >= 'A' and <= 'Z' && value[1] is >= 'A' and <= 'Z' && value[2] is >= 'A' and <= 'Z'
            && Countries.Codes.Contains(value);
    }
}
