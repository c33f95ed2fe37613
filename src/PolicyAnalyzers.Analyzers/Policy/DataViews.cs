namespace PolicyAnalyzers.Policy;

/// <summary>The names policy rows give the views (<c>view=json</c>).</summary>
internal static class DataViews
{
    public static bool TryParse(string name, out DataView view)
    {
        DataView? named = name switch
        {
            "text" => DataView.Text,
            "json" => DataView.SystemTextJson,
            "newtonsoft" => DataView.NewtonsoftJson,
            "xml" => DataView.Xml,
            "datacontract" => DataView.DataContract,
            "csv" => DataView.Tabular,
            "spreadsheet" => DataView.Spreadsheet,
            "mvc" => DataView.MvcResponse,
            "template" => DataView.Template,
            _ => null,
        };
        view = named ?? DataView.Text;
        return named is not null;
    }
}
