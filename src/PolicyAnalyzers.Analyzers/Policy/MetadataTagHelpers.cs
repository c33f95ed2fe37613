using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// Tag helpers whose <c>asp-for</c> shows what a member is, never its value: <c>&lt;label asp-for&gt;</c> writes the
/// display name, <c>&lt;span asp-validation-for&gt;</c> the validation message. The model expression the page builds
/// for them renders no data; an input, select or textarea's does.
/// </summary>
internal static class MetadataTagHelpers
{
    private const string TagHelpersNamespace = "Microsoft.AspNetCore.Mvc.TagHelpers";

    /// <summary>A <c>CreateModelExpression</c> call whose result is assigned to such a tag helper's <c>For</c>.</summary>
    public static bool Receives(IOperation modelExpression)
    {
        var parent = modelExpression.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "For" } property } } &&
            property.ContainingType is { Name: "LabelTagHelper" or "ValidationMessageTagHelper" } type &&
            type.ContainingNamespace?.ToDisplayString() == TagHelpersNamespace;
    }
}
