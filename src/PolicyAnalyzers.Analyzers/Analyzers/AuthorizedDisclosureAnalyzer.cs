using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
        context.RegisterSymbolAction(c => Analyze(c.Symbol, c.ReportDiagnostic, c.CancellationToken), SymbolKind.Method, SymbolKind.NamedType);

        // Lambdas (minimal API handlers) and local functions are not symbols the driver visits.
        context.RegisterOperationAction(
            c => Analyze(((IAnonymousFunctionOperation)c.Operation).Symbol, c.ReportDiagnostic, c.CancellationToken),
            OperationKind.AnonymousFunction);
        context.RegisterOperationAction(
            c => Analyze(((ILocalFunctionOperation)c.Operation).Symbol, c.ReportDiagnostic, c.CancellationToken),
            OperationKind.LocalFunction);
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
