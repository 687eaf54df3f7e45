using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Events.Features.Visits;

/// <summary>The start and end of a time an advisor can visit schools (one day in England).</summary>
internal interface IAvailabilityTimes
{
    DateTimeOffset? StartsAt { get; }

    DateTimeOffset? EndsAt { get; }
}

/// <summary>An advisor says when they can visit; only advisors with a time that covers a visit are assigned to it.</summary>
internal sealed record PublishAvailabilityCommand(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt) : ICommand<AvailabilityDto>, IAvailabilityTimes;

/// <summary>Moves one of the advisor's own times (administrators may change anyone's).</summary>
internal sealed record UpdateAvailabilityCommand(Guid SlotId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt) : ICommand<AvailabilityDto>, IAvailabilityTimes;

/// <summary>Takes one of the advisor's times away; visits already confirmed stay as they are.</summary>
internal sealed record RemoveAvailabilityCommand(Guid SlotId) : ICommand<Unit>;

internal sealed record GetAvailabilityQuery(Guid SlotId) : IQuery<AvailabilityDto>;

/// <summary>Every advisor's times from now on, soonest first.</summary>
internal sealed record ListAvailabilityQuery : IQuery<IReadOnlyList<AvailabilityDto>>;
