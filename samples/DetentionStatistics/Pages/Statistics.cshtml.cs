using DetentionStatistics.Model;
using DetentionStatistics.Roster;
using DetentionStatistics.Statistics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetentionStatistics.Pages;

/// <summary>The public statistics page: anyone can open it, so it may show counts and nothing that names a person.</summary>
public sealed class StatisticsModel(RosterStore roster) : PageModel
{
    public IReadOnlyList<FacilityCount> ByFacility { get; private set; } = [];

    public IReadOnlyList<string> PendingCases { get; private set; } = [];

    public void OnGet()
    {
        var records = roster.All();
        ByFacility = DetentionStatisticsCalculator.ByFacility(records);
#if LEAKS
        // MISTAKE (PA0002): a list added for a review meeting names the people awaiting a hearing, on a page
        // anyone can open. Statistics.cshtml renders it.
        PendingCases = records.Where(r => r.CaseStatus == "Pending hearing").Select(r => r.FullName).ToList();
#else
        // Fixed: the list shows pseudonymous case references, which identify no one outside the agency.
        PendingCases = records.Where(r => r.CaseStatus == "Pending hearing").Select(CaseReferences.Of).ToList();
#endif
    }
}
