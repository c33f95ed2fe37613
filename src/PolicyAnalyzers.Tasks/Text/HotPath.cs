using System.Runtime.CompilerServices;

namespace PolicyAnalyzers.DataFiles.Text;

/// <summary>
/// Marks the loops every character or record of a large file goes through. A build scans a file once, in a process
/// that has not run these methods before: under tiered compilation they would start unoptimised and be recompiled
/// only after a delay, which on a 100 MB file costs a third of the scan. AggressiveOptimization (512; netstandard2.0
/// does not name it, .NET Framework ignores it) compiles them optimised on their first call.
/// </summary>
internal static class HotPath
{
    public const MethodImplOptions Optimize = (MethodImplOptions)512;
}
