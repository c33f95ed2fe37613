namespace PolicyAnalyzers.Policy;

/// <summary>Where data leaves the application; each kind has its own diagnostic.</summary>
internal enum SinkKind
{
    /// <summary>PA0001: files, streams, writers, spreadsheets, HTTP uploads, [ExportSink].</summary>
    Export,

    /// <summary>PA0002: JSON/XML serializers, SignalR: published whoever reads them.</summary>
    Serialization,

    /// <summary>
    /// What an endpoint or a page sends to whoever requests it: HTTP responses, rendered views, Razor Pages and
    /// components. PA0002 when anonymous visitors can reach it (or that cannot be decided), PA0007 when only
    /// signed-in users can.
    /// </summary>
    Response,

    /// <summary>PA0003: ILogger, Console, Debug/Trace, exception messages.</summary>
    Log,
}
