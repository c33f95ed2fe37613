using System;
using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Text made of segments read one at a time (a Word document's paragraphs, a PDF's pages), each followed by a line
/// break, so the text readers see one stream and nothing holds the whole document. Remembers the line each segment
/// starts on, so a record's line can be told as a page.
/// </summary>
internal sealed class SegmentedTextReader : System.IO.TextReader
{
    private readonly IEnumerator<string> _segments;
    private readonly List<int> _segmentFirstLines = [];
    private string _current = string.Empty;
    private int _position;
    private int _line = 1;
    private bool _ended;

    public SegmentedTextReader(IEnumerable<string> segments)
    {
        _segments = segments.GetEnumerator();
    }

    /// <summary>The 1-based segment holding a 1-based line of the text read so far (1 before anything is read).</summary>
    public int SegmentOfLine(int line)
    {
        int index = _segmentFirstLines.BinarySearch(line);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return Math.Max(0, index) + 1;
    }

    public override int Peek() => Fill() ? _current[_position] : -1;

    public override int Read()
    {
        if (!Fill())
        {
            return -1;
        }

        char c = _current[_position++];
        if (c == '\n')
        {
            _line++;
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        int total = 0;
        while (total < count && Fill())
        {
            int n = Math.Min(count - total, _current.Length - _position);
            for (int i = 0; i < n; i++)
            {
                char c = _current[_position + i];
                buffer[index + total + i] = c;
                if (c == '\n')
                {
                    _line++;
                }
            }

            _position += n;
            total += n;
        }

        return total;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _segments.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        while (_position >= _current.Length)
        {
            if (_ended || !_segments.MoveNext())
            {
                _ended = true;
                return false;
            }

            _segmentFirstLines.Add(_line);
            _current = _segments.Current + "\n";
            _position = 0;
        }

        return true;
    }
}
