using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// The Entity Framework Core model as far as it decides what a serializer or a page can see: which types are
/// entities (the <c>DbSet&lt;T&gt;</c> properties of the DbContexts in this compilation and the assemblies it
/// references), and whether navigation properties load themselves (lazy-loading proxies). A navigation that a query
/// does not load (<c>Include</c>, a projection) is empty, so it is not followed into.
/// </summary>
internal sealed class EntityModel
{
    private const string EfNamespace = "Microsoft.EntityFrameworkCore";

    private readonly Compilation _compilation;
    private readonly Lazy<HashSet<ITypeSymbol>> _entities;

    public EntityModel(Compilation compilation)
    {
        _compilation = compilation;
        _entities = new Lazy<HashSet<ITypeSymbol>>(FindEntities, LazyThreadSafetyMode.ExecutionAndPublication);
        LoadsLazily = References(compilation, "Microsoft.EntityFrameworkCore.Proxies");
    }

    /// <summary>True when the application references EF Core's lazy-loading proxies: navigations load when read.</summary>
    public bool LoadsLazily { get; }

    /// <summary>
    /// True for a navigation: a property of an entity whose type is an entity or a collection of entities, and that
    /// a query leaves empty unless it loads it.
    /// </summary>
    public bool IsUnloadedNavigation(ISymbol member, ITypeSymbol memberType)
    {
        if (LoadsLazily || member is not IPropertySymbol || member.ContainingType is not { } owner)
        {
            return false;
        }

        var entities = _entities.Value;
        return entities.Count > 0 && entities.Contains(owner.OriginalDefinition) && entities.Contains(ElementType(memberType).OriginalDefinition);
    }

    private static ITypeSymbol ElementType(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && ApiPolicy.IsCollection(generic)
            ? generic.TypeArguments[0]
            : type is IArrayTypeSymbol array ? array.ElementType : type;

    private HashSet<ITypeSymbol> FindEntities()
    {
        var entities = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);

        // DbContexts live in this assembly or in referenced assemblies that use EF Core themselves.
        var assemblies = new List<IAssemblySymbol> { _compilation.Assembly };
        foreach (var assembly in _compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (ReferencesEf(assembly))
            {
                assemblies.Add(assembly);
            }
        }

        foreach (var assembly in assemblies)
        {
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                foreach (var member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceSymbol ns)
                    {
                        pending.Push(ns);
                    }
                    else if (member is INamedTypeSymbol { TypeKind: TypeKind.Class } type && SymbolNames.DerivesFrom(type.BaseType, EfNamespace, "DbContext"))
                    {
                        AddDbSets(type, entities);
                    }
                }
            }
        }

        return entities;
    }

    private static void AddDbSets(INamedTypeSymbol context, HashSet<ITypeSymbol> entities)
    {
        foreach (var member in context.GetMembers())
        {
            if (member is IPropertySymbol { Type: INamedTypeSymbol { IsGenericType: true } set } &&
                SymbolNames.Is(set.OriginalDefinition, EfNamespace, "DbSet"))
            {
                entities.Add(set.TypeArguments[0].OriginalDefinition);
            }
        }
    }

    private static bool ReferencesEf(IAssemblySymbol assembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblySymbols)
            {
                if (referenced.Name == EfNamespace)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool References(Compilation compilation, string assemblyName)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == assemblyName)
            {
                return true;
            }
        }

        return false;
    }
}
