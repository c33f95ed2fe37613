using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyAnalyzers.DataFiles.Scanning;

/// <summary>
/// Glob patterns over project-relative paths ('/' separators): '*' within a folder name, '?' one character, '**' any
/// number of folders. A pattern without '/' matches the file name in any folder ("*.sample.csv"), as in .gitignore.
/// Unlike MSBuild item globs, they are matched when the task runs, so they also cover files generated during the build
/// and files that reach the publish folder from referenced projects.
/// </summary>
internal sealed class PathPatterns
{
    private readonly List<Regex> _patterns = [];

    public PathPatterns(IEnumerable<string> patterns)
    {
        foreach (var raw in patterns)
        {
            var pattern = raw.Trim().Replace('\\', '/');
            if (pattern.StartsWith("./", StringComparison.Ordinal))
            {
                pattern = pattern.Substring(2);
            }

            if (pattern.Length == 0)
            {
                continue;
            }

            if (pattern.IndexOf('/') < 0)
            {
                pattern = "**/" + pattern;
            }

            _patterns.Add(new Regex(ToRegex(pattern), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase));
        }
    }

    public bool IsEmpty => _patterns.Count == 0;

    public bool Matches(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        foreach (var pattern in _patterns)
        {
            if (pattern.IsMatch(path))
            {
                return true;
            }
        }

        return false;
    }

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var folder = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(folder ? "(?:.*/)?" : ".*");
                i += folder ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.Append('$').ToString();
    }
}
