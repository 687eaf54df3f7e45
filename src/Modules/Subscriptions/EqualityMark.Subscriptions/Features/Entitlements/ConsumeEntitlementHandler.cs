using EqualityMark.Shared.Time;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using MediatR;

namespace EqualityMark.Subscriptions.Features.Entitlements;

/// <summary>
/// Takes one unit for a reference. The same reference again is a no-op (unique per subscription and reference);
/// a choose-one group shares its allowance, so using INSET takes the second advisory visit's place too.
/// </summary>
internal sealed class ConsumeEntitlementHandler(SubscriptionsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ConsumeEntitlementCommand, SchoolEntitlementsDto>
{
    public async Task<SchoolEntitlementsDto> Handle(ConsumeEntitlementCommand request, CancellationToken cancellationToken)
    {
        if (!EntitlementBalances.IsCountedPerYear(request.Kind))
        {
            throw RequestValidationException.For(nameof(request.Kind), "Only visits and INSET sessions are counted per year");
        }

        var today = UkTime.Today(clock);
        // Never the ended year in its grace: its allowance is not spent on the new year's visits (ADR 0016, 0019).
        var subscription = await CurrentSubscription.FindAsync(db, currentUser, request.SchoolId, request.On ?? today, today, false, true, cancellationToken);
        var reference = request.Reference.Trim();
        var existing = subscription.Uses.FirstOrDefault(u => u.Reference == reference);
        if (existing is not null)
        {
            return existing.Kind == request.Kind
                ? CurrentSubscription.ToDto(subscription)
                : throw new ConflictException($"Reference {reference} already used a {EntitlementNames.Display(existing.Kind)}.");
        }

        var balance = EntitlementBalances.For(subscription.Entitlements, subscription.Uses).FirstOrDefault(b => b.Kinds.Contains(request.Kind));
        if (balance is null)
        {
            throw new ConflictException($"The {subscription.PackageName} package does not include a {EntitlementNames.Display(request.Kind)}.");
        }

        if (balance.Left <= 0)
        {
            throw new ConflictException(balance.ChoiceGroup is null
                ? $"Nothing is left: {EntitlementNames.Describe(balance)}."
                : $"The school has already used its choice ({balance.ChoiceGroup}) this year.");
        }

        subscription.Uses.Add(new EntitlementUse { SubscriptionId = subscription.Id, Kind = request.Kind, Reference = reference, UsedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return CurrentSubscription.ToDto(subscription);
    }
}
