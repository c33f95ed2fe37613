using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy
{
    /// <summary>
    /// Attributes that put an MVC authorization filter on an action: <c>[TypeFilter(typeof(F))]</c> and
    /// <c>[ServiceFilter(typeof(F))]</c> (and their generic forms) where F implements IAuthorizationFilter or
    /// IAsyncAuthorizationFilter; attributes derived from them that pass such a type to their base constructor
    /// (<c>: base(typeof(AuthorizeAdminFilter))</c>); and attributes that are such a filter themselves.
    /// </summary>
    internal static class AuthorizationFilterAttributes
    {
        /// <summary>True when <paramref name="type"/> is TypeFilterAttribute or ServiceFilterAttribute (generic or not).</summary>
        public static bool IsFilterByType(INamedTypeSymbol type) =>
            SymbolNames.Is(type, AuthorizationTypes.MvcNamespace, "TypeFilterAttribute") ||
            SymbolNames.Is(type, AuthorizationTypes.MvcNamespace, "ServiceFilterAttribute");

        /// <summary>The filter type a [TypeFilter]/[ServiceFilter] attribute names, or null.</summary>
        public static ITypeSymbol? FilterType(AttributeData attribute)
        {
            if (attribute.AttributeClass is { IsGenericType: true } generic)
            {
                return generic.TypeArguments.Length == 1 ? generic.TypeArguments[0] : null;
            }

            return attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Type
                ? attribute.ConstructorArguments[0].Value as ITypeSymbol
                : null;
        }

        /// <summary>
        /// For an attribute class derived from TypeFilterAttribute or ServiceFilterAttribute: whether the filter it wraps
        /// is an authorization filter. Declared in source, its constructors say (<c>: base(typeof(F))</c>). From a
        /// referenced assembly, a nested filter type says when metadata shows it; reference assemblies leave private
        /// nested types out, so then the name decides: "Authorize" or "Permission" in it ([AuthorizeAdmin],
        /// [Permission("...")]).
        /// </summary>
        public static bool WrapsAuthorizationFilter(INamedTypeSymbol attribute, Compilation compilation)
        {
            if (attribute.DeclaringSyntaxReferences.IsEmpty)
            {
                foreach (var nested in attribute.GetTypeMembers())
                {
                    if (AuthorizationTypes.IsAuthorizationFilter(nested))
                    {
                        return true;
                    }
                }

                return attribute.Name.IndexOf("Authorize", StringComparison.Ordinal) >= 0 ||
                       attribute.Name.IndexOf("Permission", StringComparison.Ordinal) >= 0;
            }

            foreach (var reference in attribute.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax();
                if (declaration is TypeDeclarationSyntax type && compilation.ContainsSyntaxTree(type.SyntaxTree) && PassesAuthorizationFilter(type, compilation))
                {
                    return true;
                }
            }

            return false;
        }

        // `: base(typeof(F))` in a constructor, or `class A() : TypeFilterAttribute(typeof(F))` with a primary constructor.
        private static bool PassesAuthorizationFilter(TypeDeclarationSyntax type, Compilation compilation)
        {
#pragma warning disable RS1030 // The analyzer driver shares its semantic models with Compilation.GetSemanticModel.
            SemanticModel? model = null;
#pragma warning restore RS1030
            foreach (var baseType in type.BaseList?.Types ?? default)
            {
                if (baseType is PrimaryConstructorBaseTypeSyntax primary && HasAuthorizationFilterTypeOf(primary.ArgumentList, ref model, type, compilation))
                {
                    return true;
                }
            }

            foreach (var member in type.Members)
            {
                if (member is ConstructorDeclarationSyntax { Initializer: { } initializer } &&
                    HasAuthorizationFilterTypeOf(initializer.ArgumentList, ref model, type, compilation))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasAuthorizationFilterTypeOf(ArgumentListSyntax arguments, ref SemanticModel? model, SyntaxNode node, Compilation compilation)
        {
            foreach (var argument in arguments.Arguments)
            {
                if (argument.Expression is TypeOfExpressionSyntax typeOf)
                {
#pragma warning disable RS1030
                    model ??= compilation.GetSemanticModel(node.SyntaxTree);
#pragma warning restore RS1030
                    if (AuthorizationTypes.IsAuthorizationFilter(model.GetTypeInfo(typeOf.Type).Type))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
