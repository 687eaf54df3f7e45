using System.Text.RegularExpressions;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Shared.Paging;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Meetings;

/// <summary>
/// The places <see cref="Shared.BookingRules.MaySee"/> allows, filtered in the database: the authority's team every
/// school's, school users their own school's, a reference group member only the places booked for them.
/// </summary>
internal sealed class ListMeetingBookingsHandler(EventsDbContext db, ICurrentUser user) : IRequestHandler<ListMeetingBookingsQuery, PagedList<BookingDto>>
{
    public async Task<PagedList<BookingDto>> Handle(ListMeetingBookingsQuery request, CancellationToken cancellationToken)
    {
        var bookings = await MeetingPlaces.NotCancelledAsync(db, request.MeetingId, cancellationToken);
        if (!user.IsAuthorityStaff)
        {
            var school = user.SchoolId ?? Guid.Empty;
            bookings = bookings.Where(b => b.SchoolId == school);
        }

        if (user.Role == Roles.SchoolMember)
        {
            var exactly = LikeEscape.Replace(user.Email ?? string.Empty, @"\$0");
            bookings = bookings.Where(b => EF.Functions.ILike(b.AttendeeEmail, exactly, @"\"));
        }

        var page = await bookings.InListOrder()
            .ToPagedListAsync(request.Page, ListMeetingBookingsQuery.PageSize, cancellationToken);
        return page.Map(MeetingMapping.ToDto);
    }

    /// <summary>The email as an ILIKE pattern matching only itself, case aside (as <see cref="Shared.BookingRules.IsFor"/>).</summary>
    private static readonly Regex LikeEscape = new(@"[\\%_]", RegexOptions.Compiled);
}
