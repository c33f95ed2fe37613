using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// Reads policy rows: one per line, <c>verb api [option=value ...]</c>; a <c>#</c> at the start of a word starts a comment. The verbs are the
/// lower-case names of <see cref="PolicyVerb"/>; options are <c>view=</c> (text, json, newtonsoft, xml,
/// datacontract, csv, spreadsheet), <c>as=</c>, <c>phrase="..."</c>, <c>data=a,b</c>, <c>on=collection</c>,
/// <c>extends=Type</c> and <c>category="..."</c>.
/// </summary>
internal static class PolicyRowParser
{
    private static readonly Dictionary<string, PolicyVerb> Verbs = BuildVerbs();

    /// <summary>Parses <paramref name="text"/>; a line it cannot read goes to <paramref name="errors"/> and is skipped.</summary>
    public static ImmutableArray<PolicyRow> Parse(string text, string origin, List<PolicyError>? errors, string? path = null)
    {
        var rows = ImmutableArray.CreateBuilder<PolicyRow>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = StripComment(rawLine).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var row = ParseLine(line, origin + ":" + lineNumber, out var error);
            if (row is not null)
            {
                rows.Add(row);
            }
            else
            {
                errors?.Add(new PolicyError(error + ": " + line, path ?? origin, lineNumber));
            }
        }

        return rows.ToImmutable();
    }

    /// <summary>One row written on one line, as in a .globalconfig value.</summary>
    public static PolicyRow? ParseLine(string line, string origin, out string? error)
    {
        var words = Split(line);
        error = null;
        if (words.Count < 2 || !Verbs.TryGetValue(words[0], out var verb))
        {
            error = "expected a verb (export, log, declassify... as docs/policy.md lists them) and an API";
            return null;
        }

        var api = ApiPattern.Parse(words[1]);
        if (api is null)
        {
            error = "'" + words[1] + "' is not an API pattern such as M:Namespace.Type.Method or T:Namespace.Type";
            return null;
        }

        var view = verb is PolicyVerb.Serialize or PolicyVerb.Respond ? DataView.SystemTextJson : DataView.Text;
        string? display = null, phrase = null, category = null, extends = null;
        var data = ImmutableArray<string>.Empty;
        var onCollections = false;
        for (var i = 2; i < words.Count; i++)
        {
            var equals = words[i].IndexOf('=');
            var key = equals < 0 ? words[i] : words[i].Substring(0, equals);
            var value = equals < 0 ? string.Empty : words[i].Substring(equals + 1);
            switch (key)
            {
                case "view" when DataViews.TryParse(value, out var parsed):
                    view = parsed;
                    break;
                case "as":
                    display = value;
                    break;
                case "phrase":
                    phrase = value;
                    break;
                case "category":
                    category = value;
                    break;
                case "data":
                    data = ImmutableArray.Create(value.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "on" when value == "collection":
                    onCollections = true;
                    break;
                case "extends" when value.Length > 0:
                    extends = value.StartsWith("T:", StringComparison.Ordinal) ? value.Substring(2) : value;
                    break;
                default:
                    error = "unknown option '" + words[i] + "'";
                    return null;
            }
        }

        return new PolicyRow(verb, api, view, display, phrase, data, onCollections, category, origin, extends);
    }

    private static string StripComment(string line)
    {
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (line[i] == '#' && !inQuotes && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                // "#ctor" inside an API is a name, not a comment.
                return line.Substring(0, i);
            }
        }

        return line;
    }

    // Words separated by white space; a double-quoted part keeps its spaces (phrase="the HTTP response '{0}'").
    private static List<string> Split(string line)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var inQuotes = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (char.IsWhiteSpace(c) && !inQuotes)
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static Dictionary<string, PolicyVerb> BuildVerbs()
    {
        var verbs = new Dictionary<string, PolicyVerb>(StringComparer.Ordinal);
        foreach (PolicyVerb verb in Enum.GetValues(typeof(PolicyVerb)))
        {
            verbs[verb.ToString().ToLowerInvariant()] = verb;
        }

        return verbs;
    }
}
