using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PolicyAnalyzers.CodeFixes;

/// <summary>PA0004: marks the member (or the record's positional parameter) with [ProtectedData].</summary>
internal sealed class PersonalDataMarking : PackageAttributeFix
{
    public const string Key = "PolicyAnalyzers.MarkProtected";

    private PersonalDataMarking(SyntaxNode target)
        : base(target, "ProtectedData")
    {
    }

    public override string Title => "Mark as [ProtectedData]";

    public override string EquivalenceKey => Key;

    /// <summary>The marking of the property, field or record parameter whose name the diagnostic points at.</summary>
    public static PersonalDataMarking? For(SyntaxNode root, TextSpan span) =>
        Innermost(root, span, n => n is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax) is { } target
            ? new PersonalDataMarking(target)
            : null;
}
