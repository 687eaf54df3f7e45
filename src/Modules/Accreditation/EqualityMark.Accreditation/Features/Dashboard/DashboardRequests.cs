using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Accreditation.Features.Dashboard;

/// <summary>The authority's accreditation at a glance: a page of schools (optionally of one phase) against every badge and the Mark.</summary>
internal sealed record GetAccreditationDashboardQuery(int Page = 1, SchoolPhase? Phase = null) : IQuery<AccreditationDashboardDto>;

/// <summary>Figures are words: a count, or "not shown" when it is below the threshold or would reveal one that is.</summary>
internal sealed record AccreditationDashboardDto(
    int Threshold,
    IReadOnlyList<BadgeFigureDto> BadgeHolders,
    string MarkHolders,
    string AwaitingDeskCheck,
    IReadOnlyList<DashboardRowDto> Schools,
    int Page,
    int PageCount,
    int TotalSchools,
    SchoolPhase? Phase);

internal sealed record BadgeFigureDto(string StrandKey, string StrandName, string Schools);

internal sealed record DashboardRowDto(Guid SchoolId, string SchoolName, string Urn, string Phase, IReadOnlyList<DashboardCellDto> Badges, DashboardCellDto Mark);

internal sealed record DashboardCellDto(string? StrandKey, DashboardCellState State, string Label, DateOnly? ExpiresOn);
