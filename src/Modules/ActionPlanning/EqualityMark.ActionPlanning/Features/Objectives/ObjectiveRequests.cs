using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.ActionPlanning.Features.Objectives;

internal sealed record GetObjectiveQuery(Guid ObjectiveId) : IQuery<ObjectiveDetailsDto>;

/// <summary>A new objective for the school's plan. Cells are "elementKey:strandKey" of the school's summary grid.</summary>
internal sealed record CreateObjectiveCommand(
    Guid SchoolId, int? AcademicYear, string Title, IReadOnlyList<GridCellRefDto>? Cells, string? SipReference, string? SipPriority,
    string SuccessCriteria, DateOnly? ReviewOn, bool IsPublishedObjective) : ICommand<ObjectiveDetailsDto>;

/// <summary>Changes an objective if nobody else saved it since <see cref="ExpectedVersion"/>; otherwise 409 with theirs.</summary>
internal sealed record UpdateObjectiveCommand(
    Guid ObjectiveId, uint ExpectedVersion, string Title, IReadOnlyList<GridCellRefDto>? Cells, string? SipReference, string? SipPriority,
    string SuccessCriteria, DateOnly? ReviewOn, bool IsPublishedObjective) : ICommand<ObjectiveDetailsDto>;

internal sealed record DeleteObjectiveCommand(Guid ObjectiveId) : ICommand<Unit>;

internal sealed record RecordImpactCommand(
    Guid ObjectiveId, string WhatChanged, string StrandKey, string Group, string? Measure, string? Before, string? After) : ICommand<ImpactDto>;
