using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Markers
{
    /// <summary>
    /// Recognises the attributes users mark code with. Matched by full name, so the same markers declared in any
    /// assembly (a shared kernel, a copy of the attribute) count.
    /// </summary>
    internal static class MarkerAttributes
    {
        public const string Namespace = "PolicyAnalyzers";
        public const string ProtectedData = "ProtectedDataAttribute";
        public const string Declassifier = "DeclassifierAttribute";
        public const string AuthorizedDisclosure = "AuthorizedDisclosureAttribute";
        public const string ExportSink = "ExportSinkAttribute";

        private const string IdentityNamespace = "Microsoft.AspNetCore.Identity";
        private const string ComplianceNamespace = "Microsoft.Extensions.Compliance.Classification";

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

            if (SymbolNames.Is(attribute, Namespace, ProtectedData) ||
                SymbolNames.Is(attribute, IdentityNamespace, "PersonalDataAttribute") ||
                SymbolNames.Is(attribute, IdentityNamespace, "ProtectedPersonalDataAttribute"))
            {
                return true;
            }

            // [NoDataClassification] derives from DataClassificationAttribute but states the opposite.
            return !SymbolNames.Is(attribute, ComplianceNamespace, "NoDataClassificationAttribute") &&
                   SymbolNames.DerivesFrom(attribute, ComplianceNamespace, "DataClassificationAttribute");
        }

        public static bool Has(ISymbol symbol, string name)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (SymbolNames.Is(attribute.AttributeClass, Namespace, name))
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
                if (SymbolNames.Is(attribute.AttributeClass, Namespace, name))
                {
                    return attribute;
                }
            }

            return null;
        }
    }
}
