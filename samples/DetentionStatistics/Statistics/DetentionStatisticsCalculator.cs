using DetentionStatistics.Model;

namespace DetentionStatistics.Statistics;

public sealed record FacilityCount(string Facility, int Detained);

public sealed record NationalityCount(string Nationality, int Detained);

public sealed record StatisticsSummary(int TotalDetained, IReadOnlyList<FacilityCount> ByFacility, IReadOnlyList<NationalityCount> ByNationality);

/// <summary>The statistics page's job: counts, never people. Aggregates of protected records are not protected.</summary>
public static class DetentionStatisticsCalculator
{
    public static StatisticsSummary Summarize(IReadOnlyList<DetentionRecord> records) =>
        new(records.Count, ByFacility(records), ByNationality(records));

    public static IReadOnlyList<FacilityCount> ByFacility(IEnumerable<DetentionRecord> records) =>
        records.GroupBy(record => record.Facility)
            .Select(group => new FacilityCount(group.Key, group.Count()))
            .OrderBy(count => count.Facility)
            .ToList();

    public static IReadOnlyList<NationalityCount> ByNationality(IEnumerable<DetentionRecord> records) =>
        records.GroupBy(record => record.Nationality)
            .Select(group => new NationalityCount(group.Key, group.Count()))
            .OrderByDescending(count => count.Detained)
            .ToList();
}
