// EPPlus (package EPPlus): the 4.x API, plus what 5 and later add in the same namespace (SetCellValue,
// LoadFromCollection with a parameters callback, LoadFromDictionaries, [EpplusIgnore]).
namespace OfficeOpenXml
{
    using System;
    using System.Collections.Generic;

    public sealed class ExcelPackage : IDisposable
    {
        public ExcelPackage() { }
        public ExcelPackage(System.IO.Stream newStream) { }
        public ExcelWorkbook Workbook => throw null!;
        public void Save() { }
        public void SaveAs(System.IO.Stream OutputStream) { }
        public byte[] GetAsByteArray() => throw null!;
        public void Dispose() { }
    }

    public sealed class ExcelWorkbook { public ExcelWorksheets Worksheets => throw null!; }

    public sealed class ExcelWorksheets { public ExcelWorksheet Add(string Name) => throw null!; }

    public sealed class ExcelWorksheet
    {
        public ExcelRange Cells => throw null!;
        public string Name { get; set; } = "";
        public void SetValue(int Row, int Column, object Value) { }
        public void SetValue(string Address, object Value) { }
    }

    public class ExcelRangeBase
    {
        public object Value { get; set; } = null!;
        public string Formula { get; set; } = "";
        public string Text => throw null!;
        public ExcelRangeBase LoadFromCollection<T>(IEnumerable<T> Collection) => throw null!;
        public ExcelRangeBase LoadFromCollection<T>(IEnumerable<T> Collection, bool PrintHeaders) => throw null!;
        public ExcelRangeBase LoadFromCollection<T>(IEnumerable<T> Collection, bool PrintHeaders, Table.TableStyles TableStyle) => throw null!;
        public ExcelRangeBase LoadFromText(string Text) => throw null!;
        public ExcelRangeBase LoadFromText(string Text, ExcelTextFormat Format) => throw null!;
        public ExcelRangeBase LoadFromArrays(IEnumerable<object[]> Data) => throw null!;

        // EPPlus 5 and later.
        public void SetCellValue(int rowOffset, int columnOffset, object value) { }
        public ExcelRangeBase LoadFromCollection<T>(IEnumerable<T> Collection, Action<LoadFunctions.Params.LoadFromCollectionParams> paramsConfig) => throw null!;
        public ExcelRangeBase LoadFromDictionaries(IEnumerable<IDictionary<string, object>> items) => throw null!;
    }

    public class ExcelRange : ExcelRangeBase
    {
        public ExcelRange this[string Address] => throw null!;
        public ExcelRange this[int Row, int Col] => throw null!;
    }

    public class ExcelTextFormat { public char Delimiter { get; set; } }
}

namespace OfficeOpenXml.Table
{
    public enum TableStyles { None, Medium2 }
}

namespace OfficeOpenXml.LoadFunctions.Params
{
    public class LoadFromCollectionParams { public bool PrintHeaders { get; set; } }
}

namespace OfficeOpenXml.Attributes
{
    [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field | System.AttributeTargets.Class)]
    public sealed class EpplusIgnore : System.Attribute { }
}
