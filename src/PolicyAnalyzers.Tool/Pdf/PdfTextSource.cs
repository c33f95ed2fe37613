using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PolicyAnalyzers.DataFiles;
using PolicyAnalyzers.DataFiles.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace PolicyAnalyzers.Tool.Pdf;

/// <summary>
/// A PDF's text, page by page, through PdfPig: words are put back on their lines, and a wide gap between two words
/// becomes a tab, so a roster printed as a table reads as a tab-separated table (with its header) and a form
/// ("Name: ... Date of birth: ...") as lines of text. Encrypted, damaged and oversized PDFs become
/// <see cref="DataFileFormatException"/> (PA1003), never a crash. Text in images (scans) is not recognised.
/// </summary>
internal sealed class PdfTextSource : IDocumentTextSource
{
    /// <summary>PdfPig reads the whole file into memory: larger PDFs are reported rather than read.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>A gap wider than this many average character widths separates columns.</summary>
    private const double ColumnGapInCharacters = 2.5;

    public IEnumerable<string> Pages(string path)
    {
        if (new FileInfo(path).Length > MaxFileBytes)
        {
            throw new DataFileFormatException($"the PDF is larger than {MaxFileBytes / (1024 * 1024)} MB, the most the scanner reads");
        }

        var document = Guard(() => PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true }));
        using (document)
        {
            var pages = Guard(() => document.NumberOfPages);
            for (var number = 1; number <= pages; number++)
            {
                var current = number;
                yield return Guard(() => PageText(document.GetPage(current)));
            }
        }
    }

    /// <summary>The page's words as lines, top to bottom, words left to right.</summary>
    internal static string PageText(Page page)
    {
        var lines = new List<List<Word>>();
        foreach (var word in page.GetWords().Where(w => w.Text.Trim().Length > 0).OrderByDescending(w => w.BoundingBox.Bottom))
        {
            var line = lines.Count == 0 ? null : lines[lines.Count - 1];
            var tolerance = Math.Max(1, word.BoundingBox.Height * 0.5);
            if (line is not null && Math.Abs(line[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= tolerance)
            {
                line.Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            line.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
            for (var i = 0; i < line.Count; i++)
            {
                if (i > 0)
                {
                    var previous = line[i - 1];
                    var characterWidth = previous.BoundingBox.Width / Math.Max(1, previous.Text.Length);
                    var gap = line[i].BoundingBox.Left - previous.BoundingBox.Right;
                    text.Append(gap > characterWidth * ColumnGapInCharacters ? '\t' : ' ');
                }

                text.Append(line[i].Text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DataFileFormatException(
                "the PDF is encrypted (password-protected), so its text cannot be read; check it by hand, or publish it unencrypted");
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or DataFileFormatException or IOException or UnauthorizedAccessException))
        {
            // The exception's message could quote the file's content; its type is enough.
            throw new DataFileFormatException($"the PDF is damaged or not a PDF ({ex.GetType().Name})");
        }
    }
}
