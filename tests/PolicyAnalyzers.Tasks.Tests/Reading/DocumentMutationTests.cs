using System;
using System.Collections.Generic;
using System.IO.Compression;
using System.Text;
using PolicyAnalyzers.DataFiles.Scanning;
using static PolicyAnalyzers.DataFiles.Tests.WorkbookBuilder;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>
/// Word and OpenDocument files whose XML has been cut, spliced and garbled at random: each must end as a normal scan or
/// a PA1003 that names the damage, never as "the scanner failed" (an exception the readers did not expect).
/// </summary>
public class DocumentMutationTests
{
    private const int Mutants = 150;
    private const string Garble = "<>/\"=&;x9 ";

    [Fact]
    public void MutatedWordDocuments_NeverFailTheScanner()
    {
        var parts = new DocxBuilder()
            .Paragraph("Transfers\tweek 12")
            .Paragraph("Full name: Maria Lopez, Date of birth: 14/03/1985\nA-Number: A012345678")
            .Table(["<span 2>Roster", null], ["Full Name", "Date of Birth", "Nationality"], ["Ana Pérez", "1979-07-01", "HONDURAS"])
            .Parts();
        AssertMutantsAreHandled(parts, "word/document.xml", "mutant.docx");
    }

    [Fact]
    public void MutatedOpenDocumentSpreadsheets_NeverFailTheScanner()
    {
        var builder = new OdsBuilder()
            .Sheet("Counts", [["Facility", "Detained"], ["Otay Mesa", 412]])
            .Sheet("Roster", [["Full Name", "Date of Birth"], ["Maria Lopez", Date(1985, 3, 14)], ["Ana Pérez", Date(1979, 7, 1)]], hidden: true, hiddenRows: [1], hiddenColumns: [1], repeatRows: new Dictionary<int, int> { [2] = 3 });
        var parts = new Dictionary<string, string>
        {
            ["mimetype"] = "application/vnd.oasis.opendocument.spreadsheet",
            ["content.xml"] = builder.Content(),
        };
        AssertMutantsAreHandled(parts, "content.xml", "mutant.ods");
    }

    private static void AssertMutantsAreHandled(Dictionary<string, string> parts, string mutatedPart, string name)
    {
        var scanner = new DataFileScanner();
        var random = new Random(2026);
        using var dir = new TempDirectory();
        for (var i = 0; i < Mutants; i++)
        {
            var mutant = new Dictionary<string, string>(parts) { [mutatedPart] = Mutate(parts[mutatedPart], random) };
            var path = dir.WriteBytes($"{i}-{name}", Zip(mutant));

            var result = scanner.Scan(path);

            Assert.All(result.Findings, f => Assert.DoesNotContain("the scanner failed", f.Reason));
        }
    }

    private static string Mutate(string xml, Random random)
    {
        var text = new StringBuilder(xml);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits && text.Length > 10; e++)
        {
            var at = random.Next(text.Length);
            var length = Math.Min(text.Length - at, 1 + random.Next(40));
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, length);
                    break;
                case 1:
                    text.Insert(at, xml.Substring(random.Next(xml.Length - 40), 40));
                    break;
                case 2:
                    text[at] = Garble[random.Next(Garble.Length)];
                    break;
                default:
                    text.Length = at;
                    break;
            }
        }

        return text.ToString();
    }

    private static byte[] Zip(Dictionary<string, string> parts)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in parts)
            {
                Add(zip, part.Key, part.Value);
            }
        }

        return memory.ToArray();
    }
}
