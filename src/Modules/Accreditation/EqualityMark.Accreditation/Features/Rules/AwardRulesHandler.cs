using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EqualityMark.Accreditation.Features.Rules;

/// <summary>
/// The authority's award rules: its team reads them, its administrators change them. A save on a stale version (someone
/// saved since the page was opened, or two first saves at once) is refused with 409 and the rules as they now are.
/// </summary>
internal sealed class AwardRulesHandler(AccreditationDbContext db, AccreditationAccess access, BadgeCatalogue badges, TimeProvider clock) :
    IRequestHandler<GetAwardRulesQuery, AwardRulesDto>,
    IRequestHandler<UpdateAwardRulesCommand, AwardRulesDto>
{
    private const string StaleMessage = "changed the award rules after you opened them. Their rules are shown; your changes were not saved.";

    public async Task<AwardRulesDto> Handle(GetAwardRulesQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        return await ReadAsync(cancellationToken);
    }

    public async Task<AwardRulesDto> Handle(UpdateAwardRulesCommand request, CancellationToken cancellationToken)
    {
        access.EnsureAdmin();
        var rules = await db.Rules.SingleOrDefaultAsync(cancellationToken);
        if ((rules is null && request.Version is > 0) || (rules is not null && request.Version != rules.RowVersion))
        {
            throw await StaleAsync(cancellationToken);
        }

        if (rules is null)
        {
            rules = AwardRules.Default();
            db.Rules.Add(rules);
        }

        Apply(rules, request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw await StaleAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two first saves at once: the other one's row holds the authority's unique key. This transaction is lost, so no current copy.
            throw new ConflictException("Someone else saved the award rules at the same moment. Reload the page to see their rules; your changes were not saved.");
        }

        return await ReadAsync(cancellationToken);
    }

    private void Apply(AwardRules rules, UpdateAwardRulesCommand request)
    {
        rules.BadgesForMark = request.AllBadges == true ? null : request.BadgesForMark;
        rules.MarkWindowYears = request.WithinWindow == true ? request.MarkWindowYears : null;
        rules.BadgeValidityYears = request.BadgesExpire == true ? request.BadgeValidityYears : null;
        rules.MarkValidityYears = request.MarkExpires == true ? request.MarkValidityYears : null;
        rules.RenewalOpensMonthsBefore = request.RenewalOpensMonthsBefore!.Value;
        rules.UpdatedAt = clock.GetUtcNow();
        rules.UpdatedBy = access.UserName;
    }

    private async Task<ConflictException> StaleAsync(CancellationToken cancellationToken)
    {
        var current = await ReadAsync(cancellationToken);
        return new ConflictException($"{(current.IsDefault ? "Someone" : current.UpdatedBy)} {StaleMessage}", current);
    }

    private async Task<AwardRulesDto> ReadAsync(CancellationToken cancellationToken)
    {
        var saved = await db.Rules.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var rules = saved ?? AwardRules.Default();
        var count = (await badges.AllAsync(cancellationToken)).Count;
        return new AwardRulesDto(
            rules.RowVersion,
            rules.BadgesForMark is null, rules.BadgesForMark,
            rules.MarkWindowYears is not null, rules.MarkWindowYears,
            rules.BadgeValidityYears is not null, rules.BadgeValidityYears,
            rules.MarkValidityYears is not null, rules.MarkValidityYears,
            rules.RenewalOpensMonthsBefore,
            count,
            AwardRulesWording.For(rules, count),
            saved is null,
            rules.UpdatedBy,
            saved?.UpdatedAt,
            access.User.IsAuthorityAdmin);
    }
}
