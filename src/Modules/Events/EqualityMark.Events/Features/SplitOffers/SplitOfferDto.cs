using EqualityMark.Events.Contracts;
using EqualityMark.Events.Features.Meetings;

namespace EqualityMark.Events.Features.SplitOffers;

/// <summary>An offer and the group it was made to; <paramref name="PlacesFree"/> is what can be taken now while it is open.</summary>
public sealed record SplitOfferDto(
    Guid Id, Guid MeetingId, string MeetingTitle, DateTimeOffset MeetingStartsAt, Guid SchoolId, string SchoolName, SplitOfferStatus Status,
    int PlacesFree, int PlacesTaken, IReadOnlyList<BookingDto> Group, DateTimeOffset OfferedAt, DateTimeOffset? DecidedAt, string? DecidedBy)
{
    public IReadOnlyList<BookingDto> Waiting => Group.Where(b => b.Status == BookingStatus.Waitlisted).ToList();
}
