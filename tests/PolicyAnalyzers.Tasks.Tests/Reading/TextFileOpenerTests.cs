using System;
using System.Text;
using PolicyAnalyzers.DataFiles.Reading;

namespace PolicyAnalyzers.DataFiles.Tests;

public class TextFileOpenerTests
{
    private const string Sample = "Name,City\nJosé Núñez,São Paulo\n";

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    public void WhenFileHasAnyUnicodeEncoding_TextReadsBackExactly(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        };
        using var dir = new TempDirectory();
        var path = dir.Write("a.csv", Sample, encoding);

        using var reader = TextFileOpener.Open(path);

        Assert.Equal(Sample, reader.ReadToEnd());
    }

    [Fact]
    public void WhenFileIsLatin1WithoutBom_AccentsSurvive()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("a.csv", Encoding.Latin1.GetBytes(Sample));

        using var reader = TextFileOpener.Open(path);

        Assert.Equal(Sample, reader.ReadToEnd());
    }

    [Fact]
    public void WhenFileIsRandomBytes_RefusesItAsBinary()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("junk.csv", bytes);

        var error = Assert.Throws<DataFileFormatException>(() => TextFileOpener.Open(path).Dispose());

        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void WhenFileIsOpen_OthersCanStillWriteAndDeleteIt()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.csv", Sample);

        using var reader = TextFileOpener.Open(path);
        using (var writer = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
        {
            Assert.True(writer.CanWrite);
        }

        File.Delete(path);
        Assert.False(File.Exists(path));
    }
}
