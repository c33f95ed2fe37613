using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Catalog;

/// <summary>NPOI, EPPlus (4.x and the later API) and MiniExcel: what they put in a workbook is PA0001.</summary>
public class SpreadsheetLibraryTests
{
    [Fact]
    public Task Npoi_WhenCellValuesCarryProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using NPOI.SS.UserModel; using NPOI.XSSF.UserModel;", "List<DetentionRecord> records, Applicant applicant, Stream output", """
            IWorkbook workbook = new XSSFWorkbook();
            var sheet = workbook.CreateSheet("Roster");
            var row = sheet.CreateRow(1);
            row.CreateCell(0).SetCellValue({|#0:records[0].FullName|});
            row.CreateCell(1).SetCellValue({|PA0001:records[0].DateOfBirth|});
            row.CreateCell(2).SetCellValue({|PA0001:new XSSFRichTextString(applicant.Name)|});
            row.CreateCell(3).CellFormula = {|PA0001:$"CONCAT(\"{applicant.Name}\")"|};
            row.CreateCell(4).SetCellValue(applicant.Office);
            workbook.Write(output);
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("DetentionRecord.FullName", "the export 'ICell.SetCellValue'"));

    [Fact]
    public Task Npoi_WhenOnlyFacilityCountsAreWritten_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using NPOI.SS.UserModel; using NPOI.XSSF.UserModel;", "List<DetentionRecord> records, Stream output", """
            IWorkbook workbook = new XSSFWorkbook();
            var sheet = workbook.CreateSheet("Statistics");
            var index = 0;
            foreach (var group in records.GroupBy(r => r.Facility))
            {
                var row = sheet.CreateRow(index++);
                row.CreateCell(0).SetCellValue(group.Key);
                row.CreateCell(1).SetCellValue(group.Count());
            }

            sheet.CreateRow(index).CreateCell(1).SetCellValue(records.Count);
            workbook.Write(output);
            """));

    [Fact]
    public Task Epplus4_WhenValuesOrCollectionsCarryProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using OfficeOpenXml;", "List<DetentionRecord> records, List<Applicant> applicants, DetentionRecord record", """
            using var package = new ExcelPackage();
            var sheet = package.Workbook.Worksheets.Add("Roster");
            sheet.Cells[1, 1].Value = "Full name";
            sheet.Cells[2, 1].Value = {|#0:record.FullName|};
            sheet.Cells["B2"].Formula = {|PA0001:"\"" + record.Nationality + "\""|};
            sheet.SetValue(2, 3, {|PA0001:record.DateOfBirth|});
            sheet.Cells["A4"].LoadFromCollection({|#1:records|}, true);
            sheet.Cells["A20"].LoadFromCollection({|PA0001:applicants|});
            sheet.Cells["A40"].LoadFromText({|PA0001:string.Join("\n", applicants.Select(a => a.Name))|});
            sheet.Cells["A60"].LoadFromArrays({|PA0001:records.Select(r => new object[] { r.FullName, r.Facility })|});
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("DetentionRecord.FullName", "the export 'ExcelRange.Value'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("DetentionRecord[]", "the export 'ExcelRange.LoadFromCollection'"));

    [Fact]
    public Task Epplus5_WhenSetCellValueOrTheNewLoadMethodsCarryProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using OfficeOpenXml;", "ExcelWorksheet sheet, List<Applicant> applicants, DetentionRecord record", """
            sheet.Cells["A1"].SetCellValue(0, 0, {|#0:record.FullName|});
            sheet.Cells["A2"].LoadFromCollection({|PA0001:applicants|}, options => options.PrintHeaders = true);
            sheet.Cells["A30"].LoadFromDictionaries({|PA0001:applicants.Select(a => (IDictionary<string, object>)new Dictionary<string, object> { ["Name"] = a.Name })|});
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("DetentionRecord.FullName", "the export 'ExcelRange.SetCellValue'"));

    [Fact]
    public Task Epplus_WhenOnlyFacilityCountsAreWritten_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using OfficeOpenXml;", "ExcelWorksheet sheet, List<DetentionRecord> records, List<FacilityCount> counts, Applicant applicant", """
            sheet.Cells[1, 1].Value = records.Count;
            sheet.Cells[1, 2].Value = applicant.Office;
            sheet.SetValue(1, 3, applicant.CaseCount);
            sheet.Cells["A1"].SetCellValue(0, 4, records.Select(r => r.Facility).Distinct().Count());
            sheet.Cells["A3"].LoadFromCollection(counts, true);
            sheet.Cells["A30"].LoadFromCollection(records.GroupBy(r => r.Facility).Select(g => new FacilityCount(g.Key, g.Count())), options => options.PrintHeaders = true);
            """));

    [Fact]
    public Task MiniExcel_WhenProtectedRowsAreSaved_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using MiniExcelLibs;", "List<DetentionRecord> records, List<Applicant> applicants, Stream output", """
            MiniExcel.SaveAs("roster.xlsx", {|#0:records|});
            await MiniExcel.SaveAsAsync("applicants.xlsx", {|PA0001:applicants|});
            output.SaveAs({|PA0001:applicants.Select(a => new { a.Name, a.Office })|});
            await output.SaveAsAsync({|PA0001:records.Select(r => new Dictionary<string, object> { ["Name"] = r.FullName })|});
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("DetentionRecord[]", "the export 'MiniExcel.SaveAs'"));

    [Fact]
    public Task MiniExcel_WhenOnlyFacilityCountsAreSaved_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using MiniExcelLibs;", "List<DetentionRecord> records, List<Applicant> applicants, List<FacilityCount> counts, Stream output", """
            MiniExcel.SaveAs("statistics.xlsx", counts);
            output.SaveAs(records.GroupBy(r => r.Facility).Select(g => new { Facility = g.Key, Count = g.Count() }));
            MiniExcel.SaveAs("offices.xlsx", applicants.Select(a => new { a.Office, a.CaseCount }));
            """));

    [Fact]
    public Task MiniExcelAndEpplus_WhenTheProtectedColumnIsIgnoredByTheLibrary_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using MiniExcelLibs;
            using OfficeOpenXml;

            public sealed class MiniExcelRow { public string Office { get; set; } = ""; [ProtectedData, MiniExcelLibs.Attributes.ExcelIgnore] public string Name { get; set; } = ""; }
            public sealed class EpplusRow { public string Office { get; set; } = ""; [ProtectedData, OfficeOpenXml.Attributes.EpplusIgnore] public string Name { get; set; } = ""; }

            class Export
            {
                void Run(List<MiniExcelRow> miniExcelRows, List<EpplusRow> epplusRows, ExcelWorksheet sheet)
                {
                    MiniExcel.SaveAs("offices.xlsx", miniExcelRows);
                    sheet.Cells["A1"].LoadFromCollection(epplusRows, options => options.PrintHeaders = true);
                }
            }
            """));
}
