using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// Whether a property of the application only stores its value (an auto-property, a record's positional one) or runs
/// code when read or set. Read from syntax once per declaration: the walker asks on member reads and initializers.
/// </summary>
internal sealed class PropertyStorage
{
    private readonly DefinitionCache<IPropertySymbol, bool> _isAutoProperty = new(ComputeIsAutoProperty);
    private readonly DefinitionCache<IPropertySymbol, bool> _hasSetterBody = new(ComputeHasSetterBody);

    /// <summary>A field, or a property declared in source without accessor bodies: reading it gives what was stored.</summary>
    public bool IsPlainStorage(ISymbol member) =>
        member is IFieldSymbol || (member is IPropertySymbol property && _isAutoProperty.Get(property));

    /// <summary>A property whose setter is code: it may store the value in other members too.</summary>
    public bool HasSetterBody(ISymbol member) => member is IPropertySymbol property && _hasSetterBody.Get(property);

    private static bool ComputeIsAutoProperty(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax())
            {
                case ParameterSyntax:
                    return true;
                case PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }:
                    foreach (var accessor in accessors.Accessors)
                    {
                        if (accessor.Body is not null || accessor.ExpressionBody is not null)
                        {
                            return false;
                        }
                    }

                    return true;
            }
        }

        return false;
    }

    private static bool ComputeHasSetterBody(IPropertySymbol property)
    {
        if (property.SetMethod is not { } setter)
        {
            return false;
        }

        foreach (var reference in setter.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is AccessorDeclarationSyntax accessor && (accessor.Body is not null || accessor.ExpressionBody is not null))
            {
                return true;
            }
        }

        return false;
    }
}
