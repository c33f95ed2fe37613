namespace DetentionStatistics.Publishing;

/// <summary>Writes the files the site serves under wwwroot/data. Whatever is written here is public.</summary>
public static class WebRootFiles
{
    public static void Write(IWebHostEnvironment environment, string fileName, string content) =>
        File.WriteAllText(Path.Combine(environment.WebRootPath, "data", fileName), content);
}
