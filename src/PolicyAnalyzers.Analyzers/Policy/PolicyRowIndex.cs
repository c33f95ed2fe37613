using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// Finds the rows that apply to a type or member. Rows are indexed by type name, so a lookup costs one dictionary
/// probe per type in the member's hierarchy; rows whose type has a wildcard are tried on every type.
/// A project's own rows come before the built-in ones, so they win.
/// </summary>
internal sealed class PolicyRowIndex
{
    private readonly Dictionary<string, List<PolicyRow>> _byTypeName = new(System.StringComparer.Ordinal);
    private readonly List<PolicyRow> _wildcardTypes = new();
    private readonly TypeNames _names;

    public PolicyRowIndex(ImmutableArray<PolicyRow> rows, TypeNames names)
    {
        _names = names;
        foreach (var row in rows)
        {
            if (row.Api.ExactTypeName is { } typeName)
            {
                if (!_byTypeName.TryGetValue(typeName, out var list))
                {
                    _byTypeName[typeName] = list = new List<PolicyRow>();
                }

                list.Add(row);
            }
            else
            {
                _wildcardTypes.Add(row);
            }
        }
    }

    /// <summary>The first row with one of <paramref name="verbs"/> that names <paramref name="type"/> itself (no member).</summary>
    public PolicyRow? ForType(ITypeSymbol type, VerbSet verbs) => First(type, memberName: null, verbs, member: null);

    /// <summary>The first row with one of <paramref name="verbs"/> for a member of <paramref name="type"/> named <paramref name="memberName"/>.</summary>
    public PolicyRow? ForMember(ITypeSymbol type, string memberName, VerbSet verbs, ISymbol? member) => First(type, memberName, verbs, member);

    private PolicyRow? First(ITypeSymbol type, string? memberName, VerbSet verbs, ISymbol? member)
    {
        var name = _names.FullName(type);
        if (_byTypeName.TryGetValue(name, out var rows) && Find(rows, memberName, verbs, member) is { } exact)
        {
            return exact;
        }

        return _wildcardTypes.Count == 0 ? null : Find(_wildcardTypes, memberName, verbs, member, name);
    }

    private PolicyRow? Find(List<PolicyRow> rows, string? memberName, VerbSet verbs, ISymbol? member, string? typeNameToMatch = null)
    {
        foreach (var row in rows)
        {
            if (!verbs.Contains(row.Verb) ||
                (typeNameToMatch is not null && !row.Api.MatchesType(typeNameToMatch)) ||
                !MatchesMember(row.Api, memberName, member) ||
                (row.Extends is not null && !Extends(member, row.Extends)))
            {
                continue;
            }

            return row;
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="member"/> is an extension method of a referenced assembly over
    /// <paramref name="typeName"/>, or a type derived from or implementing it.
    /// </summary>
    private bool Extends(ISymbol? member, string typeName)
    {
        // Helpers written in this compilation are followed through their bodies, which says more than a name.
        if (member is null || !member.DeclaringSyntaxReferences.IsEmpty || ExtendedType(member) is not { } extended)
        {
            return false;
        }

        for (var type = extended; type is not null; type = type.BaseType)
        {
            if (_names.FullName(type) == typeName)
            {
                return true;
            }
        }

        foreach (var implemented in extended.AllInterfaces)
        {
            if (_names.FullName(implemented) == typeName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type an extension method extends: its <c>this</c> parameter's, or its C# 14 extension block's receiver's.</summary>
    private static ITypeSymbol? ExtendedType(ISymbol? member)
    {
        if (member is IMethodSymbol { IsExtensionMethod: true, Parameters.Length: > 0 } classic)
        {
            return classic.Parameters[0].Type;
        }

        return member?.ContainingType is { } block && TypeNames.IsExtensionBlock(block) ? TypeNames.ExtensionReceiver(block)?.Type : null;
    }

    private static bool MatchesMember(ApiPattern api, string? memberName, ISymbol? member)
    {
        if (memberName is null)
        {
            return api.Kind == 'T';
        }

        if (api.Kind == 'T')
        {
            // T:Company.Upload names every method of the type.
            return memberName != "#ctor" || api.ExactMemberName == memberName;
        }

        // A wildcard never names a constructor; constructors are named "#ctor" as documentation IDs name them.
        if (memberName == "#ctor" && api.ExactMemberName != "#ctor" && !api.Text.Contains("#ctor"))
        {
            return false;
        }

        if (!api.MatchesMember(memberName))
        {
            return false;
        }

        return api.ExactId is null ||
               (member is not null && DocumentationCommentId.CreateDeclarationId(member.OriginalDefinition) == api.ExactId);
    }
}
