using System.Text;
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

        var statistics = new StringBuilder("Facility,Detained\n");
        foreach (var row in byFacility)
        {
            statistics.AppendLine($"{row.Facility},{row.Detained}");
        }

        WebRootFiles.Write(environment, "detention-statistics.csv", statistics.ToString());

#if LEAKS
        // MISTAKE (PA0001): the update also builds the whole roster, line by line, and hands it to the same helper that
        // writes into wwwroot, where the site serves it to anyone. This is the incident PolicyAnalyzers exists to stop.
        var export = new StringBuilder("A-Number,Full Name,Date of Birth,Nationality,Facility,Case Status\n");
        foreach (var record in records)
        {
            export.AppendLine($"{record.ANumber},{record.FullName},{record.DateOfBirth:yyyy-MM-dd},{record.Nationality},{record.Facility},{record.CaseStatus}");
        }

        WebRootFiles.Write(environment, "roster-export.csv", export.ToString());

        // MISTAKE (PA0003): a log line with a person's name. Logs are copied, shipped and kept for years.
        logger.LogInformation("Published statistics; first detainee on the roster is {Name}", records[0].FullName);
#else
        // Fixed: the roster is not exported, and logs carry a pseudonymous case reference from a [Declassifier].
        logger.LogInformation("Published statistics; roster starts with case {CaseReference}", CaseReferences.Of(records[0]));
#endif

        logger.LogInformation("Published statistics for {Facilities} facilities and {People} people", byFacility.Count, records.Count);
    }
}
