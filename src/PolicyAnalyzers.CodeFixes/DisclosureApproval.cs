using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PolicyAnalyzers.CodeFixes;

/// <summary>
/// PA0001-PA0003: marks the code around the leak as an approved disclosure, with placeholders that keep PA0005 on
/// until someone writes down why the disclosure is lawful and who approved it. A waiver, not a fix: offered last,
/// and applied only when a person chose it.
/// </summary>
internal sealed class DisclosureApproval : PackageAttributeFix
{
    public const string Key = "PolicyAnalyzers.Approve";

    private DisclosureApproval(SyntaxNode target)
        : base(target, "AuthorizedDisclosure(\"TODO: justification\", ApprovedBy = \"TODO\")")
    {
    }

    public override string Title => "Approve this disclosure with [AuthorizedDisclosure]";

    public override string EquivalenceKey => Key;

    public override bool ApprovesTheDisclosure => true;

    /// <summary>
    /// The approval of the innermost code that can carry it: a lambda with a parameter list (a minimal API handler),
    /// a local function, an accessor, or the method or constructor whose body holds the flow. Null where there is
    /// none (a field initializer): no approval rather than a wrong one.
    /// </summary>
    public static DisclosureApproval? For(SyntaxNode root, TextSpan span) =>
        Innermost(root, span, n =>
                n is ParenthesizedLambdaExpressionSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or BaseMethodDeclarationSyntax)
            is { } target
            ? new DisclosureApproval(target)
            : null;
}
