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

namespace EqualityMark.ActionPlanning.Features.Reminders;

/// <summary>
/// Daily, per authority: an action's owner and the co-ordinator hear N days before it is due and once it is overdue;
/// the co-ordinator hears when the plan has had no update for N weeks. Each reminder is recorded under a unique
/// (kind, subject, period) in the same transaction as its email, so a second run or node sends nothing twice
/// (<see cref="DueReminders"/>: the reminders already sent read once, the new ones written together).
/// </summary>
internal sealed class RunActionPlanRemindersHandler(
    ActionPlanningDbContext db, IMediator mediator, IEmailOutbox outbox, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<RunActionPlanRemindersCommand, Unit>
{
    public async Task<Unit> Handle(RunActionPlanRemindersCommand request, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new ActionPlanSettings();
        var today = UkTime.Today(clock);
        var soon = today.AddDays(settings.DueSoonDays);
        var actions = await db.Actions.AsNoTracking()
            .Where(a => (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress) && a.DueOn <= soon)
            .ToListAsync(cancellationToken);
        var quietSince = clock.GetUtcNow().AddDays(-7 * settings.QuietWeeks);
        var quietPlans = await db.Plans.AsNoTracking().Where(p => p.LastUpdatedAt < quietSince).ToListAsync(cancellationToken);
        if (actions.Count == 0 && quietPlans.Count == 0)
        {
            return Unit.Value;
        }

        var reminders = new DueReminders(tenant.Tenant?.ProgrammeName, "ActionPlanReminder");
        var people = await mediator.Send(new ListPeopleQuery(), cancellationToken);
        var byId = people.ToDictionary(p => p.Id);
        var coordinators = people.Where(p => p.Role == Roles.SchoolCoordinator && p.Status == "Active").ToLookup(p => p.SchoolId);
        foreach (var action in actions)
        {
            var recipients = coordinators[action.SchoolId].ToList();
            if (action.OwnerUserId is { } owner && byId.TryGetValue(owner, out var person) && recipients.All(r => r.Id != owner))
            {
                recipients.Add(person);
            }

            var due = action.DueOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
            var period = action.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (action.DueOn < today)
            {
                reminders.Add("action-overdue", action.Id, period, Recipients(recipients), "An equality action is overdue",
                    $"The action \"{action.Description}\" (owner: {action.OwnerName}) was due on {due}. Record its progress, or change its due date, on the Action plan page.");
            }
            else
            {
                reminders.Add("action-due", action.Id, period, Recipients(recipients), "An equality action is due soon",
                    $"The action \"{action.Description}\" (owner: {action.OwnerName}) is due on {due}. Record its progress on the Action plan page.");
            }
        }

        foreach (var plan in quietPlans)
        {
            reminders.Add("plan-quiet", plan.Id, plan.LastUpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Recipients(coordinators[plan.SchoolId]),
                "Your equality action plan has not been updated recently",
                $"{plan.SchoolName}'s equality action plan has had no update for {settings.QuietWeeks} weeks. Record progress on its actions so the plan stays a living document.");
        }

        var now = clock.GetUtcNow();
        var emails = await reminders.RecordNotYetSentAsync(db.RemindersSent,
            key => new ReminderSent { Kind = key.Kind, SubjectId = key.SubjectId, Period = key.Period, SentAt = now }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await outbox.QueueAsync(emails, cancellationToken);
        return Unit.Value;
    }

    private static IEnumerable<(string Email, string FullName)> Recipients(IEnumerable<PersonDto> people) => people.Select(p => (p.Email, p.FullName));
}
