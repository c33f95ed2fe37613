using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Catalog;

/// <summary>Word and PDF generators whose APIs take text (OpenXml, NPOI XWPF, PDFsharp): PA0001.</summary>
public class DocumentLibraryTests
{
    [Fact]
    public Task OpenXmlWord_WhenTextCarriesProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using DocumentFormat.OpenXml.Wordprocessing;", "Body body, Applicant applicant, DetentionRecord record", """
            body.AppendChild(new Paragraph(new Run(new Text({|#0:applicant.Name|}))));
            body.AppendChild(new Paragraph(new Run(new Text { Text = {|#1:record.FullName|} })));
            var text = new Text();
            text.Text = {|PA0001:$"Born {record.DateOfBirth:d}"|};
            body.AppendChild(new Paragraph(new Run(new Text(applicant.Office))));
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'Word Text'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("DetentionRecord.FullName", "the export 'OpenXml.Text'"));

    [Fact]
    public Task NpoiWord_WhenRunsOrCellsCarryProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using NPOI.XWPF.UserModel;", "XWPFDocument document, Applicant applicant, DetentionRecord record", """
            var paragraph = document.CreateParagraph();
            paragraph.CreateRun().SetText({|#0:applicant.Name|});
            paragraph.CreateRun().AppendText({|PA0001:record.Nationality|});
            paragraph.ReplaceText("{name}", {|PA0001:record.FullName|});
            document.CreateTable(1, 1).GetRow(0).GetCell(0).SetText({|PA0001:record.FullName|});
            paragraph.CreateRun().SetText(applicant.Office, 0);
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'XWPFRun.SetText'"));

    [Fact]
    public Task PdfSharp_WhenDrawnTextCarriesProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using PdfSharp.Drawing; using PdfSharp.Drawing.Layout; using PdfSharp.Pdf;", "PdfDocument document, Applicant applicant, DetentionRecord record", """
            var font = new XFont("Arial", 12);
            using var graphics = XGraphics.FromPdfPage(document.AddPage());
            graphics.DrawString({|#0:applicant.Name|}, font, XBrushes.Black, 40, 40);
            graphics.DrawString({|PA0001:$"Born {record.DateOfBirth:d}"|}, font, XBrushes.Black, new XRect(40, 60, 200, 20), XStringFormats.TopLeft);
            new XTextFormatter(graphics).DrawString({|PA0001:record.FullName|}, font, XBrushes.Black, new XRect(40, 80, 200, 20));
            graphics.DrawString(applicant.Office, font, XBrushes.Black, new XPoint(40, 100));
            document.Save("certificate.pdf");
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'XGraphics.DrawString'"));

    [Fact]
    public Task Documents_WhenOnlyFacilityCountsAreWritten_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using DocumentFormat.OpenXml.Wordprocessing; using NPOI.XWPF.UserModel; using PdfSharp.Drawing;", "Body body, XWPFDocument document, XGraphics graphics, List<DetentionRecord> records, List<FacilityCount> counts", """
            var font = new XFont("Arial", 12);
            body.AppendChild(new Paragraph(new Run(new Text($"{records.Count} people in {counts.Count} facilities"))));
            foreach (var group in records.GroupBy(r => r.Facility))
            {
                document.CreateParagraph().CreateRun().SetText($"{group.Key}: {group.Count()}");
                graphics.DrawString(group.Key + ": " + group.Count(), font, XBrushes.Black, 40, 40);
            }

            foreach (var count in counts)
            {
                body.AppendChild(new Paragraph(new Run(new Text { Text = count.Facility + " " + count.Count })));
            }
            """));
}
