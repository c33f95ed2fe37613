using DetentionStatistics.Model;
using DetentionStatistics.Roster;
using DetentionStatistics.Statistics;

namespace DetentionStatistics.Publishing;

/// <summary>The routine update of the detention-statistics page: writes the published CSV into wwwroot.</summary>
public sealed class StatisticsPublisher(RosterStore roster, IWebHostEnvironment environment, ILogger<StatisticsPublisher> logger)
{
    public void Publish()
    {
        var records = roster.All();
        var byFacility = DetentionStatisticsCalculator.ByFacility(records);

        using (var statistics = new StreamWriter(Path.Combine(environment.WebRootPath, "data", "detention-statistics.csv")))
        {
            statistics.WriteLine("Facility,Detained");
            foreach (var row in byFacility)
            {
                statistics.WriteLine($"{row.Facility},{row.Detained}");
            }
        }

#if LEAKS
        // MISTAKE (PA0001): the update also writes the whole roster next to the statistics, into wwwroot, where the
        // site serves it to anyone. This is the incident PolicyAnalyzers exists to stop.
        using (var export = new StreamWriter(Path.Combine(environment.WebRootPath, "data", "roster-export.csv")))
        {
            export.WriteLine("A-Number,Full Name,Date of Birth,Nationality,Facility,Case Status");
            foreach (var record in records)
            {
                export.WriteLine($"{record.ANumber},{record.FullName},{record.DateOfBirth:yyyy-MM-dd},{record.Nationality},{record.Facility},{record.CaseStatus}");
            }
        }

        // MISTAKE (PA0003): a log line with a person's name. Logs are copied, shipped and kept for years.
        logger.LogInformation("Published statistics; first detainee on the roster is {Name}", records[0].FullName);
#else
        // Fixed: the roster is not exported, and logs carry a pseudonymous case reference from a [Declassifier].
        logger.LogInformation("Published statistics; roster starts with case {CaseReference}", CaseReferences.Of(records[0]));
#endif

        logger.LogInformation("Published statistics for {Facilities} facilities and {People} people", byFacility.Count, records.Count);
    }
}
