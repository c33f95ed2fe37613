using System;

namespace PolicyAnalyzers;

/// <summary>
/// Marks a method whose return value is not protected, whatever its arguments were: redaction, masking, hashing,
/// aggregation helpers.
/// </summary>
/// <remarks>
/// Prefer returning a type that is not itself <see cref="ProtectedDataAttribute"/>: a value of a protected type
/// is protected wherever it comes from.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class DeclassifierAttribute : Attribute
{
}
