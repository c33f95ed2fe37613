using System;

namespace PolicyAnalyzers;

/// <summary>
/// Approves the disclosures made inside a method, constructor, lambda or class: protected data reaching exports,
/// serialization or logs there is not reported (PA0001-PA0003). The justification and the approver are required
/// (PA0005).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AuthorizedDisclosureAttribute : Attribute
{
    /// <summary>Approves the disclosures inside the marked code.</summary>
    /// <param name="justification">Why the disclosure is lawful and necessary, e.g. "Court order 2024-117: roster to the tribunal".</param>
    public AuthorizedDisclosureAttribute(string justification)
    {
        Justification = justification;
    }

    /// <summary>Why the disclosure is lawful and necessary.</summary>
    public string Justification { get; }

    /// <summary>Who approved the disclosure: a person or a role, e.g. "Data Protection Officer".</summary>
    public string? ApprovedBy { get; set; }
}
