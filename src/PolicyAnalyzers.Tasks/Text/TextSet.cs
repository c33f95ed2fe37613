using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PolicyAnalyzers.DataFiles.Text;

/// <summary>
/// A set of short phrases (country names, stop words) that answers for a <see cref="TextSlice"/> without allocating.
/// Comparison ignores case, surrounding whitespace and runs of inner whitespace, and treats typographic apostrophes
/// as <c>'</c>, so "EL  SALVADOR", "El Salvador" and " el salvador " are the same entry.
/// </summary>
internal sealed class TextSet
{
    /// <summary>
    /// Upper case of the Latin-1 letters of names ("é", "ñ", "ü"), from a table: char.ToUpperInvariant asks the
    /// globalization library for each of them, which costs more than the rest of a lookup.
    /// </summary>
    private static readonly char[] Latin1Upper = BuildLatin1Upper();

    private readonly string[] _entries;
    private readonly int[] _buckets;
    private readonly int[] _next;

    // One bit per (length, first letter, last letter) of the one-word entries: most words looked up are in no entry,
    // and one bit says so without hashing them.
    private readonly ulong[] _wordShapes = new ulong[(64 << 10) / 64];

    public TextSet(IEnumerable<string> phrases)
    {
        var normalized = new List<string>();
        var seen = new HashSet<string>();
        foreach (var phrase in phrases)
        {
            var entry = Normalize(phrase);
            if (entry.Length > 0 && seen.Add(entry))
            {
                normalized.Add(entry);
            }
        }

        _entries = normalized.ToArray();
        _buckets = new int[NextPowerOfTwo(_entries.Length * 2)];
        _next = new int[_entries.Length];
        for (var i = 0; i < _buckets.Length; i++)
        {
            _buckets[i] = -1;
        }

        for (var i = 0; i < _entries.Length; i++)
        {
            var entry = _entries[i];
            var bucket = Hash(entry.ToCharArray(), 0, entry.Length) & (_buckets.Length - 1);
            _next[i] = _buckets[bucket];
            _buckets[bucket] = i;
            if (entry.IndexOf(' ') < 0)
            {
                var shape = Shape(entry.Length, entry[0], entry[entry.Length - 1]);
                _wordShapes[shape >> 6] |= 1UL << (shape & 63);
            }
        }
    }

    public int Count => _entries.Length;

    public bool Contains(string text) => Contains(TextSlice.Of(text));

    public bool Contains(TextSlice text) => IndexOf(text) >= 0;

    /// <summary>The entry's position (0 to <see cref="Count"/> - 1, in the order first given), or -1 when absent.</summary>
    public int IndexOf(string text) => IndexOf(TextSlice.Of(text));

    /// <summary>
    /// <see cref="IndexOf(TextSlice)"/> for one word without whitespace around or inside it ("LOPEZ", "Jr"): answers
    /// most absent words from their length and end letters alone.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public int IndexOfWord(TextSlice word)
    {
        if (word.Length == 0)
        {
            return -1;
        }

        var shape = Shape(word.Length, Normalized(word[0]), Normalized(word[word.Length - 1]));
        return (_wordShapes[shape >> 6] & (1UL << (shape & 63))) == 0 ? -1 : IndexOf(word);
    }

    /// <inheritdoc cref="IndexOfWord"/>
    public bool ContainsWord(TextSlice word) => IndexOfWord(word) >= 0;

    /// <inheritdoc cref="IndexOf(string)"/>
    [MethodImpl(HotPath.Optimize)]
    public int IndexOf(TextSlice text)
    {
        if (_entries.Length == 0)
        {
            return -1;
        }

        var bucket = Hash(text.Array, text.Start, text.Length) & (_buckets.Length - 1);
        for (var i = _buckets[bucket]; i >= 0; i = _next[i])
        {
            if (EqualsNormalized(_entries[i], text.Array, text.Start, text.Length))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Normalize(string phrase)
    {
        var chars = new char[phrase.Length];
        var length = 0;
        var cursor = new Cursor(phrase.ToCharArray(), 0, phrase.Length);
        while (cursor.Next(out var c))
        {
            chars[length++] = c;
        }

        return new string(chars, 0, length);
    }

    [MethodImpl(HotPath.Optimize)]
    private static int Hash(char[] array, int start, int length)
    {
        unchecked
        {
            var hash = 2166136261;
            var cursor = new Cursor(array, start, length);
            while (cursor.Next(out var c))
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)(hash & 0x7FFFFFFF);
        }
    }

    [MethodImpl(HotPath.Optimize)]
    private static bool EqualsNormalized(string entry, char[] array, int start, int length)
    {
        var cursor = new Cursor(array, start, length);
        var i = 0;
        while (cursor.Next(out var c))
        {
            if (i >= entry.Length || entry[i] != c)
            {
                return false;
            }

            i++;
        }

        return i == entry.Length;
    }

    private static int Shape(int length, char first, char last) =>
        (System.Math.Min(length, 63) << 10) | ((first & 31) << 5) | (last & 31);

    /// <summary>A character as entries hold it: upper case, typographic apostrophes as <c>'</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Normalized(char c)
    {
        if (c < (char)Latin1Upper.Length)
        {
            return Latin1Upper[c];
        }

        return c is '\u2019' or '\u02BC' or '\u2018' ? '\'' : char.ToUpperInvariant(c);
    }

    private static char[] BuildLatin1Upper()
    {
        var table = new char[256];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = char.ToUpperInvariant((char)c);
        }

        return table;
    }

    private static int NextPowerOfTwo(int value)
    {
        var result = 16;
        while (result < value)
        {
            result <<= 1;
        }

        return result;
    }

    /// <summary>Walks a phrase in its normalized form: trimmed, upper-cased, inner whitespace collapsed to one space.</summary>
    private struct Cursor
    {
        private readonly char[] _array;
        private readonly int _end;
        private int _position;

        public Cursor(char[] array, int start, int length)
        {
            _array = array;
            _position = start;
            _end = start + length;
            while (_position < _end && char.IsWhiteSpace(_array[_position]))
            {
                _position++;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Next(out char c)
        {
            if (_position >= _end)
            {
                c = '\0';
                return false;
            }

            c = _array[_position++];
            if (c > ' ' && c < '\u0080')
            {
                // Printable ASCII, most of what is looked up: upper-case it without a table.
                if ((uint)(c - 'a') <= 'z' - 'a')
                {
                    c = (char)(c - ('a' - 'A'));
                }

                return true;
            }

            return NextSlow(ref c);
        }

        [MethodImpl(HotPath.Optimize)]
        private bool NextSlow(ref char c)
        {
            if (char.IsWhiteSpace(c))
            {
                // Collapse the run; emit one space only when something follows it.
                while (_position < _end && char.IsWhiteSpace(_array[_position]))
                {
                    _position++;
                }

                if (_position >= _end)
                {
                    c = '\0';
                    return false;
                }

                c = ' ';
                return true;
            }

            c = c is '\u2019' or '\u02BC' or '\u2018' ? '\''
                : c < (char)Latin1Upper.Length ? Latin1Upper[c]
                : char.ToUpperInvariant(c);
            return true;
        }
    }
}
