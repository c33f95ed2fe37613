using System.Collections.Generic;
using System.IO.Compression;
using System.Text;

namespace PolicyAnalyzers.DataFiles.Tests;

/// <summary>Writes .docx documents part by part, as Word lays them out: paragraphs (with tabs and line breaks) and tables.</summary>
internal sealed class DocxBuilder
{
    private const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly StringBuilder _body = new();

    /// <summary>A paragraph; '\t' becomes w:tab and '\n' a line break (w:br), as Word writes them.</summary>
    public DocxBuilder Paragraph(string text, bool hidden = false)
    {
        _body.Append("<w:p><w:r>");
        if (hidden)
        {
            _body.Append("<w:rPr><w:vanish/></w:rPr>");
        }

        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                _body.Append("<w:br/>");
            }

            var parts = lines[l].Split('\t');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    _body.Append("<w:tab/>");
                }

                _body.Append("<w:t xml:space=\"preserve\">").Append(WorkbookBuilder.Escape(parts[p])).Append("</w:t>");
            }
        }

        _body.Append("</w:r></w:p>");
        return this;
    }

    /// <summary>A table; a cell may hold several paragraphs separated by '\n'; null is an empty cell; a cell written
    /// "&lt;span N&gt;text" spans N grid columns.</summary>
    public DocxBuilder Table(params string?[][] rows)
    {
        _body.Append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>");
        foreach (var row in rows)
        {
            _body.Append("<w:tr>");
            foreach (var cell in row)
            {
                var text = cell ?? string.Empty;
                _body.Append("<w:tc>");
                if (text.StartsWith("<span ", System.StringComparison.Ordinal))
                {
                    var end = text.IndexOf('>');
                    _body.Append("<w:tcPr><w:gridSpan w:val=\"").Append(text, 6, end - 6).Append("\"/></w:tcPr>");
                    text = text.Substring(end + 1);
                }

                foreach (var paragraph in text.Split('\n'))
                {
                    _body.Append("<w:p><w:r><w:t>").Append(WorkbookBuilder.Escape(paragraph)).Append("</w:t></w:r></w:p>");
                }

                _body.Append("</w:tc>");
            }

            _body.Append("</w:tr>");
        }

        _body.Append("</w:tbl>");
        return this;
    }

    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in Parts())
            {
                WorkbookBuilder.Add(zip, part.Key, part.Value);
            }
        }

        return memory.ToArray();
    }

    public Dictionary<string, string> Parts() => new()
    {
        ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""",
        ["_rels/.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""",
        ["word/document.xml"] = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{Main}"><w:body>{_body}<w:sectPr/></w:body></w:document>""",
    };
}
