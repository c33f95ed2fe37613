namespace PolicyAnalyzers.Policy
{
    /// <summary>Where data leaves the application; each kind has its own diagnostic.</summary>
    internal enum SinkKind
    {
        /// <summary>PA0001: files, streams, writers, spreadsheets, HTTP uploads, [ExportSink].</summary>
        Export,

        /// <summary>PA0002: JSON/XML serializers and HTTP responses.</summary>
        Serialization,

        /// <summary>PA0003: ILogger, Console, Debug/Trace, exception messages.</summary>
        Log,
    }
}
