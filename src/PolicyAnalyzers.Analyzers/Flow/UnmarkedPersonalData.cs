using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Policy;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// Finds the members a sink writes whose names say personal data (DateOfBirth, Email, PassportNumber) but that
/// carry no marker: PA0004's candidates. Walks the same members the serializer in use writes, through nested
/// objects and collections, and only types declared in this compilation, where a marker can be added.
/// </summary>
internal static class UnmarkedPersonalData
{
    public static IEnumerable<(ISymbol Member, string Category)> Find(ProtectionModel protection, ITypeSymbol rendered, DataView view)
    {
        var visited = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<ITypeSymbol>();
        pending.Push(rendered);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!visited.Add(type))
            {
                continue;
            }

            if (type is IArrayTypeSymbol array)
            {
                pending.Push(array.ElementType);
                continue;
            }

            if (type is not INamedTypeSymbol named)
            {
                continue;
            }

            if (named.IsGenericType)
            {
                foreach (var argument in named.TypeArguments)
                {
                    pending.Push(argument);
                }
            }

            // Anonymous objects cannot take a marker, but what they hold can: walk through them.
            if (named.IsAnonymousType)
            {
                foreach (var member in protection.Members.Visible(named, view))
                {
                    pending.Push(member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type);
                }

                continue;
            }

            // A protected type needs no marker on its members; framework and referenced types cannot take one here.
            if (named.SpecialType != SpecialType.None ||
                named.IsTupleType ||
                SymbolNames.IsFrameworkNamespace(named.ContainingNamespace) ||
                !IsInSource(named) ||
                protection.GetValueProtection(named) is not null ||
                !protection.Members.RendersMembers(named, view))
            {
                continue;
            }

            // A statistic's labels (NationalityCount.Nationality) describe groups: marking them would stop the
            // statistics page. Its direct identifiers (an email) are still suggested.
            var isStatistic = PersonalDataNames.IsStatistic(named);
            foreach (var member in protection.Members.Visible(named, view))
            {
                if (protection.GetMemberProtection(member) is null && IsInSource(member) &&
                    PersonalDataNames.Describe(member) is var kind && kind != FieldKind.None &&
                    !(isStatistic && PersonalDataNames.IsLabel(kind)) &&
                    CanHold(kind, member is IPropertySymbol typed ? typed.Type : ((IFieldSymbol)member).Type))
                {
                    yield return (member, FieldKinds.Label(kind));
                }

                pending.Push(member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type);
            }
        }
    }

    /// <summary>
    /// Whether a member of this type can hold that kind of data: EmailEnabled (a flag), CustomerId (a number) and
    /// NameStyle (an enum) cannot hold a name or an address.
    /// </summary>
    private static bool CanHold(FieldKind kind, ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } nullable && nullable.ConstructedFrom.SpecialType == SpecialType.System_Nullable_T)
        {
            type = nullable.TypeArguments[0];
        }

        if (type.SpecialType == SpecialType.System_String || type.TypeKind == TypeKind.Array || (type.SpecialType == SpecialType.None && type.TypeKind is TypeKind.Class or TypeKind.Interface))
        {
            return true;
        }

        switch (kind)
        {
            case FieldKind.DateOfBirth:
                return type.SpecialType == SpecialType.System_DateTime || type.Name is "DateTimeOffset" or "DateOnly";
            case FieldKind.Phone:
            case FieldKind.Ssn:
            case FieldKind.NationalId:
            case FieldKind.ANumber:
                return type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or
                    SpecialType.System_UInt64 or SpecialType.System_Decimal;
            default:
                return false;
        }
    }

    private static bool IsInSource(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        return false;
    }
}
