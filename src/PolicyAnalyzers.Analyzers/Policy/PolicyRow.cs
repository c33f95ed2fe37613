using System.Collections.Immutable;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// One line of policy: a verb, the API it applies to, and options. The built-in catalog and a project's own policy
/// are written in the same format (see <see cref="PolicyRowParser"/>), for example
/// <code>log M:Serilog.ILogger.{Information,Warning}</code>
/// </summary>
/// <param name="DisplayType">How messages name the row's type (option <c>as=</c>); null for the type's own name.</param>
/// <param name="Phrase">How messages name the sink (option <c>phrase=</c>), with {0} for the API.</param>
/// <param name="DataParameters">The parameters that carry data out (option <c>data=</c>); empty for all.</param>
/// <param name="OnCollectionsOnly">Option <c>on=collection</c>: applies only when the receiver is a string or a collection.</param>
/// <param name="Origin">Where the row was written, for messages about it.</param>
/// <param name="Extends">Option <c>extends=Type</c>: the row names extension methods over that type (or a type derived from or implementing it) only.</param>
internal sealed record PolicyRow(
    PolicyVerb Verb,
    ApiPattern Api,
    DataView View,
    string? DisplayType,
    string? Phrase,
    ImmutableArray<string> DataParameters,
    bool OnCollectionsOnly,
    string? Category,
    string Origin,
    string? Extends = null)
{
    public bool IsSink => Verb is PolicyVerb.Export or PolicyVerb.Serialize or PolicyVerb.Respond or PolicyVerb.Render or PolicyVerb.Log;

    public SinkKind SinkKind => Verb switch
    {
        PolicyVerb.Export => SinkKind.Export,
        PolicyVerb.Log => SinkKind.Log,
        PolicyVerb.Respond or PolicyVerb.Render => SinkKind.Response,
        _ => SinkKind.Serialization,
    };
}
