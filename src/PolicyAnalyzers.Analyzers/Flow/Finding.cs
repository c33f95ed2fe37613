using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>Protected data reaching a sink, at the expression that carries it there.</summary>
/// <param name="ThroughHelper">The method of the user's code, called on this line, inside which the data reaches the sink.</param>
/// <param name="SignedInRequirement">
/// For a response or a page only signed-in users reach: what they must satisfy ("policy 'Staff'"). The finding is then
/// PA0007, not PA0002.
/// </param>
internal sealed record Finding(Location Location, ProtectedSource Source, Sink Sink, string? ThroughHelper, string? SignedInRequirement = null);
