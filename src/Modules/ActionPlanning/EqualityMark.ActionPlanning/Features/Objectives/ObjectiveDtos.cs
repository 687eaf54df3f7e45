using EqualityMark.ActionPlanning.Features.Actions;

namespace EqualityMark.ActionPlanning.Features.Objectives;

/// <summary>A grid cell with the names people read.</summary>
internal sealed record CellDto(string ElementKey, string ElementName, string StrandKey, string StrandName)
{
    public string Label => $"{ElementName} – {StrandName}";
}

internal sealed record ObjectiveSummaryDto(
    Guid Id,
    int AcademicYear,
    string Title,
    IReadOnlyList<CellDto> Cells,
    string? SipReference,
    string? SipPriority,
    string SuccessCriteria,
    DateOnly ReviewOn,
    bool IsPublishedObjective,
    IReadOnlyList<ActionRowDto> Actions,
    int ImpactCount);

internal sealed record ImpactDto(Guid Id, string WhatChanged, string StrandKey, string StrandName, string Group, string? Measure, string? Before, string? After, string RecordedBy, DateTimeOffset RecordedAt);

internal sealed record EvidenceDto(Guid Id, string FileName, string ContentType, long Size, string UploadedBy, DateTimeOffset UploadedAt)
{
    public string DownloadPath => $"/api/v1/action-plan/evidence/{Id}";
}

internal sealed record ObjectiveDetailsDto(
    ObjectiveSummaryDto Objective,
    Guid SchoolId,
    string SchoolName,
    uint Version,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string? UpdatedBy,
    IReadOnlyList<ImpactDto> Impacts,
    IReadOnlyList<EvidenceDto> Evidence,
    IReadOnlyList<Plans.CommentDto> Comments,
    bool CanEdit,
    bool CanComment);
