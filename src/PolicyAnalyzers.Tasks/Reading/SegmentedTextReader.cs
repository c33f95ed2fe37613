using System;
using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Text made of segments read one at a time (a Word document's paragraphs), each followed by a line break, so the text
/// readers see one stream and nothing holds the whole document.
/// </summary>
internal sealed class SegmentedTextReader : System.IO.TextReader
{
    private readonly IEnumerator<string> _segments;
    private string _current = string.Empty;
    private int _position;
    private bool _ended;

    public SegmentedTextReader(IEnumerable<string> segments)
    {
        _segments = segments.GetEnumerator();
    }

    public override int Peek() => Fill() ? _current[_position] : -1;

    public override int Read() => Fill() ? _current[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        var total = 0;
        while (total < count && Fill())
        {
            var n = Math.Min(count - total, _current.Length - _position);
            _current.CopyTo(_position, buffer, index + total, n);
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

            _current = _segments.Current + "\n";
            _position = 0;
        }

        return true;
    }
}
