using System.Collections.Generic;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PolicyAnalyzers.Tool.Tests;

/// <summary>PDFs for tests: pages of text lines written with PdfPig's builder, and an encrypted PDF written by hand.</summary>
internal static class PdfFiles
{
    /// <summary>One page per array; each line's cells are placed 150 points apart, as a printed table's columns.</summary>
    public static byte[] Pages(params string[][][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            double y = 780;
            foreach (var cells in lines)
            {
                for (var c = 0; c < cells.Length; c++)
                {
                    page.AddText(cells[c], 10, new PdfPoint(40 + (c * 150), y), font);
                }

                y -= 16;
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// A one-page PDF with a standard security handler whose user password is not empty (its /U entry matches no
    /// password), as a PDF "protected with a password to open" is: its text cannot be read.
    /// </summary>
    public static byte[] Encrypted()
    {
        var hex = string.Concat(System.Linq.Enumerable.Repeat("5A", 32));
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{hex}> /U <{hex}> /P -44 >>",
            "<< /Length 8 >>\nstream\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\nendstream",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
