using System.Globalization;

namespace EqualityMark.ScaleData;

/// <summary>
/// Termly network meetings for last year and this (most of the authority's subscribed schools booked, two places
/// each, attendance recorded once past) and an annual visit per subscribed school: last year's done, this year's
/// requested or confirmed with the authority's advisor.
/// </summary>
public sealed class EventRows(Guid tenant, ProgrammeFacts facts, ScaleOptions options, Random random)
{
    private static readonly (string Term, int Month)[] Terms = [("Autumn", 10), ("Spring", 2), ("Summer", 6)];

    private readonly BinaryCopy _meetings = new("events.network_meetings", "id", "tenant_id", "term", "title", "agenda", "starts_at", "ends_at", "venue",
        "online_link", "capacity", "booking_deadline", "materials", "created_at");

    private readonly BinaryCopy _bookings = new("events.meeting_bookings", "id", "tenant_id", "meeting_id", "group_id", "school_id", "school_name",
        "attendee_name", "attendee_email", "school_allowance", "status", "attendance", "created_at");

    private readonly BinaryCopy _visits = new("events.visits", "id", "tenant_id", "school_id", "school_name", "kind", "status", "focus", "badges_to_verify",
        "proposed_dates", "advisor_id", "advisor_name", "starts_at", "ends_at", "requested_at", "confirmed_at");

    public IEnumerable<BinaryCopy> For(IReadOnlyList<GeneratedSchool> schools)
    {
        var subscribed = schools.Where(s => s.Subscribed).ToList();
        var now = new DateTimeOffset(options.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var year in new[] { options.AcademicYear - 1, options.AcademicYear })
        {
            foreach (var (term, month) in Terms)
            {
                AddMeeting(subscribed, term, new DateTimeOffset(month >= 9 ? year : year + 1, month, 12, 13, 30, 0, TimeSpan.Zero), now);
            }
        }

        foreach (var school in subscribed)
        {
            if (school.SubscribedLastYear)
            {
                AddVisit(school, new DateTimeOffset(options.AcademicYear, 3, 1, 9, 30, 0, TimeSpan.Zero).AddDays(random.Next(0, 90)), "Completed");
            }

            AddVisit(school, new DateTimeOffset(options.AcademicYear + 1, 1, 10, 9, 30, 0, TimeSpan.Zero).AddDays(random.Next(0, 150)),
                random.NextDouble() < 0.5 ? "Confirmed" : "Requested");
        }

        return [_meetings, _bookings, _visits];
    }

    private void AddMeeting(List<GeneratedSchool> schools, string term, DateTimeOffset starts, DateTimeOffset now)
    {
        var id = Ids.From(random);
        var capacity = Math.Max(40, schools.Count * 2);
        var label = string.Create(CultureInfo.InvariantCulture, $"{term} {starts.Year}");
        _meetings.Add(id, tenant, label, "Equality co-ordinators' network meeting", "Updates, sharing practice and the next steps.", starts,
            starts.AddHours(2), "County Hall", string.Empty, capacity, starts.AddDays(-7), string.Empty, starts.AddDays(-60));
        foreach (var school in schools.Where(_ => random.NextDouble() < 0.6))
        {
            _bookings.Add(Ids.From(random), tenant, id, Ids.From(random), school.Id, school.Name, school.CoordinatorName, school.CoordinatorEmail, 2,
                "Booked", starts < now ? (random.NextDouble() < 0.9 ? "Attended" : "Apologies") : null, starts.AddDays(-random.Next(8, 50)));
        }
    }

    private void AddVisit(GeneratedSchool school, DateTimeOffset starts, string status)
    {
        var confirmed = status != "Requested";
        var requested = starts.AddDays(-random.Next(20, 60));
        _visits.Add(Ids.From(random), tenant, school.Id, school.Name, "Annual", status, "Annual advisory visit: the audit and the action plan.",
            string.Empty, starts.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), confirmed ? facts.Advisor.Id : null,
            confirmed ? facts.Advisor.Name : null, confirmed ? starts : null, confirmed ? starts.AddHours(3) : null, requested,
            confirmed ? requested.AddDays(5) : null);
    }
}
