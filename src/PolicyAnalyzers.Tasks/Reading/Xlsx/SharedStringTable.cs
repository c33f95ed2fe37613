using System;
using System.Xml;
using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>
/// The workbook's shared strings (xl/sharedStrings.xml), which most text cells refer to by index. Kept in one character
/// pool rather than a string each, and each string cut at <see cref="DataRecord.MaxStoredValueLength"/>; the pool is
/// bounded so a hostile workbook cannot exhaust memory.
/// </summary>
internal sealed class SharedStringTable
{
    private char[] _pool = new char[4096];
    private int _poolLength;
    private int[] _starts = new int[256];
    private int[] _lengths = new int[256];

    public int Count { get; private set; }

    public TextSlice this[int index] =>
        index >= 0 && index < Count ? new TextSlice(_pool, _starts[index], _lengths[index]) : default;

    /// <summary>Reads every &lt;si&gt; item: plain &lt;t&gt;, or the runs of rich text, leaving out phonetic guides.</summary>
    public static SharedStringTable Read(XmlReader xml, int maxChars)
    {
        var table = new SharedStringTable();
        var itemDepth = -1;
        var phoneticDepth = -1;
        var inText = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (xml.LocalName == "si")
                    {
                        table.BeginItem();
                        itemDepth = xml.Depth;
                        if (xml.IsEmptyElement)
                        {
                            itemDepth = -1;
                        }
                    }
                    else if (xml.LocalName == "rPh")
                    {
                        phoneticDepth = xml.IsEmptyElement ? -1 : xml.Depth;
                    }
                    else if (xml.LocalName == "t" && itemDepth >= 0 && phoneticDepth < 0)
                    {
                        inText = !xml.IsEmptyElement;
                    }

                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    if (inText)
                    {
                        table.Append(xml.Value, maxChars);
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (xml.LocalName == "t")
                    {
                        inText = false;
                    }
                    else if (xml.LocalName == "rPh" && xml.Depth == phoneticDepth)
                    {
                        phoneticDepth = -1;
                    }
                    else if (xml.LocalName == "si" && xml.Depth == itemDepth)
                    {
                        itemDepth = -1;
                    }

                    break;
            }
        }

        return table;
    }

    private void BeginItem()
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
        }

        _starts[Count] = _poolLength;
        _lengths[Count] = 0;
        Count++;
    }

    private void Append(string text, int maxChars)
    {
        if (Count == 0)
        {
            return;
        }

        var index = Count - 1;
        var count = Math.Min(text.Length, DataRecord.MaxStoredValueLength - _lengths[index]);
        if (count <= 0)
        {
            return;
        }

        if (_poolLength + count > maxChars)
        {
            throw new DataFileFormatException(
                $"the workbook's shared strings exceed {maxChars / (1024 * 1024)} million characters (too large to scan)");
        }

        if (_poolLength + count > _pool.Length)
        {
            var size = _pool.Length * 2;
            while (size < _poolLength + count)
            {
                size *= 2;
            }

            Array.Resize(ref _pool, size);
        }

        text.CopyTo(0, _pool, _poolLength, count);
        _poolLength += count;
        _lengths[index] += count;
    }
}
