
namespace PolicyAnalyzers.Policy;

/// <summary>One API through which data leaves, as the diagnostics name it.</summary>
internal sealed class Sink
{
    private readonly string _phrase;

    public Sink(SinkKind kind, string name, DataView view, string? phrase = null, bool writesPage = false, Audience? audience = null)
    {
        Kind = kind;
        Name = name;
        View = view;
        WritesPage = writesPage;
        Audience = audience;
        _phrase = phrase ?? DefaultPhrase(kind);
    }

    /// <summary>For an endpoint's or a page's response: who can reach it; null when the code around decides (Ok(...) in an action).</summary>
    public Audience? Audience { get; }

    public SinkKind Kind { get; }

    /// <summary>True for what writes into the HTML of the page it is called from (Razor's Write, a component's AddContent).</summary>
    public bool WritesPage { get; }

    /// <summary>How the diagnostic names it: "File.WriteAllText", "ILogger.LogInformation".</summary>
    public string Name { get; }

    /// <summary>How the sink renders objects, which decides which of their members leak.</summary>
    public DataView View { get; }

    /// <summary>The end of a diagnostic message: "the export 'File.WriteAllText' through 'RosterExport.Save'".</summary>
    public string Describe(string? throughHelper)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, _phrase, Name);
        return throughHelper is null ? text : text + " through '" + throughHelper + "'";
    }

    public override string ToString() => Name;

    private static string DefaultPhrase(SinkKind kind) => kind switch
    {
        SinkKind.Export => "the export '{0}'",
        SinkKind.Serialization => "the serializer '{0}'",
        SinkKind.Response => "the HTTP response '{0}'",
        _ => "the log '{0}'",
    };
}
