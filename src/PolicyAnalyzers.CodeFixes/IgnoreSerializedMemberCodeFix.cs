using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyAnalyzers.Diagnostics;

namespace PolicyAnalyzers.CodeFixes
{
    /// <summary>
    /// PA0002 (and PA0001 for CSV and spreadsheet writers) on an object whose member carries protected data: excludes
    /// that member from the writer in use, with its own attribute ([JsonIgnore] of System.Text.Json or Newtonsoft,
    /// [XmlIgnore], CsvHelper's [Ignore], ClosedXML's [XLColumn(Ignore = true)]). The member may live in another file:
    /// the fix edits it there.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IgnoreSerializedMemberCodeFix))]
    [Shared]
    public sealed class IgnoreSerializedMemberCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticIds.ProtectedDataSerialized, DiagnosticIds.ProtectedDataExported);

        public override FixAllProvider GetFixAllProvider() => new IgnoreMembersFixAll();

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (Request.From(diagnostic) is not { } request)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Exclude '{request.MemberName}' with [{request.AttributeShortName}]",
                        cancellationToken => IgnoreAsync(context.Document.Project.Solution, new[] { request }, cancellationToken),
                        equivalenceKey: nameof(IgnoreSerializedMemberCodeFix) + request.Attribute),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Solution> IgnoreAsync(Solution solution, IEnumerable<Request> requests, CancellationToken cancellationToken)
        {
            // Resolve every member first, then edit each document once.
            var edits = new Dictionary<DocumentId, List<(SyntaxNode Declaration, Request Request)>>();
            foreach (var project in solution.Projects)
            {
                var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                if (compilation is null)
                {
                    continue;
                }

                foreach (var request in requests.Distinct())
                {
                    var member = DocumentationCommentId.GetFirstSymbolForDeclarationId(request.MemberId, compilation);
                    if (member is null || !SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, compilation.Assembly))
                    {
                        continue;
                    }

                    foreach (var reference in member.DeclaringSyntaxReferences)
                    {
                        var declaration = (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false))
                            .AncestorsAndSelf().FirstOrDefault(n => n is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax);
                        var document = solution.GetDocument(reference.SyntaxTree);
                        if (declaration is null || document is null)
                        {
                            continue;
                        }

                        if (!edits.TryGetValue(document.Id, out var list))
                        {
                            edits[document.Id] = list = new List<(SyntaxNode, Request)>();
                        }

                        if (!list.Any(e => e.Declaration == declaration && e.Request.Attribute == request.Attribute))
                        {
                            list.Add((declaration, request));
                        }
                    }
                }
            }

            foreach (var pair in edits)
            {
                var document = solution.GetDocument(pair.Key)!;
                if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax unit)
                {
                    continue;
                }

                var newLine = AttributeEditing.NewLineOf(unit);
                var byDeclaration = pair.Value.GroupBy(e => e.Declaration).ToDictionary(g => g.Key, g => g.Select(e => e.Request).ToList());
                var updated = unit.ReplaceNodes(byDeclaration.Keys, (original, _) =>
                {
                    var result = original;
                    foreach (var request in byDeclaration[original])
                    {
                        // A record's positional parameter: the attribute must target the generated property.
                        var text = original is ParameterSyntax ? "property: " + request.AttributeShortName : request.AttributeShortName;
                        result = AttributeEditing.AddAttribute(result, AttributeEditing.Parse(text), newLine);
                    }

                    return result;
                });

                foreach (var request in pair.Value.Select(e => e.Request).Distinct())
                {
                    updated = AttributeEditing.EnsureUsing(updated, request.AttributeNamespace, newLine);
                }

                solution = solution.WithDocumentSyntaxRoot(pair.Key, updated);
            }

            return solution;
        }

        private sealed class Request : System.IEquatable<Request>
        {
            private Request(string memberId, string attribute, string usage)
            {
                MemberId = memberId;
                Attribute = attribute;
                AttributeShortName = usage;
            }

            public string MemberId { get; }

            public string Attribute { get; }

            public string MemberName => MemberId.Substring(MemberId.LastIndexOf('.') + 1);

            public string AttributeNamespace => Attribute.Substring(0, Attribute.LastIndexOf('.'));

            /// <summary>How the attribute is written: "JsonIgnore", "XLColumn(Ignore = true)".</summary>
            public string AttributeShortName { get; }

            public static Request? From(Diagnostic diagnostic) =>
                diagnostic.Properties.TryGetValue(DiagnosticProperties.Member, out var member) && member is not null &&
                diagnostic.Properties.TryGetValue(DiagnosticProperties.IgnoreAttribute, out var attribute) && attribute is not null &&
                diagnostic.Properties.TryGetValue(DiagnosticProperties.IgnoreAttributeUsage, out var usage) && usage is not null
                    ? new Request(member, attribute, usage)
                    : null;

            public bool Equals(Request? other) => other is not null && MemberId == other.MemberId && Attribute == other.Attribute;

            public override bool Equals(object? obj) => Equals(obj as Request);

            public override int GetHashCode() => MemberId.GetHashCode() ^ Attribute.GetHashCode();
        }

        /// <summary>Fix All edits members wherever they are declared, once each, whatever the scope's documents.</summary>
        private sealed class IgnoreMembersFixAll : FixAllProvider
        {
            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
                new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                var diagnostics = new List<Diagnostic>();
                switch (fixAllContext.Scope)
                {
                    case FixAllScope.Document when fixAllContext.Document is not null:
                        diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false));
                        break;
                    case FixAllScope.Project:
                        diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                        break;
                    case FixAllScope.Solution:
                        foreach (var project in fixAllContext.Solution.Projects)
                        {
                            diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                        }

                        break;
                }

                var requests = diagnostics.Select(Request.From).OfType<Request>()
                    .Where(r => fixAllContext.CodeActionEquivalenceKey == nameof(IgnoreSerializedMemberCodeFix) + r.Attribute)
                    .Distinct().ToList();
                return requests.Count == 0
                    ? null
                    : CodeAction.Create(
                        "Exclude the members that carry protected data",
                        cancellationToken => IgnoreAsync(fixAllContext.Solution, requests, cancellationToken),
                        fixAllContext.CodeActionEquivalenceKey);
            }
        }
    }
}
