using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Features.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Meetings;

internal sealed class SchoolAttendanceHandler(EventsDbContext db, EventsAccess access) : IRequestHandler<SchoolAttendanceQuery, IReadOnlyList<SchoolAttendanceDto>>
{
    public Task<IReadOnlyList<SchoolAttendanceDto>> Handle(SchoolAttendanceQuery request, CancellationToken cancellationToken) =>
        ReadAsync(db, access.OwnSchool, cancellationToken);

    /// <summary>A school's meeting places (not cancelled), newest meeting first, in one query.</summary>
    public static async Task<IReadOnlyList<SchoolAttendanceDto>> ReadAsync(EventsDbContext db, Guid schoolId, CancellationToken cancellationToken)
    {
        var rows = await (from b in db.Bookings
                          join m in db.Meetings on b.MeetingId equals m.Id
                          where b.SchoolId == schoolId && b.Status != BookingStatus.Cancelled
                          orderby m.StartsAt descending
                          select new { m.Id, m.Title, m.StartsAt, b.AttendeeName, b.Status, b.Attendance }).AsNoTracking().ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new SchoolAttendanceDto(r.Id, r.Title, r.StartsAt, r.AttendeeName,
            BookingLabels.Status(r.Status), r.Attendance is { } a ? BookingLabels.Attendance(a) : null));
    }

    public static string AttendanceName(Attendance attendance) => BookingLabels.Attendance(attendance);
}
