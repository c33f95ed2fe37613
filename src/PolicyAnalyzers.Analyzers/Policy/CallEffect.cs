namespace PolicyAnalyzers.Policy;

/// <summary>What a call does to the data it is given, apart from sending it out (see <see cref="ApiPolicy.Sink"/>).</summary>
internal enum CallEffect
{
    /// <summary>The result carries what went in: the receiver, the arguments and what their delegates return.</summary>
    Carry,

    /// <summary>The result is a number or a truth about the inputs, or declassified: no data.</summary>
    NoData,

    /// <summary>A LINQ projection: the result holds what the selectors return.</summary>
    Project,

    /// <summary>A grouping: the key selector's results become group labels, kept apart from the values.</summary>
    Group,

    /// <summary>A lookup by key: the result and out arguments are the receiver's values (the first argument's, for an extension).</summary>
    Lookup,

    /// <summary>A query that loads a navigation (Include): the entities it returns hold what the navigation leads to.</summary>
    Include,

    /// <summary>An object mapper: the result's members that share a name with a protected member are protected.</summary>
    Map,

    /// <summary>A template engine's render: the text holds every member of the model, not the model's ToString.</summary>
    Template,
}
