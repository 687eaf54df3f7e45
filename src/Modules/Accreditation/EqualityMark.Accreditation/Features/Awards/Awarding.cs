using System.Globalization;
using System.Security.Cryptography;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Awards;

/// <summary>
/// Makes awards. A badge is awarded for an accepted summary; the Mark follows in the same transaction the moment the
/// authority's rule is met (enough valid badges, awarded within its window), with an email to the school and the
/// authority. Awards of one authority are made one at a time (a transaction-scoped advisory lock), so certificate
/// numbers never collide and two badges landing together cannot award the Mark twice.
/// </summary>
internal sealed class Awarding(
    AccreditationDbContext db, IMediator mediator, IEmailOutbox outbox, ITenantContext tenant, TimeProvider clock,
    AwardRulesReader rules, BadgeCatalogue badges, PublicAwardLinks links)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<(Award Badge, Award? Mark)> AwardBadgeAsync(AccreditationSummary summary, SchoolDto school, DateOnly awardedOn, string awardedBy, CancellationToken cancellationToken)
    {
        await LockAwardsAsync(cancellationToken);
        var current = await rules.CurrentAsync(cancellationToken);
        var badge = await badges.FindAsync(summary.StrandKey, cancellationToken);
        var award = await NewAwardAsync(school, AwardKind.Badge, summary.StrandKey, BadgeCatalogue.BadgeTitle(badge?.Name ?? summary.StrandName),
            awardedOn, current.BadgeExpiry(awardedOn), summary.Id, awardedBy, cancellationToken);
        db.Awards.Add(award);
        await db.SaveChangesAsync(cancellationToken);
        var mark = await AwardMarkIfEarnedAsync(school, awardedOn, awardedBy, current, cancellationToken);
        return (award, mark);
    }

    /// <summary>Awards the Mark if the rule is met on the given date and the school holds no valid Mark. Returns it, or null.</summary>
    public async Task<Award?> AwardMarkIfEarnedAsync(SchoolDto school, DateOnly on, string awardedBy, AwardRules current, CancellationToken cancellationToken)
    {
        var held = await db.Awards.AsNoTracking().Where(a => a.SchoolId == school.Id && a.RevokedAt == null).ToListAsync(cancellationToken);
        if (held.Any(a => a.Kind == AwardKind.Mark && a.IsValidOn(on)))
        {
            return null;
        }

        var framework = (await badges.AllAsync(cancellationToken)).Select(b => b.Key).ToHashSet();
        var windowStart = current.MarkWindowYears is { } years ? on.AddYears(-years) : DateOnly.MinValue;
        var counted = held
            .Where(a => a.Kind == AwardKind.Badge && a.IsValidOn(on) && a.AwardedOn >= windowStart && a.AwardedOn <= on && framework.Contains(a.StrandKey!))
            .Select(a => a.StrandKey).Distinct().Count();
        if (framework.Count == 0 || counted < current.BadgesNeeded(framework.Count))
        {
            return null;
        }

        var mark = await NewAwardAsync(school, AwardKind.Mark, null, MarkTitle, on, current.MarkExpiry(on), null, awardedBy, cancellationToken);
        db.Awards.Add(mark);
        await db.SaveChangesAsync(cancellationToken);
        await AnnounceMarkAsync(school, mark, cancellationToken);
        return mark;
    }

    private string MarkTitle => tenant.Tenant?.ProgrammeName ?? "Equality Mark";

    private async Task<Award> NewAwardAsync(
        SchoolDto school, AwardKind kind, string? strandKey, string title, DateOnly awardedOn, DateOnly? expiresOn, Guid? summaryId, string awardedBy,
        CancellationToken cancellationToken) =>
        new()
        {
            SchoolId = school.Id,
            SchoolName = school.Name,
            SchoolUrn = school.Urn,
            SchoolPhase = school.Phase.ToString(),
            Kind = kind,
            StrandKey = strandKey,
            Title = title,
            AwardedOn = awardedOn,
            ExpiresOn = expiresOn,
            CertificateNumber = await NextCertificateNumberAsync(awardedOn.Year, cancellationToken),
            VerificationCode = NewVerificationCode(),
            SummaryId = summaryId,
            AwardedBy = awardedBy,
            AwardedAt = clock.GetUtcNow(),
        };

    private async Task<string> NextCertificateNumberAsync(int year, CancellationToken cancellationToken)
    {
        var prefix = $"{CertificatePrefix()}-{year.ToString(CultureInfo.InvariantCulture)}-";
        var issued = await db.Awards.CountAsync(a => a.CertificateNumber.StartsWith(prefix), cancellationToken);
        return prefix + (issued + 1).ToString("D4", CultureInfo.InvariantCulture);
    }

    private string CertificatePrefix()
    {
        var code = new string((tenant.Tenant?.Code ?? "EM").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return code.Length > 4 ? code[..4] : code;
    }

    /// <summary>Twelve characters from an alphabet without look-alikes (0/O, 1/I): about 60 bits, not guessable.</summary>
    private static string NewVerificationCode() => RandomNumberGenerator.GetString(CodeAlphabet, 12);

    private Task<int> LockAwardsAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"accreditation-awards:" + tenant.RequiredTenantId}, 0))", cancellationToken);

    private async Task AnnounceMarkAsync(SchoolDto school, Award mark, CancellationToken cancellationToken)
    {
        var people = await mediator.Send(new ListPeopleQuery(), cancellationToken);
        var recipients = people.Where(p => p.Status == "Active" &&
            ((p.Role == Roles.SchoolCoordinator && p.SchoolId == school.Id) || p.Role == Roles.AuthorityAdmin));
        var date = mark.AwardedOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        foreach (var person in recipients)
        {
            await outbox.QueueAsync(new EmailMessage(
                person.Email,
                $"{school.Name} has achieved the {mark.Title}",
                $"Dear {person.FullName},\n\n{school.Name} holds every badge the {mark.Title} asks for and was awarded the Mark on {date}. " +
                $"Certificate number {mark.CertificateNumber}. Anyone can check it at {links.Verify(mark.VerificationCode)}.\n\n{mark.Title}",
                "MarkAwarded"), cancellationToken);
        }
    }
}
