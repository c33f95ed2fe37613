using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// How an audience's requirement is written for people: "policy 'Staff'", "roles 'Admin, Speaker'",
/// "authentication scheme 'Api'", from an [Authorize] attribute, an <c>AuthorizeAttribute</c> created in code or a
/// policy built in code.
/// </summary>
internal static class AuthorizationPhrases
{
    public const string PolicyBuiltInCode = "a policy built in code";

    public static string Policy(string name) => "policy '" + name + "'";

    /// <summary>[Authorize(Policy = ..., Roles = ..., AuthenticationSchemes = ...)], or a derived attribute named by its name.</summary>
    public static string FromAttribute(AttributeData attribute)
    {
        string? policy = null, roles = null, schemes = null;
        var isAuthorizeAttribute = SymbolNames.Is(attribute.AttributeClass, AuthorizationTypes.AuthorizationNamespace, "AuthorizeAttribute");
        if (isAuthorizeAttribute && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string positional)
        {
            policy = positional;
        }

        foreach (var named in attribute.NamedArguments)
        {
            if (named.Value.Value is string value)
            {
                Assign(named.Key, value, ref policy, ref roles, ref schemes);
            }
        }

        var name = isAuthorizeAttribute || attribute.AttributeClass is null ? null : AuthorizationTypes.AttributeName(attribute.AttributeClass);
        return Compose(name, policy, roles, schemes);
    }

    /// <summary><c>new AuthorizeAttribute("Staff") { Roles = "Admin" }</c>, as given to RequireAuthorization or WithMetadata.</summary>
    public static string FromCreation(IObjectCreationOperation creation)
    {
        string? policy = null, roles = null, schemes = null;
        var isAuthorizeAttribute = SymbolNames.Is(creation.Type, AuthorizationTypes.AuthorizationNamespace, "AuthorizeAttribute");
        if (isAuthorizeAttribute && creation.Arguments.Length == 1 && creation.Arguments[0].Value.ConstantValue.Value is string positional)
        {
            policy = positional;
        }

        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property, Value.ConstantValue.Value: string value })
                {
                    Assign(property.Property.Name, value, ref policy, ref roles, ref schemes);
                }
            }
        }

        var name = isAuthorizeAttribute || creation.Type is null ? null : AuthorizationTypes.AttributeName(creation.Type);
        return Compose(name, policy, roles, schemes);
    }

    /// <summary>
    /// An AuthorizationPolicy or a policy builder lambda: the roles or claims it requires where the code calls
    /// <c>RequireRole</c>/<c>RequireClaim</c> with constants, "signed-in users" where it only requires an
    /// authenticated user, else <see cref="PolicyBuiltInCode"/>.
    /// </summary>
    public static string FromPolicyCode(IOperation policy)
    {
        var parts = new List<string>();
        var authenticatedOnly = false;
        foreach (var invocation in policy.DescendantsAndSelf().OfType<IInvocationOperation>())
        {
            switch (invocation.TargetMethod.Name)
            {
                case "RequireRole":
                    var roles = ConstantStrings(invocation);
                    if (roles.Count > 0)
                    {
                        parts.Add(Roles(string.Join(",", roles)));
                    }

                    break;
                case "RequireClaim" when invocation.Arguments.Length > 0 && invocation.Arguments[0].Value.ConstantValue.Value is string claim:
                    parts.Add("claim '" + claim + "'");
                    break;
                case "RequireAuthenticatedUser":
                    authenticatedOnly = true;
                    break;
            }
        }

        return parts.Count > 0 ? string.Join(" and ", parts.Distinct()) : authenticatedOnly ? AccessEvidence.SignedInUsers : PolicyBuiltInCode;
    }

    private static void Assign(string property, string value, ref string? policy, ref string? roles, ref string? schemes)
    {
        switch (property)
        {
            case "Policy":
                policy = value;
                break;
            case "Roles":
                roles = value;
                break;
            case "AuthenticationSchemes":
                schemes = value;
                break;
        }
    }

    private static string Compose(string? attributeName, string? policy, string? roles, string? schemes)
    {
        var parts = new List<string>();
        if (attributeName is not null)
        {
            parts.Add("attribute '" + attributeName + "'");
        }

        if (!string.IsNullOrWhiteSpace(policy))
        {
            parts.Add(Policy(policy!.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(roles))
        {
            parts.Add(Roles(roles!));
        }

        if (!string.IsNullOrWhiteSpace(schemes))
        {
            parts.Add(List("authentication scheme", schemes!));
        }

        return parts.Count == 0 ? AccessEvidence.SignedInUsers : string.Join(" and ", parts);
    }

    private static string Roles(string roles) => List("role", roles);

    // "role 'Admin'", "roles 'Admin, Speaker'": ASP.NET Core splits these lists on commas.
    private static string List(string noun, string commaSeparated)
    {
        var items = commaSeparated.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(item => item.Trim())
            .Where(item => item.Length > 0)
            .ToArray();
        return noun + (items.Length > 1 ? "s" : string.Empty) + " '" + string.Join(", ", items) + "'";
    }

    private static List<string> ConstantStrings(IInvocationOperation invocation)
    {
        var values = new List<string>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value is IArrayCreationOperation { Initializer: { } elements })
            {
                values.AddRange(elements.ElementValues.Select(element => element.ConstantValue.Value).OfType<string>());
            }
            else if (argument.Value.ConstantValue.Value is string value)
            {
                values.Add(value);
            }
        }

        return values;
    }
}
