using PolicyAnalyzers;

namespace DetentionStatistics.Model;

/// <summary>
/// One person held in detention. The statistics page is computed from these records; the records themselves must
/// never be published. Marking the type protects every instance and every value read from it.
/// </summary>
[ProtectedData("detainee")]
public sealed record DetentionRecord(
    string ANumber,
    string FullName,
    DateOnly DateOfBirth,
    string Nationality,
    string Facility,
    string CaseStatus);
