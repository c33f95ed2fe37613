using PolicyAnalyzers.Flow;

namespace PolicyAnalyzers.Catalog
{
    /// <summary>The attribute with which each serializer's users exclude a member, for the code fix that adds it.</summary>
    internal static class SerializerIgnoreAttributes
    {
        /// <summary>The attribute's full name, and how it is written on a member.</summary>
        public static (string FullName, string Usage)? For(DataView view) => view switch
        {
            DataView.SystemTextJson => ("System.Text.Json.Serialization.JsonIgnoreAttribute", "JsonIgnore"),
            DataView.NewtonsoftJson => ("Newtonsoft.Json.JsonIgnoreAttribute", "JsonIgnore"),
            DataView.Xml => ("System.Xml.Serialization.XmlIgnoreAttribute", "XmlIgnore"),
            DataView.DataContract => ("System.Runtime.Serialization.IgnoreDataMemberAttribute", "IgnoreDataMember"),
            DataView.Tabular => ("CsvHelper.Configuration.Attributes.IgnoreAttribute", "Ignore"),
            DataView.Spreadsheet => ("ClosedXML.Attributes.XLColumnAttribute", "XLColumn(Ignore = true)"),
            _ => null,
        };
    }
}
