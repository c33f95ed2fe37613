using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Markers;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// Results whose static type says nothing about the data inside: <c>object</c>, <c>dynamic</c>, and collections of
/// them (<c>IDictionary&lt;string, object&gt;</c>, <c>object[]</c>), also once awaited. A library method that returns
/// one from a protected object (<c>gdpr.ExportCustomerAsync(customer)</c>) hides the object's type from the sink.
/// </summary>
internal static class UntypedResult
{
    public static bool Is(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1, Name: "Task" or "ValueTask" } awaitable &&
            SymbolNames.IsNamespace(awaitable.ContainingNamespace, "System.Threading.Tasks"))
        {
            type = awaitable.TypeArguments[0];
        }

        return IsUntyped(type) ||
               (type is IArrayTypeSymbol array && IsUntyped(array.ElementType)) ||
               (type is INamedTypeSymbol { IsGenericType: true } collection && ApiPolicy.IsCollection(collection) &&
                IsUntyped(collection.TypeArguments[collection.TypeArguments.Length - 1]));
    }

    private static bool IsUntyped(ITypeSymbol type) => type.SpecialType == SpecialType.System_Object || type.TypeKind == TypeKind.Dynamic;
}
