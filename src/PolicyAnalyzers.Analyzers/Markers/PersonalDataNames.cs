using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.Markers;

/// <summary>
/// Member names that say "personal data": names, dates of birth, identity numbers, contact details, nationality.
/// Used where the code carries no marker: to keep group labels read from such members protected, and to suggest
/// a marker (PA0004).
/// </summary>
internal static class PersonalDataNames
{
    // Spellings that name personal data as a member's whole name ("Dob", "A_Number"), lower case without underscores.
    private static readonly Dictionary<string, FieldKind> WholeNames = PersonalDataLexicon.Spellings
        .Where(entry => entry.Use != SpellingUse.ColumnWord)
        .ToDictionary(entry => entry.Spelling, entry => entry.Kind, StringComparer.Ordinal);

    // Checked in order against the lower-cased name; the first match names the kind.
    private static readonly LexiconEntry[] Fragments = PersonalDataLexicon.Spellings
        .Where(entry => entry.Use == SpellingUse.InsideNames)
        .ToArray();

    // Words for program structure: "member", "parent" or "owner" in such a type name are not people.
    private static readonly HashSet<string> TechnicalTypeWords = new(StringComparer.Ordinal)
    {
        "tree", "node", "type", "class", "field", "property", "column", "template", "token", "variable", "expression",
        "element", "schema", "symbol", "attribute", "parameter", "descriptor", "metadata", "assembly", "module", "menu",
        "role", "permission", "group", "claim", "setting", "option", "resource", "route", "syntax",
    };

    // Words in a type's name that make it a statistic, besides the aggregate words below.
    private static readonly HashSet<string> StatisticTypeWords = new(StringComparer.Ordinal)
    {
        "statistic", "statistics", "summary", "breakdown", "distribution", "histogram", "aggregate",
    };

    // Words in the name of a number that make a type a statistic: counts per nationality, totals per facility. In
    // code, "NumberOfPeople" counts too; in a data file "Phone Number" does not, so these three are code's own.
    private static readonly HashSet<string> AggregateWords = new(
        PersonalDataLexicon.AggregateWords.Concat(new[] { "number", "people", "persons" }), StringComparer.Ordinal);

    /// <summary>
    /// True for members that identify a person by themselves (FullName, DateOfBirth, ApplicantEmail, ANumber), by
    /// the same names PA0004 recognises; "Name" and "Address" count on a protected record (<paramref name="ofProtectedRecord"/>).
    /// </summary>
    public static bool IsIdentifying(ISymbol member, bool ofProtectedRecord)
    {
        if (ofProtectedRecord && (member.Name == "Name" || member.Name == "Address"))
        {
            return true;
        }

        var kind = Describe(member);
        return kind != FieldKind.None && !FieldKinds.IsDescriptive(kind);
    }

    /// <summary>What kind of personal data the member's name (or type) suggests, or <see cref="FieldKind.None"/>;
    /// <see cref="FieldKinds.Label"/> says it in words.</summary>
    public static FieldKind Describe(ISymbol member)
    {
        var name = member.Name;
        if (WholeNames.TryGetValue(name.Replace("_", string.Empty).ToLowerInvariant(), out var whole))
        {
            return whole;
        }

        if (member is IPropertySymbol { Type: var propertyType } && SymbolNames.Is(propertyType, "System.Net.Mail", "MailAddress") ||
            member is IFieldSymbol { Type: var fieldType } && SymbolNames.Is(fieldType, "System.Net.Mail", "MailAddress"))
        {
            return FieldKind.Email;
        }

        var lower = name.ToLowerInvariant();
        foreach (var fragment in Fragments)
        {
            if (lower.IndexOf(fragment.Spelling, StringComparison.Ordinal) >= 0 && !IsTechnical(lower))
            {
                return fragment.Kind;
            }
        }

        // "Name" and "Address" are personal on a type whose instances are people, not on a product or a server.
        if ((name == "Name" || name == "Address") && member.ContainingType is { } owner && LooksLikePerson(owner.Name))
        {
            return name == "Name" ? FieldKind.PersonName : FieldKind.Address;
        }

        return FieldKind.None;
    }

    /// <summary>
    /// A type name with a word for people in it ("AppUser", "CustomerModel"), and none for program structure
    /// ("ModelTreeMember", whose Name is a template variable's).
    /// </summary>
    private static bool LooksLikePerson(string typeName)
    {
        var person = false;
        foreach (var word in Words(typeName))
        {
            if (TechnicalTypeWords.Contains(word))
            {
                return false;
            }

            person |= PersonalDataLexicon.IsRole(word) || (word.EndsWith("s", StringComparison.Ordinal) && PersonalDataLexicon.IsRole(word.Substring(0, word.Length - 1)));
        }

        return person;
    }

    /// <summary>True for a statistic ("NationalityCount", a type with a count or total): its labels are not people's.</summary>
    public static bool IsStatistic(INamedTypeSymbol type)
    {
        // NationalityCount(string Nationality, int Detained): the type's own name says what it is.
        if (Words(type.Name).Any(word => AggregateWords.Contains(word) || StatisticTypeWords.Contains(word)))
        {
            return true;
        }

        foreach (var member in type.GetMembers())
        {
            var memberType = member switch
            {
                IPropertySymbol property => property.Type,
                IFieldSymbol { IsImplicitlyDeclared: false } field => field.Type,
                _ => null,
            };

            if (memberType is not null && IsNumber(memberType) && Words(member.Name).Any(AggregateWords.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Kinds that name or describe a person, and that a statistic uses as a label: not suggested there.</summary>
    public static bool IsLabel(FieldKind kind) => FieldKinds.IsPersonName(kind) || kind == FieldKind.Address || FieldKinds.IsDescriptive(kind);

    private static bool IsNumber(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } nullable && nullable.ConstructedFrom.SpecialType == SpecialType.System_Nullable_T)
        {
            type = nullable.TypeArguments[0];
        }

        return type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 or
            SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or
            SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single;
    }

    /// <summary>The lower-case words of a PascalCase or snake_case name: "ModelTreeMember" gives model, tree, member.</summary>
    private static IEnumerable<string> Words(string name)
    {
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == '_' || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])))
            {
                if (i > start)
                {
                    yield return name.Substring(start, i - start).Trim('_').ToLowerInvariant();
                }

                start = i;
            }
        }
    }

    // Addresses and names of machines, not people.
    private static bool IsTechnical(string lowerName) =>
        lowerName.Contains("ipaddress") || lowerName.Contains("macaddress") || lowerName.Contains("emailtemplate") ||
        lowerName.Contains("phonecode") || lowerName.Contains("hostname") || lowerName.Contains("filename") ||
        lowerName.Contains("typename") || lowerName.Contains("username");
}
