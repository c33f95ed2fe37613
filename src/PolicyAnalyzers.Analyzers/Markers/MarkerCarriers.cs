using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.Markers;

/// <summary>
/// Which assemblies can carry markers: source, the markers' own assemblies, and libraries that reference one of them
/// directly or through other libraries (an attribute derived from DataClassificationAttribute in a shared library).
/// The framework and most packages cannot, and their attributes need not be decoded to find out.
/// </summary>
internal sealed class MarkerCarriers
{
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _known = new(SymbolEqualityComparer.Default);

    public bool MayCarry(IAssemblySymbol? assembly)
    {
        if (assembly is null or ISourceAssemblySymbol)
        {
            return true;
        }

        return _known.TryGetValue(assembly, out var known)
            ? known
            : Decide(assembly, new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default), out _);
    }

    private bool Decide(IAssemblySymbol assembly, HashSet<IAssemblySymbol> visiting, out bool metCycle)
    {
        metCycle = false;
        if (assembly is ISourceAssemblySymbol)
        {
            return true;
        }

        if (_known.TryGetValue(assembly, out var known))
        {
            return known;
        }

        if (!visiting.Add(assembly))
        {
            // A cycle of references: the assembly is being decided further up.
            metCycle = true;
            return false;
        }

        var carries = MarkerNames.MarkerAssemblies.Contains(assembly.Name);
        foreach (var referenced in assembly.Modules.SelectMany(module => module.ReferencedAssemblySymbols))
        {
            if (carries)
            {
                break;
            }

            carries = Decide(referenced, visiting, out var cycle);
            metCycle |= cycle;
        }

        visiting.Remove(assembly);

        // "No" inside a cycle depends on how the cycle was entered; it is decided again from its own start.
        if (carries || !metCycle)
        {
            _known.TryAdd(assembly, carries);
        }

        return carries;
    }
}
