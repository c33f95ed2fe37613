// DocumentFormat.OpenXml 3 (package DocumentFormat.OpenXml): the Word document elements that hold text. The
// spreadsheet elements are declared by the tests that use them.
namespace DocumentFormat.OpenXml
{
    public abstract class OpenXmlElement
    {
        public T AppendChild<T>(T newChild) where T : OpenXmlElement => throw null!;
        public virtual string InnerText => throw null!;
    }

    public abstract class OpenXmlCompositeElement : OpenXmlElement
    {
        protected OpenXmlCompositeElement() { }
        protected OpenXmlCompositeElement(params OpenXmlElement[] childElements) { }
    }

    public abstract class OpenXmlLeafTextElement : OpenXmlElement
    {
        protected OpenXmlLeafTextElement() { }
        protected OpenXmlLeafTextElement(string text) { }
        public virtual string Text { get; set; } = "";
    }
}

namespace DocumentFormat.OpenXml.Wordprocessing
{
    public class Text : OpenXmlLeafTextElement
    {
        public Text() { }
        public Text(string text) : base(text) { }
    }

    public class Run : OpenXmlCompositeElement
    {
        public Run() { }
        public Run(params OpenXmlElement[] childElements) : base(childElements) { }
    }

    public class Paragraph : OpenXmlCompositeElement
    {
        public Paragraph() { }
        public Paragraph(params OpenXmlElement[] childElements) : base(childElements) { }
    }

    public class Body : OpenXmlCompositeElement { }
}
