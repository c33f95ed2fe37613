using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyAnalyzers.Diagnostics;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.Analyzers;

/// <summary>PA0005: an [AuthorizedDisclosure] must say why and who approved it; placeholders ("TODO") do not count.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AuthorizedDisclosureAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.IncompleteAuthorizedDisclosure);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);

        // An approval is an attribute in source: only attributes are looked at, no method body is bound, and only an
        // attribute spelled like an approval (or like an alias of it) is bound at all.
        context.RegisterCompilationStartAction(start =>
        {
            var aliases = new Lazy<ImmutableHashSet<string>>(() => AliasesOfApproval(start.Compilation, start.CancellationToken));
            start.RegisterSyntaxNodeAction(attribute => AnalyzeAttribute(attribute, aliases), SyntaxKind.Attribute);
        });
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, Lazy<ImmutableHashSet<string>> aliases)
    {
        var attribute = (AttributeSyntax)context.Node;
        var name = AttributeSpelling.RightmostName(attribute.Name);
        if (!ApprovalSpellings.Contains(name) && (aliases.Value.IsEmpty || !aliases.Value.Contains(name)))
        {
            return;
        }

        if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor ||
            !SymbolNames.Is(constructor.ContainingType, MarkerNames.Namespace, MarkerNames.AuthorizedDisclosure) ||
            TargetOf(attribute, context.SemanticModel, context.CancellationToken) is not { } target)
        {
            return;
        }

        Analyze(target, context.ReportDiagnostic, context.CancellationToken);
    }

    private static readonly ImmutableHashSet<string> ApprovalSpellings =
        ImmutableHashSet.CreateRange(StringComparer.Ordinal, MarkerNames.SourceSpellings(MarkerNames.AuthorizedDisclosure));

    /// <summary>The method, constructor, type, lambda or local function an attribute list belongs to.</summary>
    private static ISymbol? TargetOf(AttributeSyntax attribute, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        attribute.Parent?.Parent switch
        {
            AnonymousFunctionExpressionSyntax lambda => model.GetSymbolInfo(lambda, cancellationToken).Symbol,
            LocalFunctionStatementSyntax local => model.GetDeclaredSymbol(local, cancellationToken),
            BaseMethodDeclarationSyntax or BaseTypeDeclarationSyntax or AccessorDeclarationSyntax => model.GetDeclaredSymbol(attribute.Parent.Parent, cancellationToken),
            _ => null,
        };

    /// <summary>Names a using directive gives the attribute (<c>using Approved = PolicyAnalyzers.AuthorizedDisclosureAttribute;</c>).</summary>
    private static ImmutableHashSet<string> AliasesOfApproval(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        var aliases = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var directive in tree.GetRoot(cancellationToken)
                         .DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                         .OfType<UsingDirectiveSyntax>())
            {
                if (directive.Alias is { } alias && directive.Name is { } target && ApprovalSpellings.Contains(AttributeSpelling.RightmostName(target)))
                {
                    aliases.Add(alias.Name.Identifier.ValueText);
                    aliases.Add(alias.Name.Identifier.ValueText + "Attribute");
                }
            }
        }

        return aliases.ToImmutable();
    }

    private static void Analyze(ISymbol symbol, Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        var attribute = MarkerAttributes.Find(symbol, MarkerAttributes.AuthorizedDisclosure);
        if (attribute is null)
        {
            return;
        }

        var justification = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
        string? approver = null;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == MarkerNames.ApprovedByArgument)
            {
                approver = named.Value.Value as string;
            }
        }

        var missing = (IsPlaceholder(justification), IsPlaceholder(approver)) switch
        {
            (true, true) => "has no justification and names no approver",
            (true, false) => "has no justification",
            (false, true) => "names no approver",
            _ => null,
        };

        if (missing is null)
        {
            return;
        }

        var location = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation()
                       ?? (symbol.Locations.IsEmpty ? Location.None : symbol.Locations[0]);
        var name = symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } ? "lambda" : SymbolNames.Display(symbol);
        report(Diagnostic.Create(Descriptors.IncompleteAuthorizedDisclosure, location, name, missing));
    }

    /// <summary>Empty, blank, or a "TODO" left by the code fix.</summary>
    public static bool IsPlaceholder(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return true;
        }

        // "TODO" as a word: "TODO: justification", not an approver named "Todorova".
        return trimmed!.StartsWith("TODO", StringComparison.OrdinalIgnoreCase) &&
               (trimmed.Length == 4 || !char.IsLetter(trimmed[4]));
    }
}
