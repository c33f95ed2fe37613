using DetentionStatistics.Model;

namespace DetentionStatistics.Roster;

/// <summary>The agency's roster. A real system reads it from the case database; the people here are invented.</summary>
public sealed class RosterStore
{
    private readonly List<DetentionRecord> _records =
    [
        new("A012345678", "Maria Elena Gomez", new DateOnly(1991, 3, 14), "Guatemala", "Northwest Processing Center", "Pending hearing"),
        new("A023456789", "Jean-Baptiste Mbala", new DateOnly(1985, 11, 2), "Cameroon", "Northwest Processing Center", "Appeal filed"),
        new("A034567890", "Ahmad Karimi", new DateOnly(1999, 7, 21), "Afghanistan", "Southern Detention Facility", "Credible fear review"),
        new("A045678901", "Olena Kovalenko", new DateOnly(1978, 1, 30), "Ukraine", "Southern Detention Facility", "Pending hearing"),
        new("A056789012", "Luis Alberto Rivas", new DateOnly(2001, 5, 9), "El Salvador", "Eastern Holding Center", "Removal ordered"),
    ];

    public IReadOnlyList<DetentionRecord> All() => _records;

    public Task<List<DetentionRecord>> AllAsync() => Task.FromResult(_records.ToList());
}
