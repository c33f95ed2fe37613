namespace PolicyAnalyzers.Policy;

/// <summary>The names policy rows give the views (<c>view=json</c>).</summary>
internal static class DataViews
{
    public static bool TryParse(string name, out DataView view)
    {
        switch (name)
        {
            case "text":
                view = DataView.Text;
                return true;
            case "json":
                view = DataView.SystemTextJson;
                return true;
            case "newtonsoft":
                view = DataView.NewtonsoftJson;
                return true;
            case "xml":
                view = DataView.Xml;
                return true;
            case "datacontract":
                view = DataView.DataContract;
                return true;
            case "csv":
                view = DataView.Tabular;
                return true;
            case "spreadsheet":
                view = DataView.Spreadsheet;
                return true;
            case "mvc":
                view = DataView.MvcResponse;
                return true;
            default:
                view = DataView.Text;
                return false;
        }
    }
}
