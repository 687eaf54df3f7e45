using EqualityMark.Accreditation.Contracts;
using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Audit.Contracts;

namespace EqualityMark.Accreditation.Features.Summaries;

public sealed record AccreditationHomeDto(
    Guid SchoolId, string SchoolName, bool IsCoordinator, IReadOnlyList<BadgeRowDto> Badges, AwardDto? Mark, string MarkRule, string ProgrammeName);

/// <summary>One badge on the school's task list: what it can do next (start, continue, read) and what it holds.</summary>
public sealed record BadgeRowDto(
    string StrandKey, string StrandName, Guid? SummaryId, SummaryStatus? Status, string StatusLabel, string StatusTag, AwardDto? Badge, bool CanStart, string? CannotStartReason);

public sealed record SummaryDetailsDto(
    Guid Id,
    Guid SchoolId,
    string SchoolName,
    string StrandKey,
    string StrandName,
    SummaryStatus Status,
    string StatusLabel,
    string StatusTag,
    string ActionsTaken,
    string OutcomesAchieved,
    string PupilVoice,
    int SentCount,
    uint RowVersion,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    DateTimeOffset? SentAt,
    SummaryPrefillDto Prefill,
    IReadOnlyList<SummaryDocumentDto> Documents,
    IReadOnlyList<SummaryVersionDto> Versions,
    IReadOnlyList<SummaryEntryDto> History,
    IReadOnlyList<ReadinessItemDto> Readiness,
    AwardDto? Award,
    bool CanEdit,
    bool CanRespond,
    bool CanDeskCheck,
    bool CanRecordOutcome)
{
    public bool Blocked => Readiness.Any(r => r.Blocks && !r.Met);
}

/// <summary>What the school's plan and audit already say about the strand: filled in for the school, never retyped.</summary>
public sealed record SummaryPrefillDto(
    IReadOnlyList<StrandObjectiveDto> Objectives, IReadOnlyList<StrandEvidenceFileDto> PlanEvidence, GridColumnDto? ThisYear, GridColumnDto? LastYear);

/// <summary>The strand's column of the summary grid for one academic year.</summary>
public sealed record GridColumnDto(int AcademicYear, string YearLabel, IReadOnlyList<GridColumnCellDto> Cells);

public sealed record GridColumnCellDto(string ElementName, Rating Rating)
{
    public string RatingLabel => Rating == Rating.NotAssessed ? "Not yet assessed" : Rating.ToString();
}

public sealed record SummaryDocumentDto(Guid Id, string FileName, long Size, string UploadedBy, DateTimeOffset UploadedAt, string DownloadPath);

/// <summary>A summary as it was sent, with what the plan showed then.</summary>
public sealed record SummaryVersionDto(
    int Number, string ActionsTaken, string OutcomesAchieved, string PupilVoice, SummaryPrefillDto Prefill, IReadOnlyList<SummaryDocumentDto> Documents, DateTimeOffset SentAt, string SentBy);

public sealed record SummaryEntryDto(int Version, string What, string Author, string Text, string? NextSteps, DateTimeOffset At);

/// <summary>One line of the readiness check: met or not, and whether it stops the summary being sent or is only advice.</summary>
public sealed record ReadinessItemDto(string Text, bool Met, bool Blocks);
