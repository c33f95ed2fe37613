using System.Collections.Generic;
using System.Globalization;
using System.Xml;

namespace PolicyAnalyzers.DataFiles.Reading.Xlsx;

/// <summary>
/// Which cell styles (xl/styles.xml, &lt;cellXfs&gt;) show numbers as dates: built-in formats 14-22, 27-36 and 50-58,
/// and custom formats whose code has day or year tokens ("dd/mm/yyyy", "d-mmm-yy"). A date of birth is stored as a
/// serial number; only its style says it is a date.
/// </summary>
internal sealed class CellStyles
{
    private readonly List<bool> _isDate = [];

    public static CellStyles None { get; } = new();

    public bool IsDate(int styleIndex) => styleIndex >= 0 && styleIndex < _isDate.Count && _isDate[styleIndex];

    public static bool IsBuiltInDateFormat(int numFmtId) =>
        numFmtId is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 50 and <= 58);

    /// <summary>A custom format code shows a date when, outside quoted text, escapes and [brackets], it has d or y.</summary>
    public static bool IsDateFormatCode(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quoted)
            {
                quoted = c != '"';
                continue;
            }

            if (bracket)
            {
                bracket = c != ']';
                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case '[':
                    bracket = true;
                    break;
                case '\\':
                case '_':
                case '*':
                    i++; // the next character is literal (or padding)
                    break;
                case 'd' or 'D' or 'y' or 'Y':
                    return true;
            }
        }

        return false;
    }

    public static CellStyles Read(XmlReader xml)
    {
        var styles = new CellStyles();
        var customDates = new Dictionary<int, bool>();
        var inCellXfs = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "numFmt":
                        if (TryInt(xml.GetAttribute("numFmtId"), out var id))
                        {
                            customDates[id] = IsDateFormatCode(xml.GetAttribute("formatCode") ?? string.Empty);
                        }

                        break;
                    case "cellXfs":
                        inCellXfs = !xml.IsEmptyElement;
                        break;
                    case "xf" when inCellXfs:
                        var format = TryInt(xml.GetAttribute("numFmtId"), out var f) ? f : 0;
                        styles._isDate.Add(customDates.TryGetValue(format, out var custom) ? custom : IsBuiltInDateFormat(format));
                        break;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }
        }

        return styles;
    }

    private static bool TryInt(string? text, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
