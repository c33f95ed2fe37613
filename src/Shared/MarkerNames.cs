using System.Collections.Generic;

namespace PolicyAnalyzers.Shared;

/// <summary>
/// The attributes users mark code with, and where they are declared. Matched by full name, by the analyzer on symbols
/// and by the task in compiled metadata, so the same markers declared in any assembly count.
/// </summary>
internal static class MarkerNames
{
    public const string Namespace = "PolicyAnalyzers";
    public const string ProtectedData = "ProtectedDataAttribute";
    public const string Declassifier = "DeclassifierAttribute";
    public const string AuthorizedDisclosure = "AuthorizedDisclosureAttribute";
    public const string ExportSink = "ExportSinkAttribute";

    /// <summary>The named argument of [AuthorizedDisclosure] that says who approved it.</summary>
    public const string ApprovedByArgument = "ApprovedBy";

    public const string IdentityNamespace = "Microsoft.AspNetCore.Identity";
    public const string PersonalData = "PersonalDataAttribute";
    public const string ProtectedPersonalData = "ProtectedPersonalDataAttribute";

    /// <summary>Any attribute derived from DataClassificationAttribute is a marker, except NoDataClassificationAttribute.</summary>
    public const string ComplianceNamespace = "Microsoft.Extensions.Compliance.Classification";
    public const string DataClassification = "DataClassificationAttribute";
    public const string NoDataClassification = "NoDataClassificationAttribute";

    public const string AttributesAssembly = "PolicyAnalyzers.Attributes";
    public const string ComplianceAssembly = "Microsoft.Extensions.Compliance.Abstractions";
    public const string IdentityAssembly = "Microsoft.Extensions.Identity.Stores";

    /// <summary>The markers that protect by their own name (namespace, type name).</summary>
    public static readonly (string Namespace, string Name)[] ProtectionMarkers =
    {
        (Namespace, ProtectedData), (IdentityNamespace, PersonalData), (IdentityNamespace, ProtectedPersonalData),
    };

    /// <summary>
    /// Markers the data-classification library itself derives from DataClassificationAttribute. The analyzer sees
    /// their base type; compiled metadata of the user's assembly names them only, so the task knows them by name.
    /// </summary>
    public static readonly string[] ClassificationLibraryMarkers = { ComplianceNamespace + ".UnknownDataClassificationAttribute" };

    /// <summary>Assemblies that declare markers: a user assembly referencing one may hold marked types.</summary>
    public static readonly string[] MarkerAssemblies = { AttributesAssembly, ComplianceAssembly, IdentityAssembly };

    public static string FullName(string ns, string name) => ns + "." + name;

    /// <summary>"ProtectedData" and "ProtectedDataAttribute": how a marker can be written in source.</summary>
    public static IEnumerable<string> SourceSpellings(string attributeName)
    {
        yield return attributeName;
        const string Suffix = "Attribute";
        if (attributeName.EndsWith(Suffix, System.StringComparison.Ordinal))
        {
            yield return attributeName.Substring(0, attributeName.Length - Suffix.Length);
        }
    }
}
