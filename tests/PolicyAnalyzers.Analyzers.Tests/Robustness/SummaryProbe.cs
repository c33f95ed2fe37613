using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PolicyAnalyzers.Flow;
using PolicyAnalyzers.Policy;

namespace PolicyAnalyzers.Tests.Robustness;

/// <summary>
/// Drives the flow engine directly, in an order the test chooses and on a thread with the stack the test chooses:
/// what the analyzer driver does in whatever order and on whatever thread it likes.
/// </summary>
internal sealed class SummaryProbe
{
    /// <summary>Windows' default thread stack, the smallest a compiler or an IDE host gives the analyzer.</summary>
    public const int OneMegabyte = 1024 * 1024;

    private readonly Compilation _compilation;

    public SummaryProbe(Compilation compilation)
    {
        _compilation = compilation;
        Flow = new FlowContext(compilation, new ApiPolicy(ProjectPolicy.Empty));
    }

    public FlowContext Flow { get; }

    /// <summary>The summary of the method named <paramref name="name"/>, as the driver would ask for it.</summary>
    public MethodSummary Summarize(string name)
    {
        var (method, body) = Method(name);
        return Flow.GetSummary(method, ImmutableArray.Create(body), CancellationToken.None);
    }

    public (IMethodSymbol Method, IOperation Body) Method(string name)
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.ValueText == name);
            if (declaration is not null)
            {
                var model = _compilation.GetSemanticModel(tree);
                return (model.GetDeclaredSymbol(declaration)!, model.GetOperation(declaration)!);
            }
        }

        throw new InvalidOperationException("No method " + name);
    }

    /// <summary>Runs <paramref name="work"/> on a thread of its own with <paramref name="stackSize"/> bytes of stack.</summary>
    public static T OnThreadWithStack<T>(int stackSize, Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception exception)
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                }
            },
            stackSize);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
