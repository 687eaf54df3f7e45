using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Features.Meetings;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Visits;

/// <summary>
/// A school's visits (one query) and meeting places (one query) for the school's one view.
/// Staff see any school of their authority, school users only their own: anything else is not found.
/// </summary>
internal sealed class SchoolEventsSummaryHandler(EventsDbContext db, EventsAccess access) :
    IRequestHandler<GetSchoolEventsSummaryQuery, SchoolEventsSummaryDto>
{
    public async Task<SchoolEventsSummaryDto> Handle(GetSchoolEventsSummaryQuery request, CancellationToken cancellationToken)
    {
        access.User.EnsureCanSeeSchool(request.SchoolId);

        var visits = await db.Visits.AsNoTracking().Where(v => v.SchoolId == request.SchoolId)
            .OrderByDescending(v => v.StartsAt ?? v.RequestedAt).ToListAsync(cancellationToken);
        var places = await SchoolAttendanceHandler.ReadAsync(db, request.SchoolId, cancellationToken);
        var timeline = visits.Select(v => TimelineEntry.At(v.RequestedAt, $"{VisitKinds.Name(v.Kind)} requested"))
            .Concat(visits.Where(v => v.Status == VisitStatus.Completed && v.StartsAt is not null)
                .Select(v => TimelineEntry.At(v.StartsAt!.Value, $"{VisitKinds.Name(v.Kind)} held{(v.AdvisorName is null ? string.Empty : " with " + v.AdvisorName)}")))
            .Concat(places.Where(p => p.Attendance == SchoolAttendanceHandler.AttendanceName(Attendance.Attended))
                .Select(p => TimelineEntry.At(p.StartsAt, $"{p.AttendeeName} attended {p.Title}")))
            .ToList();
        return new SchoolEventsSummaryDto(
            visits.ConvertAll(v => new SchoolVisitDto(v.Id, VisitKinds.Name(v.Kind), v.Status, StatusLabel(v.Status), v.StartsAt, v.AdvisorName)),
            places.Select(p => new SchoolMeetingPlaceDto(p.MeetingId, p.Title, p.StartsAt, p.AttendeeName, p.Place, p.Attendance)).ToList(),
            timeline);
    }

    private static string StatusLabel(VisitStatus status) => status switch
    {
        VisitStatus.Requested => "Requested",
        VisitStatus.Confirmed => "Confirmed",
        VisitStatus.Completed => "Held",
        _ => "Cancelled",
    };
}
