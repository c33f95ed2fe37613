namespace PolicyAnalyzers.Policy;

/// <summary>What a delegate passed to a projection or grouping contributes to its result.</summary>
internal enum SelectorRole
{
    /// <summary>Its results are the elements of the result (Select's selector, GroupBy's elementSelector).</summary>
    Value,

    /// <summary>Its results become keys (GroupBy's and ToDictionary's keySelector).</summary>
    Key,

    /// <summary>Its results only match or order elements and are not kept (predicates, join keys, comparers).</summary>
    Matching,
}
