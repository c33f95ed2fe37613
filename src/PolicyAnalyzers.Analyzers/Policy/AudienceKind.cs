namespace PolicyAnalyzers.Policy;

/// <summary>Who can reach an endpoint or a page.</summary>
internal enum AudienceKind
{
    /// <summary>Anonymous visitors can reach it, or the code does not say who can.</summary>
    Public,

    /// <summary>Only signed-in users reach it: an authorization attribute, convention, filter or fallback policy applies.</summary>
    SignedIn,
}
