using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// Which methods of a type may store a value in one of its fields or properties, judged from syntax alone: an
/// assignment to the member, a call on it with arguments (<c>_roster.Add(record)</c>), or the member passed by
/// <c>ref</c>/<c>out</c> or beside other arguments. A type's field state needs only these methods' summaries; most
/// methods of a service only read what its constructor stored, and summarising them all made every read of a
/// service's field walk the whole service.
/// </summary>
internal static class FieldWriteSites
{
    /// <summary>The names of the fields and properties a type can hold values in.</summary>
    public static HashSet<string> MemberNames(INamedTypeSymbol type)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsConst: false } or IPropertySymbol)
            {
                names.Add(member.Name);
            }
        }

        return names;
    }

    /// <summary>True when <paramref name="method"/>'s source may store in a member named in <paramref name="names"/>.</summary>
    public static bool MayStore(IMethodSymbol method, HashSet<string> names, System.Threading.CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return false;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax assignment when Names(assignment.Left, names):
                        return true;
                    case InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invocation when
                        Receiver(invocation.Expression) is { } receiver && Names(receiver, names):
                        return true;
                    case ArgumentSyntax argument when Names(argument.Expression, names) &&
                        (!argument.RefKindKeyword.IsKind(SyntaxKind.None) || argument.Parent is ArgumentListSyntax { Arguments.Count: > 1 }):
                        return true;
                    case PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax when Names((ExpressionSyntax)node, names):
                        return true;
                }
            }
        }

        return false;
    }

    private static ExpressionSyntax? Receiver(ExpressionSyntax invoked) => invoked switch
    {
        MemberAccessExpressionSyntax access => access.Expression,
        MemberBindingExpressionSyntax binding => (binding.Parent?.Parent as ConditionalAccessExpressionSyntax)?.Expression,
        _ => null,
    };

    /// <summary>
    /// True when a name along the expression's access chain (<c>this._roster.Items[i]</c>) is one of the members: the
    /// chain only, not arguments or lambdas inside it, which are checked where they stand (and a walk into them from
    /// every enclosing node made large methods quadratic).
    /// </summary>
    private static bool Names(ExpressionSyntax expression, HashSet<string> names)
    {
        var current = expression;
        while (true)
        {
            switch (current)
            {
                case SimpleNameSyntax name:
                    return names.Contains(name.Identifier.ValueText);
                case MemberAccessExpressionSyntax access:
                    if (names.Contains(access.Name.Identifier.ValueText))
                    {
                        return true;
                    }

                    current = access.Expression;
                    break;
                case ConditionalAccessExpressionSyntax conditional:
                    if (conditional.WhenNotNull is MemberBindingExpressionSyntax binding && names.Contains(binding.Name.Identifier.ValueText))
                    {
                        return true;
                    }

                    current = conditional.Expression;
                    break;
                case ElementAccessExpressionSyntax element:
                    current = element.Expression;
                    break;
                case InvocationExpressionSyntax invocation:
                    current = invocation.Expression;
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    current = parenthesized.Expression;
                    break;
                case CastExpressionSyntax cast:
                    current = cast.Expression;
                    break;
                case PostfixUnaryExpressionSyntax postfix:
                    current = postfix.Operand;
                    break;
                case PrefixUnaryExpressionSyntax prefix:
                    current = prefix.Operand;
                    break;
                default:
                    return false;
            }
        }
    }
}
