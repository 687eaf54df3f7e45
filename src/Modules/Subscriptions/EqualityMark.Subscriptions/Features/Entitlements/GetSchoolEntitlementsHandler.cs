using EqualityMark.Shared.Time;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;

namespace EqualityMark.Subscriptions.Features.Entitlements;

internal sealed class GetSchoolEntitlementsHandler(SubscriptionsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<GetSchoolEntitlementsQuery, SchoolEntitlementsDto>
{
    public async Task<SchoolEntitlementsDto> Handle(GetSchoolEntitlementsQuery request, CancellationToken cancellationToken) =>
        CurrentSubscription.ToDto(await CurrentSubscription.FindAsync(db, currentUser, request.SchoolId, UkTime.Today(clock), UkTime.Today(clock), true, false, cancellationToken));
}
