using System;
using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Gives every distinct JSON member name a column index, allocating a string only the first time a name is seen.
/// Bounded: a file whose keys are data (a dictionary keyed by ID) stops adding columns at <see cref="MaxColumns"/>.
/// </summary>
internal sealed class ColumnTable
{
    public const int MaxColumns = 4096;
    public const int MaxNameLength = 128;

    /// <summary>Joins a nested field's path: "name.first", "bio.birthday".</summary>
    public const char PathSeparator = '.';

    private readonly List<string> _names = [];
    private readonly Dictionary<long, int> _paths = [];
    private int[] _buckets = NewBuckets(64);
    private int[] _next = new int[32];
    private int[] _hashes = new int[32];

    public IReadOnlyList<string> Names => _names;

    /// <summary>The column of a name, or -1 for names too long or beyond the column limit.</summary>
    public int GetOrAdd(char[] chars, int start, int length)
    {
        if (length > MaxNameLength)
        {
            return -1;
        }

        var hash = Hash(chars, start, length);
        for (var i = _buckets[hash & (_buckets.Length - 1)]; i >= 0; i = _next[i])
        {
            if (_hashes[i] == hash && Equal(_names[i], chars, start, length))
            {
                return i;
            }
        }

        if (_names.Count >= MaxColumns)
        {
            return -1;
        }

        var index = _names.Count;
        _names.Add(new string(chars, start, length));
        if (index == _next.Length)
        {
            Array.Resize(ref _next, index * 2);
            Array.Resize(ref _hashes, index * 2);
        }

        _hashes[index] = hash;
        if (_names.Count * 2 > _buckets.Length)
        {
            Rehash(_buckets.Length * 2);
        }
        else
        {
            Link(index);
        }

        return index;
    }

    /// <summary>
    /// The column of a field nested under another ("name" and "first" give "name.first"), or -1 past the limits.
    /// Allocates the path's name once; later records find it in a table.
    /// </summary>
    public int GetOrAddPath(int parent, int child)
    {
        if (parent < 0 || child < 0)
        {
            return -1;
        }

        var key = ((long)parent << 32) | (uint)child;
        if (_paths.TryGetValue(key, out var column))
        {
            return column;
        }

        var path = _names[parent] + PathSeparator + _names[child];
        column = GetOrAdd(path.ToCharArray(), 0, path.Length);
        if (_paths.Count < MaxColumns * 4)
        {
            _paths[key] = column;
        }

        return column;
    }

    private void Rehash(int size)
    {
        _buckets = NewBuckets(size);
        for (var i = 0; i < _names.Count; i++)
        {
            Link(i);
        }
    }

    private void Link(int index)
    {
        var bucket = _hashes[index] & (_buckets.Length - 1);
        _next[index] = _buckets[bucket];
        _buckets[bucket] = index;
    }

    private static int[] NewBuckets(int size)
    {
        var buckets = new int[size];
        for (var i = 0; i < size; i++)
        {
            buckets[i] = -1;
        }

        return buckets;
    }

    private static int Hash(char[] chars, int start, int length)
    {
        unchecked
        {
            var hash = 2166136261;
            for (var i = 0; i < length; i++)
            {
                hash = (hash ^ chars[start + i]) * 16777619;
            }

            return (int)(hash & 0x7FFFFFFF);
        }
    }

    private static bool Equal(string name, char[] chars, int start, int length)
    {
        if (name.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (name[i] != chars[start + i])
            {
                return false;
            }
        }

        return true;
    }
}
