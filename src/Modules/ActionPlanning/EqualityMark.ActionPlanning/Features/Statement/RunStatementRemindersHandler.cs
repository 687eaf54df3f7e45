using System.Globalization;
using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>
/// Daily, per authority: tells each school's co-ordinators 60, 30 and 7 days before the review dates of its newest
/// publication. Each reminder is recorded under (kind, school, review date + days) before its emails are queued, in
/// the command's transaction, so a second run sends nothing twice; after a missed day only the nearest one goes.
/// </summary>
internal sealed class RunStatementRemindersHandler(
    ActionPlanningDbContext db, IMediator mediator, IEmailOutbox outbox, ITenantContext tenant, TimeProvider clock) :
    IRequestHandler<RunStatementRemindersCommand, Unit>
{
    private static readonly int[] DaysBefore = [7, 30, 60];

    public async Task<Unit> Handle(RunStatementRemindersCommand request, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(clock);
        var newest = await db.PublishedStatements.AsNoTracking()
            .Where(p => p.Version == db.PublishedStatements.Where(q => q.SchoolId == p.SchoolId).Max(q => q.Version))
            .ToListAsync(cancellationToken);
        if (newest.Count == 0)
        {
            return Unit.Value;
        }

        var coordinators = (await mediator.Send(new ListPeopleQuery(), cancellationToken))
            .Where(p => p.Role == Roles.SchoolCoordinator && p.Status == "Active").ToLookup(p => p.SchoolId);
        foreach (var publication in newest)
        {
            var recipients = coordinators[publication.SchoolId].ToList();
            await RemindAsync("statement-objectives-review", publication, publication.ObjectivesReviewOn, today, recipients,
                "review your equality objectives", cancellationToken);
            await RemindAsync("statement-information-review", publication, publication.InformationReviewOn, today, recipients,
                "update your published equality information", cancellationToken);
        }

        return Unit.Value;
    }

    private async Task RemindAsync(
        string kind, PublishedStatement publication, DateOnly reviewOn, DateOnly today, List<PersonDto> recipients, string task, CancellationToken cancellationToken)
    {
        var daysLeft = reviewOn.DayNumber - today.DayNumber;
        if (daysLeft < 0 || DaysBefore.FirstOrDefault(d => daysLeft <= d) is not (> 0 and var threshold) || recipients.Count == 0)
        {
            return;
        }

        var period = $"{reviewOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{threshold}";
        if (await db.RemindersSent.AnyAsync(r => r.Kind == kind && r.SubjectId == publication.SchoolId && r.Period == period, cancellationToken))
        {
            return;
        }

        db.RemindersSent.Add(new ReminderSent { Kind = kind, SubjectId = publication.SchoolId, Period = period, SentAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        var when = reviewOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        foreach (var person in recipients)
        {
            await outbox.QueueAsync(new EmailMessage(
                person.Email,
                $"Reminder: {task} by {when}",
                $"Dear {person.FullName},\n\n{publication.SchoolName}'s published equality statement says you will {task} by {when}. " +
                $"Update the statement under Action plan, have it approved and publish it again.\n\n{tenant.Tenant?.ProgrammeName}",
                "StatementReminder"), cancellationToken);
        }
    }
}
