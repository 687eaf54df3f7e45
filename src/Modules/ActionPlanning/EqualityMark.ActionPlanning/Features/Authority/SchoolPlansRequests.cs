using EqualityMark.Shared.Messaging;

namespace EqualityMark.ActionPlanning.Features.Authority;

/// <summary>Every school's plan this year for the authority's team, a page of schools at a time.</summary>
internal sealed record GetSchoolPlansQuery(int Page = 1) : IQuery<SchoolPlansDto>;

internal sealed record SchoolPlansDto(
    int AcademicYear,
    IReadOnlyList<SchoolPlanRowDto> Schools,
    int Page,
    int PageCount,
    int TotalSchools,
    IReadOnlyList<StrandCountDto> ObjectivesByStrand,
    IReadOnlyList<OverdueActionDto> Overdue,
    int OverdueTotal,
    IReadOnlyList<SchoolRefDto> AuditSentNoPlan);

internal sealed record SchoolPlanRowDto(Guid SchoolId, string SchoolName, string Urn, bool HasPlan, int Objectives, int OpenActions, int OverdueActions, DateTimeOffset? LastUpdatedAt);

internal sealed record StrandCountDto(string StrandKey, string StrandName, int Objectives, int Schools);

internal sealed record OverdueActionDto(Guid ActionId, Guid SchoolId, string SchoolName, string Description, string OwnerName, DateOnly DueOn);

internal sealed record SchoolRefDto(Guid SchoolId, string SchoolName);
