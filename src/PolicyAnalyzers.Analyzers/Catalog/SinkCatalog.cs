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

        private static SinkEntry Serialize(string ns, string type, string display, DataView view, params string[] methods) =>
            new SinkEntry(ns, type, display, SinkKind.Serialization, view, ImmutableArray.Create(methods));

        private static SinkEntry Respond(string ns, string type, string display, DataView view, params string[] methods) =>
            new SinkEntry(ns, type, display, SinkKind.Serialization, view, ImmutableArray.Create(methods), HttpResponsePhrase);

        private static SinkEntry Log(string ns, string type, string display, params string[] methods) =>
            new SinkEntry(ns, type, display, SinkKind.Log, DataView.Text, ImmutableArray.Create(methods));
    }
}
