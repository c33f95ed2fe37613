using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// The protected data that the methods of one type store in its fields and auto-properties, so that a method
/// writing a field out sees what another method of the type put there (a StringBuilder filled in one method and
/// saved in another). Computed once per type and compilation.
/// </summary>
internal sealed class FieldState
{
    public static readonly FieldState Empty = new(ImmutableDictionary<ISymbol, Taint>.Empty);

    public FieldState(ImmutableDictionary<ISymbol, Taint> fields)
    {
        Fields = fields;
    }

    public ImmutableDictionary<ISymbol, Taint> Fields { get; }

    public Taint Of(ISymbol field) => Fields.TryGetValue(field, out var taint) ? taint : Taint.None;
}
