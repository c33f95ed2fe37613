using DetentionStatistics.Model;
using DetentionStatistics.Roster;
using DetentionStatistics.Statistics;
using Microsoft.AspNetCore.Mvc;

namespace DetentionStatistics.Controllers;

[ApiController]
[Route("api/detainees")]
public sealed class DetaineesController(RosterStore roster) : ControllerBase
{
    /// <summary>How many people each facility holds: what the public API is for.</summary>
    [HttpGet("by-facility")]
    public ActionResult<IReadOnlyList<FacilityCount>> ByFacility() => Ok(DetentionStatisticsCalculator.ByFacility(roster.All()));

#if LEAKS
    // MISTAKE (PA0002): a public API action that returns the records themselves.
    [HttpGet]
    public async Task<ActionResult<List<DetentionRecord>>> GetAll() => await roster.AllAsync();
#endif
}
