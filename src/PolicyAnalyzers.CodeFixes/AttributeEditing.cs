using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PolicyAnalyzers.CodeFixes;

/// <summary>Adds attributes and usings the way a developer would type them, keeping the file's layout.</summary>
internal static class AttributeEditing
{
    /// <summary>The file's own line ending, so a fix never mixes \n and \r\n.</summary>
    public static SyntaxTrivia NewLineOf(SyntaxNode root)
    {
        var newLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return newLine == default ? SyntaxFactory.LineFeed : newLine;
    }

    public static AttributeListSyntax Parse(string attribute) =>
        SyntaxFactory.ParseCompilationUnit("[" + attribute + "] class C { }").Members[0].AttributeLists[0];

    /// <summary>
    /// Puts the attribute on its own line above a declaration (keeping the declaration's blank lines and comments
    /// above it), or inline before a lambda or a parameter.
    /// </summary>
    public static SyntaxNode AddAttribute(SyntaxNode target, AttributeListSyntax attribute, SyntaxTrivia newLine)
    {
        switch (target)
        {
            case ParenthesizedLambdaExpressionSyntax lambda:
                return lambda.WithoutLeadingTrivia()
                    .AddAttributeLists(attribute.WithLeadingTrivia(lambda.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space));

            case ParameterSyntax parameter:
                return parameter.WithoutLeadingTrivia()
                    .AddAttributeLists(attribute.WithLeadingTrivia(parameter.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space));
        }

        var leading = target.GetLeadingTrivia();
        var indentation = SyntaxFactory.TriviaList(leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
        var hasAttributes = target switch
        {
            MemberDeclarationSyntax member => member.AttributeLists.Count > 0,
            LocalFunctionStatementSyntax function => function.AttributeLists.Count > 0,
            AccessorDeclarationSyntax accessor => accessor.AttributeLists.Count > 0,
            _ => false,
        };

        attribute = attribute.WithTrailingTrivia(newLine).WithLeadingTrivia(hasAttributes ? indentation : leading);
        var declaration = hasAttributes ? target : target.WithLeadingTrivia(indentation);
        return declaration switch
        {
            MemberDeclarationSyntax member => member.AddAttributeLists(attribute),
            LocalFunctionStatementSyntax function => function.AddAttributeLists(attribute),
            AccessorDeclarationSyntax accessor => accessor.AddAttributeLists(attribute),
            _ => target,
        };
    }

    /// <summary>Adds <c>using Namespace;</c> unless the file already has it or sits inside that namespace.</summary>
    public static CompilationUnitSyntax EnsureUsing(CompilationUnitSyntax unit, string namespaceName, SyntaxTrivia newLine)
    {
        if (unit.Usings.Any(u => u.Name?.ToString() == namespaceName) ||
            unit.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(n =>
                n.Name.ToString() == namespaceName || n.Name.ToString().StartsWith(namespaceName + ".", System.StringComparison.Ordinal) ||
                n.Usings.Any(u => u.Name?.ToString() == namespaceName)))
        {
            return unit;
        }

        return unit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName)).WithTrailingTrivia(newLine));
    }
}
