using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PolicyAnalyzers.Diagnostics;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Analyzers
{
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
            context.RegisterSymbolAction(Analyze, SymbolKind.Method, SymbolKind.NamedType);
        }

        private static void Analyze(SymbolAnalysisContext context)
        {
            var attribute = MarkerAttributes.Find(context.Symbol, MarkerAttributes.AuthorizedDisclosure);
            if (attribute is null)
            {
                return;
            }

            var justification = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
            string? approver = null;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "ApprovedBy")
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

            var location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation()
                           ?? (context.Symbol.Locations.IsEmpty ? Location.None : context.Symbol.Locations[0]);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.IncompleteAuthorizedDisclosure, location, context.Symbol.Name, missing));
        }

        /// <summary>Empty, blank, or a "TODO" left by the code fix.</summary>
        public static bool IsPlaceholder(string? text) =>
            text is null ||
            text.Trim().Length == 0 ||
            text.TrimStart().StartsWith("TODO", StringComparison.OrdinalIgnoreCase);
    }
}
