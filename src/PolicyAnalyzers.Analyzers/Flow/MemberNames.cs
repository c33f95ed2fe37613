using System;

namespace PolicyAnalyzers.Flow;

/// <summary>
/// The members of an object through which it holds protected data: <c>new OrderModel { Email = customer.Email, Id = order.Id }</c>
/// holds it in <c>Email</c>, so <c>model.Id</c> is not protected. A handful of names, compared by value.
/// </summary>
internal sealed class MemberNames
{
    /// <summary>Past this many names the object counts as protected in every member.</summary>
    private const int MaxNames = 16;

    private readonly string[] _names;

    private MemberNames(string[] names)
    {
        _names = names;
    }

    public static MemberNames Of(string name) => new(new[] { name });

    public int Count => _names.Length;

    public System.Collections.Generic.IReadOnlyList<string> Names => _names;

    public bool Contains(string name) => Array.IndexOf(_names, name) >= 0;

    public bool ContainsAll(MemberNames other)
    {
        foreach (var name in other._names)
        {
            if (!Contains(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Both sets of names; null (every member) when there would be too many to follow.</summary>
    public static MemberNames? Union(MemberNames first, MemberNames second)
    {
        // The same names joined again (a loop's state joined with itself) are the common case.
        if (ReferenceEquals(first, second))
        {
            return first;
        }

        if (first.ContainsAll(second))
        {
            return first;
        }

        if (second.ContainsAll(first))
        {
            return second;
        }

        var names = new System.Collections.Generic.List<string>(first._names);
        foreach (var name in second._names)
        {
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names.Count > MaxNames ? null : new MemberNames(names.ToArray());
    }

    public override string ToString() => string.Join(", ", _names);
}
