using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;
using MediatR;

namespace EqualityMark.Events.Features.Shared;

/// <summary>What the school's current subscription lets it book, asked of Subscriptions through its Contracts.</summary>
internal sealed class SchoolPackage(IMediator mediator)
{
    public async Task<SchoolEntitlementsDto> CurrentAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        try
        {
            return await mediator.Send(new GetSchoolEntitlementsQuery(schoolId), cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new ConflictException("Your school has no active subscription. Bookings are part of a package: sign up or renew first.");
        }
    }

    /// <summary>Whether the school is in its first paid year with the authority (Subscriptions decides; ADR 0020).</summary>
    public async Task<bool> IsNewSchoolAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        await CurrentAsync(schoolId, cancellationToken);
        return await mediator.Send(new IsNewSchoolQuery(schoolId), cancellationToken);
    }

    /// <summary>Representatives per meeting the package includes (0 when it includes no meetings).</summary>
    public async Task<int> MeetingPlacesAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        var package = await CurrentAsync(schoolId, cancellationToken);
        return package.Balances.FirstOrDefault(b => b.Kinds.Contains(EntitlementKind.NetworkMeetingPlaces))?.Quantity ?? 0;
    }

    /// <summary>The balance a visit of this kind draws on, or null when the package does not include it.</summary>
    public async Task<EntitlementBalanceDto?> BalanceAsync(Guid schoolId, EntitlementKind kind, CancellationToken cancellationToken) =>
        (await CurrentAsync(schoolId, cancellationToken)).Balances.FirstOrDefault(b => b.Kinds.Contains(kind));
}
