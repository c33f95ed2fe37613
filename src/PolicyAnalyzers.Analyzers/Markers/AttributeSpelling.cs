using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PolicyAnalyzers.Markers;

/// <summary>How an attribute is written in source, read without binding it.</summary>
internal static class AttributeSpelling
{
    /// <summary>The attribute's own name: <c>ProtectedData</c> in <c>[PolicyAnalyzers.ProtectedData]</c>.</summary>
    public static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => name.ToString(),
    };
}
