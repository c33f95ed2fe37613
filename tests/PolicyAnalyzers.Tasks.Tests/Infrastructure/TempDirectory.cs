using System;
using System.Text;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pa-datafiles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string content, Encoding? encoding = null)
    {
        var full = Combine(relativePath);
        File.WriteAllText(full, content, encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return full;
    }

    public string WriteBytes(string relativePath, byte[] content)
    {
        var full = Combine(relativePath);
        File.WriteAllBytes(full, content);
        return full;
    }

    public string Combine(string relativePath)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
