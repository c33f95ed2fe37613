namespace PolicyAnalyzers.Policy;

/// <summary>What reading a member of a library type gives, when the policy knows better than "what the receiver holds".</summary>
internal enum MemberRole
{
    /// <summary>Whatever the receiver holds.</summary>
    Carry,

    /// <summary>The keys of a dictionary or grouping.</summary>
    Keys,

    /// <summary>The values of a dictionary or pair, without the keys.</summary>
    Values,

    /// <summary>A measure (Count, Length): no data.</summary>
    NoData,
}
