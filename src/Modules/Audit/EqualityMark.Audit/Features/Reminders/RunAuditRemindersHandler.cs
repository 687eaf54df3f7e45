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
        var audits = await db.Audits.AsNoTracking().Where(a => a.AcademicYear == year).ToDictionaryAsync(a => a.SchoolId, cancellationToken);
        var peopleBySchool = (await mediator.Send(new ListPeopleQuery(), cancellationToken)).ToLookup(p => p.SchoolId);
        var withAccess = (await mediator.Send(new ListSchoolsWithAccessQuery(), cancellationToken)).ToHashSet();
        foreach (var school in await mediator.Send(new ListSchoolsQuery(), cancellationToken))
        {
            var people = peopleBySchool[school.Id].ToList();
            var coordinators = people.Where(p => p.Role == Roles.SchoolCoordinator && p.Status == "Active").ToList();
            var audit = audits.GetValueOrDefault(school.Id);
            if (audit is null && today.Month == settings.AuditDueMonth && withAccess.Contains(school.Id))
            {
                await RemindAsync("audit-due", school.Id, year.ToString(System.Globalization.CultureInfo.InvariantCulture), coordinators,
                    $"Your {AcademicYear.Label(year)} equality audit is due",
                    $"It is time for {school.Name}'s annual whole-school equality audit for {AcademicYear.Label(year)}. Start it from the Audit page.", cancellationToken);
            }

            var visit = await NextVisitAsync(school.Id, cancellationToken);
            if (visit is not { } visitDate || visitDate < today)
            {
                continue;
            }

            var daysToVisit = visitDate.DayNumber - today.DayNumber;
            var period = visitDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (daysToVisit <= settings.SubmissionReminderDays && audit?.Status is not AuditStatus.Submitted)
            {
                await RemindAsync("audit-not-sent", school.Id, period, coordinators,
                    "Send your equality audit to the team before your visit",
                    $"{school.Name} has a visit on {visitDate:d MMMM yyyy}. Please update the whole-school audit and send it to the equality team before then.", cancellationToken);
            }

            if (audit is not null && daysToVisit <= settings.DelegationReminderDays)
            {
                await RemindDelegatesAsync(audit, people, visitDate, period, cancellationToken);
            }
        }

        return Unit.Value;
    }

    private async Task RemindDelegatesAsync(SchoolAudit audit, List<PersonDto> people, DateOnly visitDate, string period, CancellationToken cancellationToken)
    {
        var open = await db.Delegations.AsNoTracking().Where(d => d.AuditId == audit.Id && d.CompletedAt == null).ToListAsync(cancellationToken);
        foreach (var delegation in open)
        {
            var person = people.Where(p => p.Id == delegation.UserId).ToList();
            await RemindAsync("delegation-incomplete", delegation.Id, period, person,
                "Your part of the equality audit is not finished",
                $"The school has a visit on {visitDate:d MMMM yyyy}. Please finish your part of the audit and mark it complete.", cancellationToken);
        }
    }

    private async Task<DateOnly?> NextVisitAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        DateOnly? next = null;
        foreach (var provider in visits)
        {
            var date = await provider.NextVisitDateAsync(schoolId, cancellationToken);
            if (date is not null && (next is null || date < next))
            {
                next = date;
            }
        }

        return next;
    }

    private async Task RemindAsync(string kind, Guid subjectId, string period, List<PersonDto> recipients, string subject, string body, CancellationToken cancellationToken)
    {
        if (recipients.Count == 0 || await db.RemindersSent.AnyAsync(r => r.Kind == kind && r.SubjectId == subjectId && r.Period == period, cancellationToken))
        {
            return;
        }

        db.RemindersSent.Add(new ReminderSent { Kind = kind, SubjectId = subjectId, Period = period, SentAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        foreach (var person in recipients)
        {
            await outbox.QueueAsync(new EmailMessage(person.Email, subject, $"Dear {person.FullName},\n\n{body}\n\n{tenant.Tenant?.ProgrammeName}", "AuditReminder"), cancellationToken);
        }
    }
}
