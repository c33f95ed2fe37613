using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PolicyAnalyzers.DataFiles.Reporting;

/// <summary>
/// Writes indented JSON (the SARIF log, the baseline): separators, indentation and string escaping in one place, so
/// callers say what they write. A container opened <c>inline</c> keeps its members on one line
/// (<c>{ "text": "..." }</c>), which keeps SARIF rules and baseline entries one to a line. The task writes JSON by hand
/// because it ships no dependency (no System.Text.Json on netstandard2.0 MSBuild hosts).
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _json = new();
    private readonly Stack<Container> _open = new();
    private bool _afterName;

    public JsonWriter StartObject(bool inline = false) => Start('{', inline);

    public JsonWriter StartArray(bool inline = false) => Start('[', inline);

    /// <summary>Closes the innermost object or array.</summary>
    public JsonWriter End()
    {
        var container = _open.Pop();
        if (container.HasMembers)
        {
            if (container.Inline)
            {
                _json.Append(' ');
            }
            else
            {
                NewLine(_open.Count);
            }
        }

        _json.Append(container.Close);
        return this;
    }

    public JsonWriter Name(string name)
    {
        BeforeValue();
        AppendQuoted(name);
        _json.Append(": ");
        _afterName = true;
        return this;
    }

    public JsonWriter String(string value)
    {
        BeforeValue();
        AppendQuoted(value);
        return this;
    }

    public JsonWriter Number(long value)
    {
        BeforeValue();
        _json.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonWriter Property(string name, string value) => Name(name).String(value);

    public JsonWriter Property(string name, long value) => Name(name).Number(value);

    /// <summary>The document, ending with a new line.</summary>
    public override string ToString() => _json.ToString() + "\n";

    private JsonWriter Start(char open, bool inline)
    {
        BeforeValue();
        _json.Append(open);

        // Inside a one-line container everything stays on that line.
        var inlineHere = inline || (_open.Count > 0 && _open.Peek().Inline);
        _open.Push(new Container(open == '{' ? '}' : ']', inlineHere));
        return this;
    }

    /// <summary>The separator before a name, or before a value that has no name (an array element).</summary>
    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_open.Count == 0)
        {
            return;
        }

        var container = _open.Peek();
        if (container.HasMembers)
        {
            _json.Append(',');
        }

        if (container.Inline)
        {
            _json.Append(' ');
        }
        else
        {
            NewLine(_open.Count);
        }

        container.HasMembers = true;
    }

    private void NewLine(int depth) => _json.Append('\n').Append(' ', depth * 2);

    private void AppendQuoted(string text)
    {
        _json.Append('"');
        foreach (var c in text)
        {
            var escaped = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => null,
            };
            if (escaped is not null)
            {
                _json.Append(escaped);
            }
            else if (c < ' ' || c is '\u2028' or '\u2029')
            {
                _json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                _json.Append(c);
            }
        }

        _json.Append('"');
    }

    private sealed class Container(char close, bool inline)
    {
        public char Close { get; } = close;

        public bool Inline { get; } = inline;

        public bool HasMembers { get; set; }
    }
}
