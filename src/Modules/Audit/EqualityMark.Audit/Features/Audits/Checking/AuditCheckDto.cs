namespace EqualityMark.Audit.Features.Audits.Checking;

/// <summary>
/// What the co-ordinator sees before sending the audit: how complete it is, what stops it being sent (problems)
/// and what the team would like fixed but does not insist on (warnings). See docs/adr/0031.
/// </summary>
public sealed record AuditCheckDto(
    AuditSummaryDto Audit,
    IReadOnlyList<ProgressDto> Elements,
    IReadOnlyList<ProgressDto> Strands,
    int ReferenceGroupMembers,
    bool HasSeniorLeader,
    IReadOnlyList<CheckFindingDto> Problems,
    IReadOnlyList<CheckFindingDto> Warnings)
{
    public bool CanBeSent => Problems.Count == 0;
}

/// <param name="Key">A stable name for the rule, used as the API's error field.</param>
/// <param name="FixAt">The page where the co-ordinator can put it right.</param>
public sealed record CheckFindingDto(string Key, string Message, string FixAt);
