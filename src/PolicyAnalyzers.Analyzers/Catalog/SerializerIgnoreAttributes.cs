using PolicyAnalyzers.Flow;

namespace PolicyAnalyzers.Catalog
{
    /// <summary>The attribute with which each serializer's users exclude a member, for the code fix that adds it.</summary>
    internal static class SerializerIgnoreAttributes
    {
        public static string? For(DataView view) => view switch
        {
            DataView.SystemTextJson => "System.Text.Json.Serialization.JsonIgnoreAttribute",
            DataView.NewtonsoftJson => "Newtonsoft.Json.JsonIgnoreAttribute",
            DataView.Xml => "System.Xml.Serialization.XmlIgnoreAttribute",
            DataView.DataContract => "System.Runtime.Serialization.IgnoreDataMemberAttribute",
            DataView.Tabular => "CsvHelper.Configuration.Attributes.IgnoreAttribute",
            _ => null,
        };
    }
}
