using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PolicyAnalyzers.DataFiles.Detection;

/// <summary>
/// A [ProtectedData] type of the project as a data file would show it: its name and the names of its properties,
/// normalised so "FullName", "full_name", "Full Name" and "FULLNAME" are one column. A type marked as a whole makes
/// every property count; a type with only some members marked needs at least one of those among the matched columns
/// (an "Order" with one protected e-mail is not matched by a file of order IDs and totals).
/// </summary>
internal sealed class ProtectedTypeShape
{
    public ProtectedTypeShape(string typeName, IReadOnlyList<string> properties, IReadOnlyCollection<string> markedProperties, bool typeIsMarked)
    {
        TypeName = typeName;
        var names = new List<string>();
        var keys = new List<string>();
        var marked = new List<bool>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            var key = Normalize(property);
            if (key.Length > 0 && seen.Add(key))
            {
                names.Add(property);
                keys.Add(key);
                marked.Add(typeIsMarked || markedProperties.Contains(property));
            }
        }

        Properties = names;
        Keys = keys;
        IsMarked = marked;
        TypeIsMarked = typeIsMarked;
        Required = RequiredMatches(keys.Count);
    }

    public string TypeName { get; }

    public IReadOnlyList<string> Properties { get; }

    /// <summary>Normalised property names: letters and digits only, lower case.</summary>
    public IReadOnlyList<string> Keys { get; }

    public IReadOnlyList<bool> IsMarked { get; }

    public bool TypeIsMarked { get; }

    /// <summary>Properties a record must show to be shaped like this type; 0 when the type is too small to tell.</summary>
    public int Required { get; }

    /// <summary>"Most of the properties, and at least 3" (both when the type has 2 or 3): generic names such as "Id" and
    /// "Name" alone must not match.</summary>
    public static int RequiredMatches(int propertyCount) => propertyCount switch
    {
        < 2 => 0,
        <= 3 => propertyCount,
        _ => Math.Max(3, (propertyCount / 2) + 1),
    };

    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Identifies the set of shapes in caches: a change to a protected type must rescan files.</summary>
    public static string Signature(IReadOnlyList<ProtectedTypeShape> shapes) =>
        string.Join(";", shapes.Select(s =>
            s.TypeName + (s.TypeIsMarked ? "!" : "?") + ":" + string.Join(",", s.Keys.Select((k, i) => s.IsMarked[i] ? k + "*" : k))));
}
