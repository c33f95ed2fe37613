using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>Protected data reaching a sink, at the expression that carries it there.</summary>
internal sealed class Finding
{
    public Finding(Location location, ProtectedSource source, Sink sink, string? throughHelper, string? signedInRequirement = null)
    {
        Location = location;
        Source = source;
        Sink = sink;
        ThroughHelper = throughHelper;
        SignedInRequirement = signedInRequirement;
    }

    /// <summary>
    /// For a response or a page only signed-in users reach: what they must satisfy ("policy 'Staff'"). The finding
    /// is then PA0007, not PA0002.
    /// </summary>
    public string? SignedInRequirement { get; }

    public Location Location { get; }

    public ProtectedSource Source { get; }

    public Sink Sink { get; }

    /// <summary>The method of the user's code, called on this line, inside which the data reaches the sink.</summary>
    public string? ThroughHelper { get; }
}
