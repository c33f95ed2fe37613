using System;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// One Razor Pages authorization convention (<c>options.Conventions.AuthorizeFolder("/Admin", "Staff")</c>,
/// <c>AllowAnonymousToPage("/Admin/Login")</c>, their area forms). A null <see cref="Path"/> or
/// <see cref="Area"/> on an anonymous convention is one the code computes: it may name any page.
/// </summary>
/// <param name="InArea">False for the conventions without an area, which apply to pages outside areas only.</param>
/// <param name="Area">The area; null with <paramref name="InArea"/> means any area.</param>
/// <param name="Path">The page or folder path; null means any.</param>
internal sealed record PageConvention(bool InArea, string? Area, string? Path, bool IsFolder, AccessEvidence Evidence)
{
    public bool Applies(RazorPagePath page)
    {
        if (InArea ? page.Area is null || (Area is not null && !string.Equals(Area, page.Area, StringComparison.OrdinalIgnoreCase)) : page.Area is not null)
        {
            return false;
        }

        if (Path is null)
        {
            return true;
        }

        if (!IsFolder)
        {
            return string.Equals(Trim(Path), page.Path, StringComparison.OrdinalIgnoreCase);
        }

        var folder = Trim(Path);
        return folder == "/" || page.Path.StartsWith(folder + "/", StringComparison.OrdinalIgnoreCase);
    }

    private static string Trim(string path)
    {
        path = path.Replace('\\', '/');
        if (!path.StartsWith("/", StringComparison.Ordinal))
        {
            path = "/" + path;
        }

        return path.Length > 1 ? path.TrimEnd('/') : path;
    }
}
