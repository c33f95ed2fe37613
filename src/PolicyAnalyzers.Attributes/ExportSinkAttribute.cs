using System;

namespace PolicyAnalyzers;

/// <summary>
/// Marks a method (every parameter) or a parameter through which data leaves the application, such as a
/// company-specific upload or report writer. Protected data passed to it is reported as an export (PA0001).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class ExportSinkAttribute : Attribute
{
}
