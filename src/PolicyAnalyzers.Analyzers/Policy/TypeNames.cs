using System.Collections.Concurrent;
using System.Text;
using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// The full names policy rows use for types (<c>Namespace.Outer.Inner`1</c>), computed once per type and
/// compilation. A C# 14 extension block counts as the static class that declares it.
/// </summary>
internal sealed class TypeNames
{
    /// <summary><c>TypeKind.Extension</c>, which the Roslyn the analyzer compiles against (4.8) does not name.</summary>
    private const TypeKind ExtensionKind = (TypeKind)14;

    private readonly ConcurrentDictionary<ITypeSymbol, string> _names = new(SymbolEqualityComparer.Default);

    public string FullName(ITypeSymbol type)
    {
        type = Owner(type);
        if (_names.TryGetValue(type, out var name))
        {
            return name;
        }

        var builder = new StringBuilder();
        Append(builder, type);
        return _names.GetOrAdd(type, builder.ToString());
    }

    /// <summary>The type a member belongs to for matching: the declaring static class of an extension block.</summary>
    public static ITypeSymbol Owner(ITypeSymbol type)
    {
        while (IsExtensionBlock(type) && type.ContainingType is { } outer)
        {
            type = outer;
        }

        return type.OriginalDefinition;
    }

    public static bool IsExtensionBlock(ITypeSymbol? type) => type is not null && type.TypeKind == ExtensionKind;

    /// <summary>
    /// The receiver parameter of a C# 14 extension block (<c>extension(ILogger logger)</c>). The Roslyn the analyzer
    /// compiles against predates the API, so it is read once per block from the running compiler's symbol.
    /// </summary>
    public static IParameterSymbol? ExtensionReceiver(ITypeSymbol block) =>
        Receivers.GetValue(block, b => new ReceiverBox(ExtensionParameterProperty?.GetValue(b) as IParameterSymbol)).Parameter;

    // INamedTypeSymbol.ExtensionParameter, when the compiler running the analyzer has it (Roslyn 5 and newer).
    private static readonly System.Reflection.PropertyInfo? ExtensionParameterProperty = typeof(INamedTypeSymbol).GetProperty("ExtensionParameter");

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ITypeSymbol, ReceiverBox> Receivers = new();

    private sealed record ReceiverBox(IParameterSymbol? Parameter);

    private static void Append(StringBuilder builder, ITypeSymbol type)
    {
        if (type.ContainingType is { } outer)
        {
            Append(builder, Owner(outer));
            builder.Append('.');
        }
        else if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            builder.Append(ns.ToDisplayString()).Append('.');
        }

        builder.Append(type.MetadataName);
    }
}
