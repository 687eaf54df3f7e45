using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.Paging;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>
/// One page of a meeting's places (booked and waiting, not cancelled) that the current user may see, by school, then
/// representative, then id; counted and paged in the database.
/// </summary>
internal sealed record ListMeetingBookingsQuery(Guid MeetingId, int Page) : IQuery<PagedList<BookingDto>>
{
    public const int PageSize = 50;
}
