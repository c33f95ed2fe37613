using System.Collections.Immutable;
using PolicyAnalyzers.Flow;

namespace PolicyAnalyzers.Catalog
{
    /// <summary>
    /// The APIs through which data leaves an application, as data: adding a library is one entry here (and its tests).
    /// A method of a listed type matches, and so does an override of it in a derived type.
    /// </summary>
    internal static class SinkCatalog
    {
        public const string AnyMethod = "*";
        public const string Constructor = ".ctor";
        public const string HttpResponsePhrase = "the HTTP response '{0}'";

        public static readonly ImmutableArray<SinkEntry> Entries = ImmutableArray.Create(
            // PA0001: files, streams and writers.
            Export("System.IO", "File", "File", "WriteAllText", "WriteAllTextAsync", "WriteAllLines", "WriteAllLinesAsync",
                "WriteAllBytes", "WriteAllBytesAsync", "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync"),
            Export("System.IO", "Stream", "Stream", "Write", "WriteAsync", "WriteByte", "BeginWrite"),
            Export("System.IO", "TextWriter", "TextWriter", "Write", "WriteLine", "WriteAsync", "WriteLineAsync"),
            Export("System.IO", "BinaryWriter", "BinaryWriter", "Write"),

            // PA0001: CSV and spreadsheet writers. CsvHelper and ClosedXML write every public property of a record, minus
            // the ones their own attributes exclude.
            Tabular("CsvHelper", "IWriter", "CsvWriter", "WriteRecords", "WriteRecordsAsync", "WriteRecord", "WriteField"),
            Tabular("CsvHelper", "IWriterRow", "CsvWriter", "WriteField"),
            ExportAs("ClosedXML.Excel", "IXLCell", "IXLCell", DataView.Spreadsheet, "SetValue", "set_Value", "InsertData", "InsertTable", "SetFormulaA1"),
            Export("DocumentFormat.OpenXml.Spreadsheet", "CellValue", "CellValue", Constructor),
            Export("DocumentFormat.OpenXml.Spreadsheet", "Text", "Spreadsheet Text", Constructor),

            // PA0001: HTTP client requests and mail: the data leaves for another system.
            Export("System.Net.Http", "HttpClient", "HttpClient",
                "GetAsync", "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync", "DeleteAsync", "PostAsync", "PutAsync", "PatchAsync"),
            ExportAs("System.Net.Http.Json", "HttpClientJsonExtensions", "HttpClient", DataView.SystemTextJson,
                "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync"),
            Export("System.Net.Http", "StringContent", "StringContent", Constructor),
            Export("System.Net.Http", "ByteArrayContent", "ByteArrayContent", Constructor),
            ExportAs("System.Net.Http.Json", "JsonContent", "JsonContent", DataView.SystemTextJson, "Create"),
            Only(Export("System.Net.Mail", "MailMessage", "MailMessage", Constructor, "set_Body", "set_Subject"), "subject", "body", "value"),
            Only(Export("System.Net.Mail", "SmtpClient", "SmtpClient", "Send", "SendAsync", "SendMailAsync"), "message", "subject", "body"),

            // PA0002: serializers.
            Serialize("System.Text.Json", "JsonSerializer", "JsonSerializer", DataView.SystemTextJson,
                "Serialize", "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToDocument", "SerializeToElement", "SerializeToNode"),
            Serialize("Newtonsoft.Json", "JsonConvert", "JsonConvert", DataView.NewtonsoftJson, "SerializeObject", "SerializeObjectAsync"),
            Serialize("Newtonsoft.Json", "JsonSerializer", "JsonSerializer", DataView.NewtonsoftJson, "Serialize"),
            Serialize("System.Xml.Serialization", "XmlSerializer", "XmlSerializer", DataView.Xml, "Serialize"),
            Serialize("System.Runtime.Serialization", "XmlObjectSerializer", "DataContractSerializer", DataView.DataContract, "WriteObject"),

            // PA0002: HTTP responses.
            Respond("Microsoft.AspNetCore.Http", "Results", "Results", DataView.SystemTextJson, AnyMethod),
            Respond("Microsoft.AspNetCore.Http", "TypedResults", "TypedResults", DataView.SystemTextJson, AnyMethod),
            Respond("Microsoft.AspNetCore.Mvc", "ControllerBase", "ControllerBase", DataView.SystemTextJson,
                "Ok", "Created", "CreatedAtAction", "CreatedAtRoute", "Accepted", "AcceptedAtAction", "AcceptedAtRoute",
                "BadRequest", "NotFound", "Conflict", "UnprocessableEntity", "Content", "File", "StatusCode"),
            Respond("Microsoft.AspNetCore.Mvc", "Controller", "Controller", DataView.SystemTextJson, "Json"),
            Respond("Microsoft.AspNetCore.Mvc", "ObjectResult", "ObjectResult", DataView.SystemTextJson, Constructor),
            Respond("Microsoft.AspNetCore.Mvc", "JsonResult", "JsonResult", DataView.SystemTextJson, Constructor),
            Respond("Microsoft.AspNetCore.Http", "HttpResponseWritingExtensions", "HttpResponse", DataView.Text, "WriteAsync"),
            Respond("Microsoft.AspNetCore.Http", "HttpResponseJsonExtensions", "HttpResponse", DataView.SystemTextJson, "WriteAsJsonAsync"),
            Broadcast("ClientProxyExtensions", "SendAsync"),
            Broadcast("IClientProxy", "SendCoreAsync"),
            Broadcast("ISingleClientProxy", "InvokeCoreAsync"),

            // PA0003: logs.
            Log("Microsoft.Extensions.Logging", "LoggerExtensions", "ILogger",
                "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope"),
            Log("Microsoft.Extensions.Logging", "ILogger", "ILogger", "Log", "BeginScope"),
            Log("System", "Console", "Console", "Write", "WriteLine"),
            Log("System.Diagnostics", "Debug", "Debug", "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Fail", "Assert"),
            Log("System.Diagnostics", "Trace", "Trace", "Write", "WriteLine", "WriteIf", "WriteLineIf", "Fail", "Assert",
                "TraceInformation", "TraceWarning", "TraceError"),
            Log("System", "Exception", "exception message", Constructor));

        private static SinkEntry Export(string ns, string type, string display, params string[] methods) =>
            new SinkEntry(ns, type, display, SinkKind.Export, DataView.Text, ImmutableArray.Create(methods));

        /// <summary>The entry with only the named parameters carrying data out.</summary>
        private static SinkEntry Only(SinkEntry entry, params string[] dataParameters) =>
            new SinkEntry(entry.NamespaceName, entry.TypeName, entry.DisplayType, entry.Kind, entry.View, entry.Methods, entry.Phrase,
                ImmutableArray.Create(dataParameters));

        private static SinkEntry ExportAs(string ns, string type, string display, DataView view, params string[] methods) =>
            new SinkEntry(ns, type, display, SinkKind.Export, view, ImmutableArray.Create(methods));

        private static SinkEntry Tabular(string ns, string type, string display, params string[] methods) =>
            ExportAs(ns, type, display, DataView.Tabular, methods);

        private static SinkEntry Serialize(string ns, string type, string display, DataView view, params string[] methods) =>
            new SinkEntry(ns, type, display, SinkKind.Serialization, view, ImmutableArray.Create(methods));

        private static SinkEntry Respond(string ns, string type, string display, DataView view, params string[] methods) =>
            new SinkEntry(ns, type, display, SinkKind.Serialization, view, ImmutableArray.Create(methods), HttpResponsePhrase);

        private static SinkEntry Broadcast(string type, params string[] methods) =>
            new SinkEntry("Microsoft.AspNetCore.SignalR", type, "SignalR", SinkKind.Serialization, DataView.SystemTextJson,
                ImmutableArray.Create(methods), "the SignalR clients through '{0}'");

        private static SinkEntry Log(string ns, string type, string display, params string[] methods) =>
            new SinkEntry(ns, type, display, SinkKind.Log, DataView.Text, ImmutableArray.Create(methods));
    }
}
