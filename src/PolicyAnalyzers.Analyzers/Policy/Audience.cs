namespace PolicyAnalyzers.Policy;

/// <summary>
/// Who can reach an endpoint or a page, as decided from the code (see <see cref="AudienceModel"/>). A signed-in
/// audience names what stands in the way, for messages and the inventory of disclosures: "policy 'RequireAdmin'",
/// "roles 'Admin, Speaker'", "filter 'AuthorizeAdmin'", "the fallback policy", "signed-in users".
/// </summary>
/// <param name="Requirement">What a visitor must satisfy; null for a public audience.</param>
internal sealed record Audience(AudienceKind Kind, string? Requirement)
{
    /// <summary>Anonymous visitors can reach it, or where the audience cannot be decided statically.</summary>
    public static Audience Public { get; } = new(AudienceKind.Public, null);

    public bool IsSignedIn => Kind == AudienceKind.SignedIn;

    public static Audience SignedIn(string requirement) => new(AudienceKind.SignedIn, requirement);

    public override string ToString() => IsSignedIn ? "signed-in: " + Requirement : "public";
}
