using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>Is a value one of the usual ways to record a person's gender or sex?</summary>
internal static class GenderValidator
{
    private static readonly TextSet Values = new(
    [
        "m", "f", "x", "male", "female", "man", "woman", "boy", "girl", "non-binary", "nonbinary", "non binary",
        "transgender", "masculino", "femenino", "hombre", "mujer",
    ]);

    public static bool IsValid(TextSlice value) => Values.Contains(value);
}
