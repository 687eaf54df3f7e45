using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Features.Objectives;

namespace EqualityMark.ActionPlanning.Features.Actions;

internal sealed record ActionRowDto(
    Guid Id, Guid ObjectiveId, string ObjectiveTitle, string Description, string OwnerName, DateOnly StartOn, DateOnly DueOn,
    ActionStatus Status, ProgressRating? Progress, bool IsOverdue);

internal sealed record ProgressNoteDto(Guid Id, string Text, string Changes, string WrittenBy, DateTimeOffset WrittenAt);

internal sealed record ActionDetailsDto(
    Guid Id,
    Guid ObjectiveId,
    string ObjectiveTitle,
    Guid SchoolId,
    string Description,
    Guid? OwnerUserId,
    string OwnerName,
    DateOnly StartOn,
    DateOnly DueOn,
    string? Resources,
    int? CostPence,
    ActionStatus Status,
    string? DroppedReason,
    ProgressRating? Progress,
    DateOnly? CompletedOn,
    bool IsOverdue,
    uint Version,
    DateTimeOffset UpdatedAt,
    string? UpdatedBy,
    IReadOnlyList<ProgressNoteDto> Notes,
    IReadOnlyList<EvidenceDto> Evidence,
    bool CanUpdate,
    bool CanEdit);
