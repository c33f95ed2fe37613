using PolicyAnalyzers.Shared;

namespace PolicyAnalyzers.DataFiles.Detection;

/// <summary>What a window of a table's values shows (<see cref="ColumnValueProfiler"/>).</summary>
/// <param name="Kinds">The kinds the values show, by column, or null when they identify nobody.</param>
/// <param name="HeaderIsData">The header row holds values like its column's: it is the table's first record, not its header.</param>
/// <param name="LooksClean">
/// Only numbers and short codes ("M", "USA"): nothing that names, identifies or describes a person. The one shape of
/// sample that settles a table without reading the rest.
/// </param>
internal sealed record ValueProfile(FieldKind[]? Kinds, bool HeaderIsData, bool LooksClean)
{
    /// <summary>A window without any value.</summary>
    public static ValueProfile Clean { get; } = new(null, HeaderIsData: false, LooksClean: true);

    public bool IdentifiesPeople => Kinds is not null;
}
