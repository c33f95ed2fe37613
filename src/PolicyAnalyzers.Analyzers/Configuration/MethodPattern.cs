using Microsoft.CodeAnalysis;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Configuration
{
    /// <summary>
    /// A method named in configuration, as a documentation comment ID: <c>M:Company.Upload.Send(System.String)</c> for
    /// one overload, <c>M:Company.Upload.Send</c> for all of them, <c>T:Company.Upload</c> for every method of a type.
    /// </summary>
    internal sealed class MethodPattern
    {
        private readonly string _namespace;
        private readonly string _typeName;
        private readonly string? _methodName;
        private readonly string? _exactId;

        private MethodPattern(string ns, string typeName, string? methodName, string? exactId)
        {
            _namespace = ns;
            _typeName = typeName;
            _methodName = methodName;
            _exactId = exactId;
        }

        public static MethodPattern? Parse(string text)
        {
            text = text.Trim();
            if (text.Length < 3 || text[1] != ':')
            {
                return null;
            }

            var body = text.Substring(2);
            switch (text[0])
            {
                case 'T':
                    return Split(body, out var typeNs, out var typeName) ? new MethodPattern(typeNs, typeName, null, null) : null;
                case 'M':
                    var parameters = body.IndexOf('(');
                    var qualified = parameters < 0 ? body : body.Substring(0, parameters);
                    var dot = qualified.LastIndexOf('.');
                    if (dot <= 0 || !Split(qualified.Substring(0, dot), out var ns, out var type))
                    {
                        return null;
                    }

                    return new MethodPattern(ns, type, qualified.Substring(dot + 1), parameters < 0 ? null : text);
                default:
                    return null;
            }
        }

        public bool Matches(IMethodSymbol method)
        {
            if (_methodName is not null && method.Name != _methodName)
            {
                return false;
            }

            if (!SymbolNames.Is(method.ContainingType, _namespace, _typeName))
            {
                return false;
            }

            return _exactId is null || DocumentationCommentId.CreateDeclarationId(method.OriginalDefinition) == _exactId;
        }

        private static bool Split(string qualifiedType, out string ns, out string name)
        {
            var dot = qualifiedType.LastIndexOf('.');
            ns = dot < 0 ? string.Empty : qualifiedType.Substring(0, dot);
            name = qualifiedType.Substring(dot + 1);
            return dot > 0 && name.Length > 0;
        }
    }
}
