using System.Globalization;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Reminders;

/// <summary>
/// Daily, per authority: tells a school's co-ordinators 90 and 30 days before one of its badges or its Mark expires.
/// Each reminder is recorded under (kind, award, expiry date + days) before its emails are queued, in the command's
/// transaction, so a second run (or a second node) sends nothing twice; after missed days only the nearest goes.
/// </summary>
internal sealed class RunAccreditationRemindersHandler(
    AccreditationDbContext db, IMediator mediator, IEmailOutbox outbox, ITenantContext tenant, TimeProvider clock) :
    IRequestHandler<RunAccreditationRemindersCommand, Unit>
{
    private const string Kind = "award-expiry";
    private static readonly int[] DaysBefore = [30, 90];

    public async Task<Unit> Handle(RunAccreditationRemindersCommand request, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(clock);
        var horizon = today.AddDays(DaysBefore[^1]);
        var expiring = await db.Awards.AsNoTracking()
            .Where(a => a.RevokedAt == null && a.ExpiresOn != null && a.ExpiresOn > today && a.ExpiresOn <= horizon)
            .OrderBy(a => a.ExpiresOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        expiring = await WithoutRenewedAsync(expiring, cancellationToken);
        if (expiring.Count == 0)
        {
            return Unit.Value;
        }

        var coordinators = (await mediator.Send(new ListPeopleQuery(), cancellationToken))
            .Where(p => p.Role == Roles.SchoolCoordinator && p.Status == "Active").ToLookup(p => p.SchoolId);
        foreach (var award in expiring)
        {
            await RemindAsync(award, today, coordinators[award.SchoolId].ToList(), cancellationToken);
        }

        return Unit.Value;
    }

    /// <summary>An award already renewed (a later one of the same badge, or a later Mark, lasting longer) needs no reminder.</summary>
    private async Task<List<Award>> WithoutRenewedAsync(List<Award> expiring, CancellationToken cancellationToken)
    {
        var schoolIds = expiring.Select(a => a.SchoolId).Distinct().ToList();
        var held = (await db.Awards.AsNoTracking().Where(a => schoolIds.Contains(a.SchoolId) && a.RevokedAt == null).ToListAsync(cancellationToken))
            .ToLookup(a => (a.SchoolId, a.Kind, a.StrandKey));
        return expiring.Where(award => !held[(award.SchoolId, award.Kind, award.StrandKey)]
            .Any(other => other.Id != award.Id && other.AwardedOn >= award.AwardedOn && (other.ExpiresOn is null || other.ExpiresOn > award.ExpiresOn))).ToList();
    }

    private async Task RemindAsync(Award award, DateOnly today, List<PersonDto> recipients, CancellationToken cancellationToken)
    {
        var expiresOn = award.ExpiresOn!.Value;
        var threshold = DaysBefore.First(d => expiresOn.DayNumber - today.DayNumber <= d);
        var period = $"{expiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{threshold.ToString(CultureInfo.InvariantCulture)}";
        if (recipients.Count == 0 || await db.RemindersSent.AnyAsync(r => r.Kind == Kind && r.SubjectId == award.Id && r.Period == period, cancellationToken))
        {
            return;
        }

        db.RemindersSent.Add(new ReminderSent { Kind = Kind, SubjectId = award.Id, Period = period, SentAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        var when = expiresOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        var renew = award.Kind == AwardKind.Badge
            ? "Start a new accreditation summary for this badge under Accreditation and send it before then, so it can be verified at your next visit."
            : "Keep every badge the Mark asks for valid: renew any that are due, and the Mark is awarded again when the rule is met.";
        foreach (var person in recipients)
        {
            await outbox.QueueAsync(new EmailMessage(
                person.Email,
                $"{award.SchoolName}: the {award.Title} expires on {when}",
                $"Dear {person.FullName},\n\n{award.SchoolName}'s {award.Title} (certificate {award.CertificateNumber}) expires on {when}. {renew}\n\n{tenant.Tenant?.ProgrammeName}",
                "AwardExpiryReminder"), cancellationToken);
        }
    }
}
