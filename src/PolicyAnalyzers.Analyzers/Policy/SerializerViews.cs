using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// Which members of a type each serializer writes, following each library's own rules, so that a member the
/// serializer in use ignores is not a leak (and one that another serializer ignores still is). A project can say
/// that all its serializers honour another attribute (an "ignore" row, e.g. [IgnoreDataMember] through a contract
/// resolver).
/// </summary>
internal sealed class SerializerViews
{
    private readonly ApiPolicy _policy;

    public SerializerViews(ApiPolicy policy)
    {
        _policy = policy;
    }

    /// <summary>The attribute with which users of the view's serializer exclude a member, and how it is written (for the code fix).</summary>
    public static (string FullName, string Usage)? IgnoreAttributeFor(DataView view, string sinkName) => view switch
    {
        // Three spreadsheet libraries write public properties, each with its own "leave this column out".
        DataView.Spreadsheet when sinkName.StartsWith("MiniExcel", StringComparison.Ordinal) =>
            ("MiniExcelLibs.Attributes.ExcelIgnoreAttribute", "MiniExcelLibs.Attributes.ExcelIgnore"),
        DataView.Spreadsheet when sinkName.StartsWith("ExcelRange", StringComparison.Ordinal) =>
            ("OfficeOpenXml.Attributes.EpplusIgnore", "OfficeOpenXml.Attributes.EpplusIgnore"),
        DataView.SystemTextJson => ("System.Text.Json.Serialization.JsonIgnoreAttribute", "JsonIgnore"),
        DataView.NewtonsoftJson => ("Newtonsoft.Json.JsonIgnoreAttribute", "JsonIgnore"),
        DataView.Xml => ("System.Xml.Serialization.XmlIgnoreAttribute", "XmlIgnore"),
        DataView.DataContract => ("System.Runtime.Serialization.IgnoreDataMemberAttribute", "IgnoreDataMember"),
        DataView.Tabular => ("CsvHelper.Configuration.Attributes.IgnoreAttribute", "Ignore"),
        DataView.Spreadsheet => ("ClosedXML.Attributes.XLColumnAttribute", "XLColumn(Ignore = true)"),
        _ => null,
    };
    private const string StjNamespace = "System.Text.Json.Serialization";
    private const string NewtonsoftNamespace = "Newtonsoft.Json";
    private const string XmlNamespace = "System.Xml.Serialization";
    private const string DataContractNamespace = "System.Runtime.Serialization";

    /// <summary>False when the view shows nothing of the members (ToString of a class that does not override it).</summary>
    public bool RendersMembers(INamedTypeSymbol type, DataView view)
    {
        if (view != DataView.Text || type.IsRecord || type.IsAnonymousType || type.IsTupleType)
        {
            return true;
        }

        for (var current = type; current is not null && !SymbolNames.IsFrameworkNamespace(current.ContainingNamespace); current = current.BaseType)
        {
            foreach (var member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { IsOverride: true, Parameters.Length: 0 })
                {
                    return true;
                }
            }
        }

        return false;
    }

    public IEnumerable<ISymbol> Visible(INamedTypeSymbol type, DataView view)
    {
        var optIn = IsOptIn(type, view);
        for (var current = type; current is not null && !SymbolNames.IsFrameworkNamespace(current.ContainingNamespace); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (IsDataMember(member) && IsWritten(member, view, optIn) && !IsIgnoredByProject(member))
                {
                    yield return member;
                }
            }
        }
    }

    private bool IsIgnoredByProject(ISymbol member)
    {
        if (!_policy.Project.HasIgnoreRows)
        {
            return false;
        }

        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && _policy.IsIgnoredEverywhere(type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDataMember(ISymbol member)
    {
        if (member.IsStatic || (member.IsImplicitlyDeclared && member is IFieldSymbol))
        {
            return false;
        }

        return member switch
        {
            IPropertySymbol property => !property.IsIndexer && property.GetMethod is not null,
            IFieldSymbol field => !field.IsConst && field.AssociatedSymbol is null,
            _ => false,
        };
    }

    private static bool IsOptIn(INamedTypeSymbol type, DataView view)
    {
        if (view == DataView.DataContract)
        {
            return HasAttribute(type, DataContractNamespace, "DataContractAttribute");
        }

        if (view == DataView.NewtonsoftJson)
        {
            if (HasAttribute(type, DataContractNamespace, "DataContractAttribute"))
            {
                return true;
            }

            foreach (var attribute in type.GetAttributes())
            {
                if (SymbolNames.Is(attribute.AttributeClass, NewtonsoftNamespace, "JsonObjectAttribute"))
                {
                    foreach (var argument in attribute.ConstructorArguments)
                    {
                        // MemberSerialization.OptIn == 0
                        if (argument.Value is int memberSerialization && memberSerialization == 0)
                        {
                            return true;
                        }
                    }

                    foreach (var named in attribute.NamedArguments)
                    {
                        if (named.Key == "MemberSerialization" && named.Value.Value is int memberSerialization && memberSerialization == 0)
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    private static bool IsWritten(ISymbol member, DataView view, bool optIn)
    {
        var isPublic = member.DeclaredAccessibility == Accessibility.Public;
        var isField = member is IFieldSymbol;
        switch (view)
        {
            case DataView.SystemTextJson:
                if (HasStjIgnoreAlways(member))
                {
                    return false;
                }

                // System.Text.Json skips fields unless asked to include them.
                return HasAttribute(member, StjNamespace, "JsonIncludeAttribute") || (isPublic && !isField);

            case DataView.NewtonsoftJson:
                // Newtonsoft.Json honours the data-contract attributes too: [IgnoreDataMember] excludes a member, and a
                // [DataContract] type writes its [DataMember]s only.
                if (HasAttribute(member, NewtonsoftNamespace, "JsonIgnoreAttribute") ||
                    HasAttribute(member, DataContractNamespace, "IgnoreDataMemberAttribute"))
                {
                    return false;
                }

                var isNamed = HasAttribute(member, NewtonsoftNamespace, "JsonPropertyAttribute") ||
                              HasAttribute(member, DataContractNamespace, "DataMemberAttribute");
                return optIn ? isNamed : isPublic || isNamed;

            case DataView.Xml:
                return isPublic && !HasAttribute(member, XmlNamespace, "XmlIgnoreAttribute");

            case DataView.DataContract:
                if (HasAttribute(member, DataContractNamespace, "IgnoreDataMemberAttribute"))
                {
                    return false;
                }

                return optIn ? HasAttribute(member, DataContractNamespace, "DataMemberAttribute") : isPublic;

            case DataView.Tabular:
                return isPublic && !isField && !HasAttribute(member, "CsvHelper.Configuration.Attributes", "IgnoreAttribute");

            case DataView.Spreadsheet:
                return isPublic && !isField && !HasClosedXmlIgnore(member) &&
                       !HasAttribute(member, "MiniExcelLibs.Attributes", "ExcelIgnoreAttribute") &&
                       !HasAttribute(member, "OfficeOpenXml.Attributes", "EpplusIgnore");

            default:
                return isPublic;
        }
    }

    private static bool HasClosedXmlIgnore(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, "ClosedXML.Attributes", "XLColumnAttribute"))
            {
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "Ignore" && named.Value.Value is true)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool HasStjIgnoreAlways(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (!SymbolNames.Is(attribute.AttributeClass, StjNamespace, "JsonIgnoreAttribute"))
            {
                continue;
            }

            foreach (var named in attribute.NamedArguments)
            {
                // JsonIgnoreCondition.Always == 1; WhenWritingNull and the like still write the value.
                if (named.Key == "Condition" && named.Value.Value is int condition && condition != 1)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static bool HasAttribute(ISymbol symbol, string namespaceName, string name)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolNames.Is(attribute.AttributeClass, namespaceName, name))
            {
                return true;
            }
        }

        return false;
    }
}
