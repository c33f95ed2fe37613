using System;
using System.Runtime.CompilerServices;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// Keeps the analysis off the end of the thread's stack. Summaries are computed inside one another (up to
/// <see cref="FlowContext.MaxSummaryDepth"/>) and each walks up to 200 nested operations: together more than a
/// 1 MB stack holds. A stack overflow would end the compiler or the IDE's analyzer process, which no catch can
/// stop, so the analysis stops short instead, as it does at the depth limits.
/// </summary>
internal static class StackGuard
{
    /// <summary>True while the thread has the runtime's margin of stack left (about 64-128 KB).</summary>
    public static bool HasRoom()
    {
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return true;
        }
        catch (InsufficientExecutionStackException)
        {
            return false;
        }
    }

}
