using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.Markers;

/// <summary>
/// Recognises the attributes users mark code with. Matched by full name, so the same markers declared in any
/// assembly (a shared kernel, a copy of the attribute) count.
/// </summary>
internal static class MarkerAttributes
{
    public const string Declassifier = MarkerNames.Declassifier;
    public const string AuthorizedDisclosure = MarkerNames.AuthorizedDisclosure;
    public const string ExportSink = MarkerNames.ExportSink;

    /// <summary>
    /// True for [ProtectedData], ASP.NET Core Identity's [PersonalData] and [ProtectedPersonalData], and attributes
    /// derived from DataClassificationAttribute, except the ones that say the data is not classified.
    /// </summary>
    public static bool IsProtectionMarker(INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return false;
        }

        foreach (var (ns, name) in MarkerNames.ProtectionMarkers)
        {
            if (SymbolNames.Is(attribute, ns, name))
            {
                return true;
            }
        }

        // [NoDataClassification] derives from DataClassificationAttribute but states the opposite.
        return !SymbolNames.Is(attribute, MarkerNames.ComplianceNamespace, MarkerNames.NoDataClassification) &&
               SymbolNames.DerivesFrom(attribute, MarkerNames.ComplianceNamespace, MarkerNames.DataClassification);
    }

    public static bool Has(ISymbol symbol, string name)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, MarkerNames.Namespace, name))
            {
                return true;
            }
        }

        return false;
    }

    public static AttributeData? Find(ISymbol symbol, string name)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, MarkerNames.Namespace, name))
            {
                return attribute;
            }
        }

        return null;
    }
}
