using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.ActionPlanning.Features.Actions;

internal sealed record GetActionQuery(Guid ActionId) : IQuery<ActionDetailsDto>;

/// <summary>Adds an action to an objective; the owner (a person of the school) is told by email — this is how the co-ordinator delegates.</summary>
internal sealed record AddActionCommand(
    Guid ObjectiveId, string Description, Guid? OwnerUserId, DateOnly? StartOn, DateOnly? DueOn, string? Resources, decimal? Cost) : ICommand<ActionDetailsDto>;

internal sealed record UpdateActionCommand(
    Guid ActionId, uint ExpectedVersion, string Description, Guid? OwnerUserId, DateOnly? StartOn, DateOnly? DueOn, string? Resources, decimal? Cost)
    : ICommand<ActionDetailsDto>;

/// <summary>A dated progress note; it may move the status and the RAG rating. Dropping needs a reason.</summary>
internal sealed record RecordProgressCommand(
    Guid ActionId, uint ExpectedVersion, ActionStatus? Status, ProgressRating? Progress, string? DroppedReason, string Note) : ICommand<ActionDetailsDto>;

internal sealed record DeleteActionCommand(Guid ActionId) : ICommand<Unit>;
