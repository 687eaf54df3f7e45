using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Reminders;

/// <summary>
/// Daily, per authority: the annual audit is due; delegated parts are not complete before a visit; the audit
/// has not been sent to the team before a visit. The audit-due reminder goes only to schools that may use their package
/// today — a subscription in force, a renewal within its terms, or an ended year in its grace (Subscriptions decides, ADR
/// 0019); a school that never subscribed or has lapsed is not asked for an audit. Each reminder is recorded under a unique key
/// (kind, subject, period) in the same transaction as its email, so a second run or node sends nothing twice.
/// </summary>
internal sealed class RunAuditRemindersHandler(
    AuditDbContext db,
    IMediator mediator,
    IEnumerable<INextVisitProvider> visits,
    IEmailOutbox outbox,
    ITenantContext tenant,
    TimeProvider clock) : IRequestHandler<RunAuditRemindersCommand, Unit>
{
    public async Task<Unit> Handle(RunAuditRemindersCommand request, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new AuditSettings();
        var today = UkTime.Today(clock);
        var year = AcademicYear.For(today);
        var auditDue = today.Month == settings.AuditDueMonth;
        var nextVisits = await NextVisitsAsync(cancellationToken);
        var remindBefore = Math.Max(settings.SubmissionReminderDays, settings.DelegationReminderDays);
        if (!auditDue && !nextVisits.Values.Any(date => date >= today && date.DayNumber - today.DayNumber <= remindBefore))
        {
            return Unit.Value; // most nights: no school's audit is due and no visit is near
        }

        var audits = await db.Audits.AsNoTracking().Where(a => a.AcademicYear == year).ToDictionaryAsync(a => a.SchoolId, cancellationToken);
        var auditIds = audits.Values.Select(a => a.Id).ToList();
        var openDelegations = (await db.Delegations.AsNoTracking().Where(d => auditIds.Contains(d.AuditId) && d.CompletedAt == null)
            .ToListAsync(cancellationToken)).ToLookup(d => d.AuditId);
        var peopleBySchool = (await mediator.Send(new ListPeopleQuery(), cancellationToken)).ToLookup(p => p.SchoolId);
        var withAccess = auditDue ? (await mediator.Send(new ListSchoolsWithAccessQuery(), cancellationToken)).ToHashSet() : [];
        var schools = await mediator.Send(new ListSchoolsQuery(), cancellationToken);
        var reminders = new DueReminders(tenant.Tenant?.ProgrammeName, "AuditReminder");
        foreach (var school in schools)
        {
            var people = peopleBySchool[school.Id].ToList();
            var coordinators = people.Where(p => p.Role == Roles.SchoolCoordinator && p.Status == "Active").ToList();
            var audit = audits.GetValueOrDefault(school.Id);
            if (audit is null && auditDue && withAccess.Contains(school.Id))
            {
                reminders.Add("audit-due", school.Id, year.ToString(System.Globalization.CultureInfo.InvariantCulture), Recipients(coordinators),
                    $"Your {AcademicYear.Label(year)} equality audit is due",
                    $"It is time for {school.Name}'s annual whole-school equality audit for {AcademicYear.Label(year)}. Start it from the Audit page.");
            }

            if (!nextVisits.TryGetValue(school.Id, out var visitDate) || visitDate < today)
            {
                continue;
            }

            var daysToVisit = visitDate.DayNumber - today.DayNumber;
            var period = visitDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (daysToVisit <= settings.SubmissionReminderDays && audit?.Status is not AuditStatus.Submitted)
            {
                reminders.Add("audit-not-sent", school.Id, period, Recipients(coordinators),
                    "Send your equality audit to the team before your visit",
                    $"{school.Name} has a visit on {visitDate:d MMMM yyyy}. Please update the whole-school audit and send it to the equality team before then.");
            }

            if (audit is not null && daysToVisit <= settings.DelegationReminderDays)
            {
                foreach (var delegation in openDelegations[audit.Id])
                {
                    reminders.Add("delegation-incomplete", delegation.Id, period, Recipients(people.Where(p => p.Id == delegation.UserId)),
                        "Your part of the equality audit is not finished",
                        $"The school has a visit on {visitDate:d MMMM yyyy}. Please finish your part of the audit and mark it complete.");
                }
            }
        }

        var now = clock.GetUtcNow();
        var emails = await reminders.RecordNotYetSentAsync(db.RemindersSent,
            key => new ReminderSent { Kind = key.Kind, SubjectId = key.SubjectId, Period = key.Period, SentAt = now }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await outbox.QueueAsync(emails, cancellationToken);
        return Unit.Value;
    }

    private static IEnumerable<(string Email, string FullName)> Recipients(IEnumerable<PersonDto> people) => people.Select(p => (p.Email, p.FullName));

    /// <summary>The earliest next visit per school over every provider.</summary>
    private async Task<Dictionary<Guid, DateOnly>> NextVisitsAsync(CancellationToken cancellationToken)
    {
        var next = new Dictionary<Guid, DateOnly>();
        foreach (var provider in visits)
        {
            foreach (var (schoolId, date) in await provider.NextVisitDatesAsync(cancellationToken))
            {
                if (!next.TryGetValue(schoolId, out var known) || date < known)
                {
                    next[schoolId] = date;
                }
            }
        }

        return next;
    }
}
