using System;
using System.Collections.Generic;
using System.Text;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// Names types or members the way documentation IDs do, with wildcards: <c>T:Serilog.ILogger</c>,
/// <c>M:System.IO.File.Write*</c>, <c>M:System.IO.Stream.{Write,WriteAsync}</c>, <c>P:*.Count</c>,
/// <c>M:Company.Upload.Send(System.String)</c> for one overload, <c>M:System.Net.Http.StringContent.#ctor</c>.
/// Nested types are written with dots, generic types with their arity (<c>ILogger`1</c>, or <c>ILogger&lt;T&gt;</c>).
/// </summary>
internal sealed class ApiPattern
{
    private readonly Glob _type;
    private readonly Glob? _member;

    private ApiPattern(char kind, Glob type, Glob? member, string? exactId, string text)
    {
        Kind = kind;
        _type = type;
        _member = member;
        ExactId = exactId;
        Text = text;
    }

    /// <summary>T (type), M (method), P (property), F (field) or E (event).</summary>
    public char Kind { get; }

    /// <summary>The documentation ID of one overload, when the pattern names its parameters.</summary>
    public string? ExactId { get; }

    /// <summary>The type's full name when it has no wildcard: the key rows are indexed by.</summary>
    public string? ExactTypeName => _type.Literal;

    /// <summary>The member name when it has no wildcard.</summary>
    public string? ExactMemberName => _member?.Literal;

    public string Text { get; }

    public static ApiPattern? Parse(string text)
    {
        text = text.Trim();
        if (text.Length < 3 || text[1] != ':' || "TMPFE".IndexOf(text[0]) < 0)
        {
            return null;
        }

        var kind = text[0];
        var body = NormaliseGenerics(text.Substring(2));
        string? exactId = null;
        var parameters = body.IndexOf('(');
        if (parameters >= 0)
        {
            exactId = kind + ":" + body;
            body = body.Substring(0, parameters);
        }

        if (kind == 'T')
        {
            return body.Length == 0 ? null : new ApiPattern(kind, Glob.Create(body), null, exactId, text);
        }

        // A generic method's arity (Method``1) is not part of its name.
        var arity = body.IndexOf("``", StringComparison.Ordinal);
        if (arity >= 0)
        {
            body = body.Substring(0, arity);
        }

        var dot = LastSeparator(body);
        if (dot <= 0 || dot == body.Length - 1)
        {
            return null;
        }

        return new ApiPattern(kind, Glob.Create(body.Substring(0, dot)), Glob.Create(body.Substring(dot + 1)), exactId, text);
    }

    public bool MatchesType(string fullName) => _type.Matches(fullName);

    public bool MatchesMember(string name) => _member is null || _member.Matches(name);

    public override string ToString() => Text;

    // The dot before the member name, outside braces ("M:A.B.{C,D}" splits before "{").
    private static int LastSeparator(string body)
    {
        var depth = 0;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            switch (body[i])
            {
                case '}':
                    depth++;
                    break;
                case '{':
                    depth--;
                    break;
                case '.' when depth == 0:
                    return i;
            }
        }

        return -1;
    }

    /// <summary>"ILogger&lt;T&gt;" becomes "ILogger`1", "Dictionary&lt;K, V&gt;" "Dictionary`2", as metadata names them.</summary>
    private static string NormaliseGenerics(string text)
    {
        if (text.IndexOf('<') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '<')
            {
                builder.Append(text[i]);
                continue;
            }

            var depth = 1;
            var arity = 1;
            for (i++; i < text.Length && depth > 0; i++)
            {
                switch (text[i])
                {
                    case '<':
                        depth++;
                        break;
                    case '>':
                        depth--;
                        break;
                    case ',' when depth == 1:
                        arity++;
                        break;
                }
            }

            i--;
            builder.Append('`').Append(arity);
        }

        return builder.ToString();
    }

    /// <summary>A name with <c>*</c> (any run of characters) and <c>{a,b}</c> (one of the alternatives).</summary>
    private sealed class Glob
    {
        private readonly List<string> _alternatives;

        private Glob(string? literal, List<string> alternatives)
        {
            Literal = literal;
            _alternatives = alternatives;
        }

        public string? Literal { get; }

        public static Glob Create(string pattern)
        {
            var alternatives = Expand(pattern);
            var literal = alternatives.Count == 1 && alternatives[0].IndexOf('*') < 0 ? alternatives[0] : null;
            return new Glob(literal, alternatives);
        }

        public bool Matches(string name)
        {
            if (Literal is not null)
            {
                return string.Equals(Literal, name, StringComparison.Ordinal);
            }

            foreach (var alternative in _alternatives)
            {
                if (Wildcard(alternative, 0, name, 0))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The alternatives of the first brace group, each expanded in turn: "{A,B}Async" is "AAsync" and "BAsync".</summary>
        private static List<string> Expand(string pattern)
        {
            var open = pattern.IndexOf('{');
            var close = open < 0 ? -1 : pattern.IndexOf('}', open);
            if (close < 0)
            {
                return new List<string> { pattern };
            }

            var result = new List<string>();
            var prefix = pattern.Substring(0, open);
            var suffix = pattern.Substring(close + 1);
            foreach (var choice in pattern.Substring(open + 1, close - open - 1).Split(','))
            {
                result.AddRange(Expand(prefix + choice.Trim() + suffix));
            }

            return result;
        }

        private static bool Wildcard(string pattern, int p, string text, int t)
        {
            while (p < pattern.Length)
            {
                if (pattern[p] == '*')
                {
                    for (var rest = text.Length; rest >= t; rest--)
                    {
                        if (Wildcard(pattern, p + 1, text, rest))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                if (t >= text.Length || pattern[p] != text[t])
                {
                    return false;
                }

                p++;
                t++;
            }

            return t == text.Length;
        }
    }
}
