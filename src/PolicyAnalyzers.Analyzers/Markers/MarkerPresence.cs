using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyAnalyzers.Caching;
using PolicyAnalyzers.Policy;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.Markers;

/// <summary>
/// Decides, cheaply and before any flow analysis, whether a compilation can hold protected data at all: a marker in
/// its declarations, a user assembly it references that can carry markers, ASP.NET Core Identity's user types, a
/// data-classification library, or configured markers. When none is there, nothing can be protected and the flow
/// analysis is skipped.
/// </summary>
internal static class MarkerPresence
{
    // How markers (and approvals, which only mean something beside protected data) are written in source.
    private static readonly HashSet<string> MarkerSpellings = new(
        MarkerNames.ProtectionMarkers.Select(marker => marker.Name).Append(MarkerNames.AuthorizedDisclosure).SelectMany(MarkerNames.SourceSpellings),
        StringComparer.Ordinal);

    // Per tree, across the IDE's successive compilations: an unchanged file is not scanned again.
    private static readonly PerTreeVerdict TreesWithMarkers = new(tree => ScanTree(tree.GetRoot()));

    public static bool MayHoldProtectedData(Compilation compilation, ProjectPolicy policy, CancellationToken cancellationToken)
    {
        if (policy.Protects || ReferencesMarkerCarrier(compilation))
        {
            return true;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TreesWithMarkers.Of(tree))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReferencesMarkerCarrier(Compilation compilation)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            // Any attribute derived from DataClassificationAttribute may be a marker, whatever its name.
            if (assembly.Name == MarkerNames.ComplianceAssembly)
            {
                return true;
            }

            if (IsFramework(assembly.Name))
            {
                continue;
            }

            foreach (var module in assembly.Modules)
            {
                if (module.ReferencedAssemblies.Any(r => MarkerNames.MarkerAssemblies.Contains(r.Name)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsFramework(string name) =>
        name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal) ||
        name == "mscorlib" || name == "netstandard" || name == MarkerNames.AttributesAssembly;

    // Declarations only: markers sit on types, members and parameters, never inside method bodies. Identity's user
    // types carry [PersonalData]; a file that names them can hold protected data.
    private static bool ScanTree(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes(n => n is not (BlockSyntax or ArrowExpressionClauseSyntax)))
        {
            switch (node)
            {
                case AttributeSyntax attribute when MarkerSpellings.Contains(AttributeSpelling.RightmostName(attribute.Name)):
                    return true;
                case UsingDirectiveSyntax { Alias: not null } alias when MentionsMarker(alias.Name?.ToString()):
                    return true;
                case SimpleBaseTypeSyntax baseType when baseType.Type.ToString().Contains("Identity"):
                    return true;
                case GenericNameSyntax generic when generic.Identifier.ValueText.StartsWith("Identity", StringComparison.Ordinal):
                    return true;
            }
        }

        return false;
    }

    private static bool MentionsMarker(string? text) =>
        text is not null && (text.Contains("ProtectedData") || text.Contains("PersonalData") || text.Contains("AuthorizedDisclosure"));
}
