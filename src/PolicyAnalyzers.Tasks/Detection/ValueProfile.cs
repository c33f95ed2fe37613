using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Detection;

/// <summary>What a window of a table's values shows (<see cref="ColumnValueProfiler"/>).</summary>
internal sealed class ValueProfile
{
    public ValueProfile(FieldKind[]? kinds, bool headerIsData, bool looksClean)
    {
        Kinds = kinds;
        HeaderIsData = headerIsData;
        LooksClean = looksClean;
    }

    /// <summary>A window without any value.</summary>
    public static ValueProfile Clean { get; } = new(null, headerIsData: false, looksClean: true);

    /// <summary>The kinds the values show, by column, or null when they identify nobody.</summary>
    public FieldKind[]? Kinds { get; }

    public bool IdentifiesPeople => Kinds is not null;

    /// <summary>The header row holds values like its column's: it is the table's first record, not its header.</summary>
    public bool HeaderIsData { get; }

    /// <summary>
    /// Only numbers and short codes ("M", "USA"): nothing that names, identifies or describes a person. The one
    /// shape of sample that settles a table without reading the rest.
    /// </summary>
    public bool LooksClean { get; }
}
