using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Security;
using MediatR;

namespace EqualityMark.Events.Features.DataExport;

/// <summary>
/// Meeting places booked, offers, visits and visit records; for the authority also its meetings, advisors'
/// availability and settings. Calendar feeds are access links, not data, and are never exported.
/// </summary>
internal sealed class ExportEventsDataHandler(EventsDbContext db, ICurrentUser user) : IRequestHandler<ExportEventsDataQuery, DataExportPart>
{
    public async Task<DataExportPart> Handle(ExportEventsDataQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanExport(request.SchoolId);
        var export = new DataExportBuilder(db, "events");
        var school = request.SchoolId;
        var visits = db.Visits.Where(v => school == null || v.SchoolId == school);
        if (school is null)
        {
            await export.AddTableAsync("meetings", db.Meetings.OrderBy(m => m.StartsAt), cancellationToken);
        }

        await export.AddTableAsync("meeting-bookings", db.Bookings.Where(b => school == null || b.SchoolId == school).OrderBy(b => b.CreatedAt), cancellationToken);
        await export.AddTableAsync("meeting-place-offers", db.SplitOffers.Where(o => school == null || o.SchoolId == school), cancellationToken);
        await export.AddTableAsync("visits", visits.OrderBy(v => v.RequestedAt), cancellationToken);
        await export.AddTableAsync("visit-records", db.VisitRecordEntries.Where(e => visits.Any(v => v.Id == e.VisitId)).OrderBy(e => e.WrittenAt), cancellationToken);
        if (school is null)
        {
            await export.AddTableAsync("advisor-availability", db.AvailabilitySlots.OrderBy(s => s.StartsAt), cancellationToken);
            await export.AddTableAsync("settings", db.Settings, cancellationToken);
        }

        return export.Build();
    }
}
