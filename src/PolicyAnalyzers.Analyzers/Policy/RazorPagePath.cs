using System;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// Where a Razor Page sits, as conventions name it: its area (null outside areas) and its view-engine path relative
/// to the area's or the application's Pages folder, without extension ("/Admin/Index").
/// </summary>
internal sealed record RazorPagePath(string? Area, string Path)
{
    private const string PagesSegment = "/Pages/";
    private const string AreasSegment = "/Areas/";

    /// <summary>
    /// A page path as callers give it: "/Admin/Index", or a Razor identifier ("/Pages/Admin/Index.cshtml",
    /// "/Areas/Identity/Pages/Account/Login.cshtml").
    /// </summary>
    public static RazorPagePath? FromPagePath(string? pagePath)
    {
        if (string.IsNullOrWhiteSpace(pagePath))
        {
            return null;
        }

        var path = Normalize(pagePath!);
        return path.IndexOf(PagesSegment, StringComparison.OrdinalIgnoreCase) >= 0 ? FromPagesFolder(path) : new RazorPagePath(null, path);
    }

    /// <summary>The page of a page model's file: ".../Pages/Admin/Index.cshtml.cs", ".../Areas/Identity/Pages/Account/Login.cshtml.cs".</summary>
    public static RazorPagePath? FromFilePath(string? filePath)
    {
        if (string.IsNullOrEmpty(filePath) || !filePath!.EndsWith(".cshtml.cs", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return FromPagesFolder(Normalize(filePath));
    }

    // The last Pages folder in the path is the pages root; an Areas/<area> folder just above it names the area.
    private static RazorPagePath? FromPagesFolder(string path)
    {
        var pages = path.LastIndexOf(PagesSegment, StringComparison.OrdinalIgnoreCase);
        if (pages < 0)
        {
            return null;
        }

        var relative = path.Substring(pages + PagesSegment.Length - 1);
        var before = path.Substring(0, pages);
        var areaSlash = before.LastIndexOf('/');
        string? area = null;
        if (areaSlash >= 0 && before.Substring(0, areaSlash + 1).EndsWith(AreasSegment, StringComparison.OrdinalIgnoreCase))
        {
            area = before.Substring(areaSlash + 1);
        }

        return relative.Length > 1 ? new RazorPagePath(area, relative) : null;
    }

    private static string Normalize(string path)
    {
        path = path.Replace('\\', '/').Trim();
        foreach (var extension in new[] { ".cshtml.cs", ".cshtml" })
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                path = path.Substring(0, path.Length - extension.Length);
                break;
            }
        }

        return path.StartsWith("/", StringComparison.Ordinal) ? path : "/" + path;
    }
}
