using System;
using System.Collections.Generic;
using PolicyAnalyzers.DataFiles.Reading;

namespace PolicyAnalyzers.DataFiles.Detection;

/// <summary>
/// Counts records whose columns or fields are the properties of a [ProtectedData] type (PA1002). Matches names, not
/// values: the project declared what its protected records look like, so a file with that shape holds them whatever
/// its values look like. A record counts when it has values in the required number of the type's properties.
/// </summary>
internal sealed class ProtectedShapeDetector
{
    private readonly IReadOnlyList<string> _columnNames;
    private readonly IReadOnlyList<ProtectedTypeShape> _shapes;
    private readonly List<(int Shape, int Property)[]> _columnMatches = [];
    private readonly int[][] _propertyStamp;
    private readonly int[] _matches;
    private readonly int[] _firstLine;
    private readonly int[] _firstColumn;
    private readonly bool[][] _evidence;
    private int _stamp;

    public ProtectedShapeDetector(IReadOnlyList<string> columnNames, IReadOnlyList<ProtectedTypeShape> shapes)
    {
        _columnNames = columnNames;
        _shapes = shapes;
        _propertyStamp = new int[shapes.Count][];
        _evidence = new bool[shapes.Count][];
        for (var s = 0; s < shapes.Count; s++)
        {
            _propertyStamp[s] = new int[shapes[s].Keys.Count];
            _evidence[s] = new bool[shapes[s].Keys.Count];
        }

        _matches = new int[shapes.Count];
        _firstLine = new int[shapes.Count];
        _firstColumn = new int[shapes.Count];
    }

    /// <summary>Whether the columns known so far name enough of some type's properties for a record to match.</summary>
    public bool CouldMatch()
    {
        Classify();
        var hit = new HashSet<(int, int)>();
        foreach (var matches in _columnMatches)
        {
            foreach ((var shape, var property) in matches)
            {
                hit.Add((shape, property));
            }
        }

        for (var s = 0; s < _shapes.Count; s++)
        {
            var count = 0;
            var marked = false;
            for (var p = 0; p < _shapes[s].Keys.Count; p++)
            {
                if (hit.Contains((s, p)))
                {
                    count++;
                    marked |= _shapes[s].IsMarked[p];
                }
            }

            if (_shapes[s].Required > 0 && count >= _shapes[s].Required && marked)
            {
                return true;
            }
        }

        return false;
    }

    public void Observe(DataRecord record)
    {
        Classify();
        _stamp++;
        var anyHit = false;
        for (var i = 0; i < record.FieldCount; i++)
        {
            var column = record.ColumnAt(i);
            if (column >= _columnMatches.Count || _columnMatches[column].Length == 0 || record.ValueAt(i).Trim().IsEmpty)
            {
                continue;
            }

            foreach ((var shape, var property) in _columnMatches[column])
            {
                if (_propertyStamp[shape][property] != _stamp)
                {
                    _propertyStamp[shape][property] = _stamp;
                    anyHit = true;
                }
            }
        }

        if (!anyHit)
        {
            return;
        }

        for (var s = 0; s < _shapes.Count; s++)
        {
            var shape = _shapes[s];
            if (shape.Required == 0)
            {
                continue;
            }

            var count = 0;
            var marked = false;
            var stamps = _propertyStamp[s];
            for (var p = 0; p < stamps.Length; p++)
            {
                if (stamps[p] == _stamp)
                {
                    count++;
                    marked |= shape.IsMarked[p];
                }
            }

            if (count < shape.Required || !marked)
            {
                continue;
            }

            if (_matches[s]++ == 0)
            {
                _firstLine[s] = record.Line;
                _firstColumn[s] = record.Column;
            }

            for (var p = 0; p < stamps.Length; p++)
            {
                _evidence[s][p] |= stamps[p] == _stamp;
            }
        }
    }

    /// <summary>The type most records matched (ties: the one with more properties), or -1 when none did.</summary>
    public int BestShape()
    {
        var best = -1;
        for (var s = 0; s < _shapes.Count; s++)
        {
            if (_matches[s] > 0 && (best < 0 || _matches[s] > _matches[best]
                || (_matches[s] == _matches[best] && _shapes[s].Keys.Count > _shapes[best].Keys.Count)))
            {
                best = s;
            }
        }

        return best;
    }

    public ProtectedTypeShape Shape(int index) => _shapes[index];

    public int MatchCount(int shape) => _matches[shape];

    public int FirstLine(int shape) => _firstLine[shape];

    public int FirstColumn(int shape) => _firstColumn[shape];

    /// <summary>The matched property names, as the type spells them, at most <see cref="PersonalRecordDetector.MaxEvidenceColumns"/>.</summary>
    public IReadOnlyList<string> MatchedProperties(int shape)
    {
        var names = new List<string>();
        for (var p = 0; p < _evidence[shape].Length && names.Count < PersonalRecordDetector.MaxEvidenceColumns; p++)
        {
            if (_evidence[shape][p])
            {
                names.Add(_shapes[shape].Properties[p]);
            }
        }

        return names;
    }

    /// <summary>Maps columns met since the last call to the type properties they name.</summary>
    private void Classify()
    {
        for (var column = _columnMatches.Count; column < _columnNames.Count; column++)
        {
            var name = _columnNames[column];
            var matches = Match(ProtectedTypeShape.Normalize(name));

            // A nested field ("visit.badge") is the property its last part names.
            var separator = name.LastIndexOf(ColumnTable.PathSeparator);
            if (matches.Count == 0 && separator > 0 && separator < name.Length - 1)
            {
                matches = Match(ProtectedTypeShape.Normalize(name.Substring(separator + 1)));
            }

            _columnMatches.Add(matches.Count == 0 ? [] : matches.ToArray());
        }
    }

    private List<(int, int)> Match(string key)
    {
        var matches = new List<(int, int)>();
        for (var s = 0; s < _shapes.Count && key.Length > 0; s++)
        {
            var property = IndexOf(_shapes[s].Keys, key);
            if (property >= 0)
            {
                matches.Add((s, property));
            }
        }

        return matches;
    }

    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
