// PDFsharp 6 (package PDFsharp): drawing text on a page.
namespace PdfSharp.Drawing
{
    public sealed class XFont { public XFont(string familyName, double emSize) { } }

    public abstract class XBrush { }

    public static class XBrushes { public static XBrush Black => throw null!; }

    public struct XPoint { public XPoint(double x, double y) { } }

    public struct XRect { public XRect(double x, double y, double width, double height) { } }

    public class XStringFormat { }

    public static class XStringFormats { public static XStringFormat TopLeft => throw null!; }

    public sealed class XGraphics : System.IDisposable
    {
        public static XGraphics FromPdfPage(Pdf.PdfPage page) => throw null!;
        public void DrawString(string text, XFont font, XBrush brush, double x, double y) { }
        public void DrawString(string text, XFont font, XBrush brush, XPoint point) { }
        public void DrawString(string text, XFont font, XBrush brush, XRect layoutRectangle, XStringFormat format) { }
        public void DrawLine(object pen, double x1, double y1, double x2, double y2) { }
        public void Dispose() { }
    }
}

namespace PdfSharp.Drawing.Layout
{
    public class XTextFormatter
    {
        public XTextFormatter(XGraphics gfx) { }
        public void DrawString(string text, XFont font, XBrush brush, XRect layoutRectangle) { }
        public void DrawString(string text, XFont font, XBrush brush, XRect layoutRectangle, XStringFormat format) { }
    }
}

namespace PdfSharp.Pdf
{
    public class PdfPage { }

    public class PdfDocument : System.IDisposable
    {
        public PdfPage AddPage() => throw null!;
        public void Save(string path) { }
        public void Save(System.IO.Stream stream) { }
        public void Dispose() { }
    }
}
