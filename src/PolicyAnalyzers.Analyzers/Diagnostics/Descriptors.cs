using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.Diagnostics;

/// <summary>Every descriptor the analyzers report, built by one factory that derives the help link from the ID.</summary>
internal static class Descriptors
{
    public const string Category = "Privacy";

    public static readonly DiagnosticDescriptor ProtectedDataExported = Create(
        DiagnosticIds.ProtectedDataExported,
        "Protected data reaches an export",
        "Protected data '{0}' reaches {1}",
        DiagnosticSeverity.Warning,
        "Protected data written to files, streams, spreadsheets or HTTP uploads leaves the application's control. Export aggregates, pass values through a [Declassifier], or approve the disclosure with [AuthorizedDisclosure].");

    public static readonly DiagnosticDescriptor ProtectedDataSerialized = Create(
        DiagnosticIds.ProtectedDataSerialized,
        "Protected data reaches public serialization",
        "Protected data '{0}' reaches {1}",
        DiagnosticSeverity.Warning,
        "Protected data serialized to JSON or XML, or returned from an HTTP endpoint, is published to whoever calls it. Return a type without protected members, exclude them from the serializer, or approve the disclosure with [AuthorizedDisclosure].");

    public static readonly DiagnosticDescriptor ProtectedDataLogged = Create(
        DiagnosticIds.ProtectedDataLogged,
        "Protected data reaches a log",
        "Protected data '{0}' reaches {1}",
        DiagnosticSeverity.Warning,
        "Logs are copied, shipped and kept far longer than the data they mention. Log an identifier that is not personal data, or a redacted value.");

    public static readonly DiagnosticDescriptor ShownToSignedInUsers = Create(
        DiagnosticIds.ShownToSignedInUsers,
        "Protected data is shown to signed-in users",
        "Protected data '{0}' reaches {1}, which only signed-in users reach ({2})",
        DiagnosticSeverity.Info,
        "An endpoint or page that only signed-in users reach returns or renders protected data: staff grids, case workers' pages, a customer's own account. Not a public leak, but a disclosure a privacy officer should see: it is listed in the inventory of disclosures. Raise it to a warning to have every such exposure approved with [AuthorizedDisclosure].");

    public static readonly DiagnosticDescriptor UnmarkedPersonalData = Create(
        DiagnosticIds.UnmarkedPersonalData,
        "Personal data without a marker",
        "'{0}' looks like {1} but carries no [ProtectedData]; {2} writes it",
        DiagnosticSeverity.Info,
        "A member whose name says personal data is written by a serializer or an export, yet nothing marks it as protected, so the analyzer cannot follow it. Mark it with [ProtectedData], or rename it if it holds no personal data.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor IncompleteAuthorizedDisclosure = Create(
        DiagnosticIds.IncompleteAuthorizedDisclosure,
        "Authorized disclosure lacks a justification or an approver",
        "[AuthorizedDisclosure] on '{0}' {1}",
        DiagnosticSeverity.Warning,
        "An approved disclosure must say why it is lawful and who approved it, so that reviewers can audit it.");

    public static readonly DiagnosticDescriptor ApprovedDisclosure = Create(
        DiagnosticIds.ApprovedDisclosure,
        "Approved disclosure",
        "'{0}' discloses protected data with approval: \"{1}\", approved by {2}; it covers {3}",
        DiagnosticSeverity.Info,
        "An inventory entry for reviewers: every [AuthorizedDisclosure], its justification, its approver and the exports, responses and logs it approves. The build collects these into a report.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor PolicyNotUnderstood = Create(
        DiagnosticIds.PolicyNotUnderstood,
        "A policy row could not be read",
        "PolicyAnalyzers ignored a policy row it could not read: {0}",
        DiagnosticSeverity.Warning,
        "A row of the project's policy (a .policy file, or a policy_analyzers.* key of a .globalconfig) is not in the format verb API [options]. It is not applied, so the sinks, declassifiers or markers it names are not known to the analyzer.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AnalysisFailed = Create(
        DiagnosticIds.AnalysisFailed,
        "PolicyAnalyzers could not analyse a member",
        "PolicyAnalyzers could not analyse '{0}', so protected data flows in it are not checked ({1}); please report it",
        DiagnosticSeverity.Warning,
        "The analyzer met code it could not handle. It skipped this member instead of failing the build; flows through it are not checked.");

    private static DiagnosticDescriptor Create(
        string id, string title, string messageFormat, DiagnosticSeverity severity, string description,
        params string[] customTags) =>
        new DiagnosticDescriptor(
            id,
            title,
            messageFormat,
            Category,
            severity,
            isEnabledByDefault: true,
            description,
            DiagnosticIds.HelpLink(id),
            customTags);
}
