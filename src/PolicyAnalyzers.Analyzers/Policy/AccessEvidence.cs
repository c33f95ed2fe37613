using System;
using System.Collections.Immutable;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// What the code says about who may reach an endpoint: whether anything lets anonymous visitors in
/// ([AllowAnonymous], <c>AllowAnonymous()</c>), and the requirements that apply (attributes, conventions, filters),
/// outermost first. Immutable; combined with <see cref="Union"/> (both apply) and <see cref="Meet"/> (either may be
/// the one that applies, as when a helper is called with two different route groups).
/// </summary>
internal sealed class AccessEvidence
{
    /// <summary>How a requirement that only asks for a signed-in user is written; dropped when others are more precise.</summary>
    public const string SignedInUsers = "signed-in users";

    public static readonly AccessEvidence None = new(false, ImmutableArray<string>.Empty);

    public static readonly AccessEvidence Anonymous = new(true, ImmutableArray<string>.Empty);

    private AccessEvidence(bool allowsAnonymous, ImmutableArray<string> requirements)
    {
        AllowsAnonymous = allowsAnonymous;
        Requirements = requirements;
    }

    /// <summary>True when something lets anonymous visitors in: ASP.NET Core then skips every requirement.</summary>
    public bool AllowsAnonymous { get; }

    public ImmutableArray<string> Requirements { get; }

    public bool IsEmpty => !AllowsAnonymous && Requirements.IsEmpty;

    public static AccessEvidence Requiring(string requirement) => new(false, ImmutableArray.Create(requirement));

    /// <summary>Both apply: <paramref name="outer"/> (a base class, a route group) and <paramref name="inner"/> (the action, the endpoint).</summary>
    public static AccessEvidence Union(AccessEvidence outer, AccessEvidence inner)
    {
        if (inner.IsEmpty)
        {
            return outer;
        }

        if (outer.IsEmpty)
        {
            return inner;
        }

        var requirements = outer.Requirements.ToBuilder();
        foreach (var requirement in inner.Requirements)
        {
            if (!requirements.Contains(requirement))
            {
                requirements.Add(requirement);
            }
        }

        return new AccessEvidence(outer.AllowsAnonymous || inner.AllowsAnonymous, requirements.ToImmutable());
    }

    /// <summary>
    /// One of the two applies and the code does not say which: anonymous if either lets anonymous visitors in,
    /// unrestricted if either has no requirement, else either requirement.
    /// </summary>
    public static AccessEvidence Meet(AccessEvidence first, AccessEvidence second)
    {
        var allowsAnonymous = first.AllowsAnonymous || second.AllowsAnonymous;
        if (first.Requirements.IsEmpty || second.Requirements.IsEmpty)
        {
            return allowsAnonymous ? Anonymous : None;
        }

        var firstText = Describe(first.Requirements);
        var secondText = Describe(second.Requirements);
        var requirements = string.Equals(firstText, secondText, StringComparison.Ordinal)
            ? first.Requirements
            : ImmutableArray.Create(firstText + " or " + secondText);
        return new AccessEvidence(allowsAnonymous, requirements);
    }

    /// <summary>The audience: public when anonymous visitors are let in or nothing is required (unless the fallback policy applies).</summary>
    public Audience ToAudience(bool fallbackPolicy)
    {
        if (AllowsAnonymous)
        {
            return Audience.Public;
        }

        if (!Requirements.IsEmpty)
        {
            return Audience.SignedIn(Describe(Requirements));
        }

        return fallbackPolicy ? Audience.SignedIn("the fallback policy") : Audience.Public;
    }

    private static string Describe(ImmutableArray<string> requirements)
    {
        var precise = requirements.RemoveAll(requirement => requirement == SignedInUsers);
        return precise.IsEmpty ? SignedInUsers : string.Join(" and ", precise);
    }
}
