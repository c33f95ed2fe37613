using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Markers;

/// <summary>Compares symbols with metadata names without building strings, so checks on hot paths stay cheap.</summary>
internal static class SymbolNames
{
    /// <summary>True when <paramref name="type"/> is named <paramref name="name"/> in the dotted <paramref name="namespaceName"/>.</summary>
    public static bool Is(ITypeSymbol? type, string namespaceName, string name)
    {
        if (type is null || type.Name != name || type.ContainingType is not null)
        {
            return false;
        }

        return IsNamespace(type.ContainingNamespace, namespaceName);
    }

    public static bool IsNamespace(INamespaceSymbol? ns, string dottedName)
    {
        var end = dottedName.Length;
        while (ns is not null && !ns.IsGlobalNamespace)
        {
            var start = dottedName.LastIndexOf('.', end - 1) + 1;
            var length = end - start;
            if (ns.Name.Length != length || string.CompareOrdinal(ns.Name, 0, dottedName, start, length) != 0)
            {
                return false;
            }

            end = start - 1;
            ns = ns.ContainingNamespace;
            if (end < 0)
            {
                return ns is null || ns.IsGlobalNamespace;
            }
        }

        return false;
    }

    /// <summary>True when the namespace is System, Microsoft or one of theirs: framework types whose members we never walk.</summary>
    public static bool IsFrameworkNamespace(INamespaceSymbol? ns)
    {
        if (ns is null || ns.IsGlobalNamespace)
        {
            return false;
        }

        while (!ns.ContainingNamespace.IsGlobalNamespace)
        {
            ns = ns.ContainingNamespace;
        }

        return ns.Name == "System" || ns.Name == "Microsoft" || ns.Name == "Newtonsoft" || ns.Name == "CsvHelper";
    }

    public static bool DerivesFrom(ITypeSymbol? type, string namespaceName, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, namespaceName, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How messages name a method: "Type.Method", the property for an accessor, the type for a constructor.</summary>
    public static string Display(ISymbol symbol)
    {
        if (symbol is IMethodSymbol method)
        {
            switch (method.MethodKind)
            {
                case MethodKind.Constructor:
                case MethodKind.StaticConstructor:
                    return method.ContainingType.Name;
                case MethodKind.PropertyGet:
                case MethodKind.PropertySet:
                    return Display(method.AssociatedSymbol ?? method);
                case MethodKind.LocalFunction:
                    return Display(method.ContainingSymbol) + "." + method.Name;
            }
        }

        // A C# 14 extension block has no name of its own: the static class that declares it names its members.
        return symbol.ContainingType is null ? symbol.Name : Policy.TypeNames.Owner(symbol.ContainingType).Name + "." + symbol.Name;
    }
}
