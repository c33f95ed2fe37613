using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyAnalyzers.Diagnostics;

namespace PolicyAnalyzers.CodeFixes;

/// <summary>
/// PA0002 (and PA0001 for CSV and spreadsheet writers) on an object whose member carries protected data: excludes
/// that member from the writer in use, with its own attribute ([JsonIgnore] of System.Text.Json or Newtonsoft,
/// [XmlIgnore], CsvHelper's [Ignore], ClosedXML's [XLColumn(Ignore = true)]). The member may live in another file
/// or project: the fix edits it where it is declared. The analyzer names the member and the attribute in the
/// diagnostic's properties.
/// </summary>
internal sealed class MemberExclusion : ProtectedDataFix, System.IEquatable<MemberExclusion>
{
    private const string KeyPrefix = "PolicyAnalyzers.Exclude:";

    private MemberExclusion(string memberId, string attribute, string usage)
    {
        MemberId = memberId;
        Attribute = attribute;
        AttributeShortName = usage;
    }

    /// <summary>Documentation ID of the member to exclude.</summary>
    public string MemberId { get; }

    /// <summary>Full name of the attribute that excludes it.</summary>
    public string Attribute { get; }

    /// <summary>How the attribute is written: "JsonIgnore", "XLColumn(Ignore = true)".</summary>
    public string AttributeShortName { get; }

    public override string Title => $"Exclude '{MemberId.Substring(MemberId.LastIndexOf('.') + 1)}' with [{AttributeShortName}]";

    public override string EquivalenceKey => KeyFor(Attribute);

    /// <summary>One key per attribute: Fix All adds the same serializer's attribute everywhere.</summary>
    public static string KeyFor(string attributeFullName) => KeyPrefix + attributeFullName;

    public static MemberExclusion? From(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Member, out var member) && member is not null &&
        diagnostic.Properties.TryGetValue(DiagnosticProperties.IgnoreAttribute, out var attribute) && attribute is not null &&
        diagnostic.Properties.TryGetValue(DiagnosticProperties.IgnoreAttributeUsage, out var usage) && usage is not null
            ? new MemberExclusion(member, attribute, usage)
            : null;

    public override async Task<IEnumerable<SyntaxEdit>> EditsAsync(Solution solution, CancellationToken cancellationToken)
    {
        var edits = new List<SyntaxEdit>();
        foreach (var project in solution.Projects)
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            var member = compilation is null ? null : DocumentationCommentId.GetFirstSymbolForDeclarationId(MemberId, compilation);
            if (member is null || !SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, compilation!.Assembly))
            {
                continue;
            }

            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var declaration = (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false))
                    .AncestorsAndSelf().FirstOrDefault(n => n is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax);
                if (declaration is not null)
                {
                    edits.Add(new SyntaxEdit(declaration, EquivalenceKey, AddAttribute, Attribute.Substring(0, Attribute.LastIndexOf('.'))));
                }
            }
        }

        return edits;
    }

    public bool Equals(MemberExclusion? other) => other is not null && MemberId == other.MemberId && Attribute == other.Attribute;

    public override bool Equals(object? obj) => Equals(obj as MemberExclusion);

    public override int GetHashCode() => MemberId.GetHashCode() ^ Attribute.GetHashCode();

    private SyntaxNode AddAttribute(SyntaxNode declaration, SyntaxTrivia newLine)
    {
        // A record's positional parameter: the attribute must target the generated property.
        var text = declaration is ParameterSyntax ? "property: " + AttributeShortName : AttributeShortName;
        return AttributeEditing.AddAttribute(declaration, AttributeEditing.Parse(text), newLine);
    }
}
