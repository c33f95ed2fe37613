using DetentionStatistics.Model;
using DetentionStatistics.Roster;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetentionStatistics.Pages.Staff;

/// <summary>
/// Case workers' page: it shows the roster, as their work needs, to signed-in case workers only. Not a leak, so not
/// a warning: PA0007 lists it in the inventory of disclosures, where the data protection officer reviews who sees what.
/// </summary>
[Authorize(Policy = "CaseWorker")]
public sealed class CaseloadModel(RosterStore roster) : PageModel
{
    public IReadOnlyList<DetentionRecord> Records { get; private set; } = [];

    public void OnGet() => Records = roster.All();
}
