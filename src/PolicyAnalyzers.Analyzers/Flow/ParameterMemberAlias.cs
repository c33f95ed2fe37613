using Microsoft.CodeAnalysis;

namespace PolicyAnalyzers.Flow;

/// <summary>A local that holds a member of a parameter (<c>var model = ctx.Model</c>): <paramref name="Member"/> of <paramref name="Parameter"/>.</summary>
internal readonly record struct ParameterMemberAlias(IParameterSymbol Parameter, string Member);
