// NPOI 2.7 (package NPOI): the cell and Word-run APIs that put text into documents.
namespace NPOI.SS.UserModel
{
    public interface IRichTextString { string String { get; } }

    public interface ICell
    {
        string StringCellValue { get; }
        string CellFormula { get; set; }
        ICell SetCellValue(double value);
        ICell SetCellValue(System.DateTime value);
        ICell SetCellValue(IRichTextString value);
        ICell SetCellValue(string value);
        ICell SetCellValue(bool value);
        ICell SetCellFormula(string formula);
    }

    public interface IRow { ICell CreateCell(int column); }

    public interface ISheet { IRow CreateRow(int rownum); }

    public interface IWorkbook { ISheet CreateSheet(string sheetname); void Write(System.IO.Stream stream); }
}

namespace NPOI.XSSF.UserModel
{
    using NPOI.SS.UserModel;

    public class XSSFWorkbook : IWorkbook
    {
        public ISheet CreateSheet(string sheetname) => throw null!;
        public void Write(System.IO.Stream stream) { }
    }

    public class XSSFRichTextString : IRichTextString
    {
        public XSSFRichTextString(string str) { }
        public string String => throw null!;
    }
}

namespace NPOI.XWPF.UserModel
{
    public class XWPFDocument
    {
        public XWPFParagraph CreateParagraph() => throw null!;
        public XWPFTable CreateTable(int rows, int cols) => throw null!;
        public void Write(System.IO.Stream stream) { }
    }

    public class XWPFParagraph
    {
        public XWPFRun CreateRun() => throw null!;
        public void ReplaceText(string oldText, string newText) { }
    }

    public class XWPFRun
    {
        public void SetText(string value) { }
        public void SetText(string value, int pos) { }
        public void AppendText(string text) { }
        public bool IsBold { get; set; }
    }

    public class XWPFTable { public XWPFTableRow GetRow(int pos) => throw null!; }

    public class XWPFTableRow { public XWPFTableCell GetCell(int pos) => throw null!; }

    public class XWPFTableCell { public void SetText(string text) { } }
}
