namespace PolicyAnalyzers.Policy;

/// <summary>
/// How a sink renders an object it receives, which decides which members of the object it exposes: a serializer
/// writes the members it does not ignore, a text sink calls ToString.
/// </summary>
internal enum DataView
{
    /// <summary>ToString: records and anonymous types print their public members; other classes their type name.</summary>
    Text,

    /// <summary>System.Text.Json and ASP.NET Core responses: public properties, [JsonInclude], minus STJ's [JsonIgnore].</summary>
    SystemTextJson,

    /// <summary>Newtonsoft.Json: public properties and fields, minus Newtonsoft's [JsonIgnore].</summary>
    NewtonsoftJson,

    /// <summary>XmlSerializer: public properties and fields, minus [XmlIgnore].</summary>
    Xml,

    /// <summary>DataContractSerializer: [DataMember]s of a [DataContract], else public members, minus [IgnoreDataMember].</summary>
    DataContract,

    /// <summary>CsvHelper's record writers: public properties, minus CsvHelper's [Ignore].</summary>
    Tabular,

    /// <summary>Spreadsheet writers of records (ClosedXML, EPPlus, MiniExcel): public properties, minus each library's ignore attribute.</summary>
    Spreadsheet,

    /// <summary>
    /// What MVC writes a response with: System.Text.Json, or Newtonsoft.Json when the application references
    /// Microsoft.AspNetCore.Mvc.NewtonsoftJson (AddNewtonsoftJson). Resolved per compilation by ApiPolicy.
    /// </summary>
    MvcResponse,

    /// <summary>Template engines (Liquid, Handlebars, Razor, Mustache): the public properties and fields they read by reflection.</summary>
    Template,
}
