namespace PolicyAnalyzers.Policy;

/// <summary>A policy line that could not be read: where it is (a policy file and line, or a configuration key) and why.</summary>
internal sealed record PolicyError(string Message, string? Path, int Line);
