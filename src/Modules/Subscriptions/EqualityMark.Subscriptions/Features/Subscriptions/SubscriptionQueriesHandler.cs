using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

internal sealed class SubscriptionQueriesHandler(SubscriptionsDbContext db, ICurrentUser currentUser) :
    IRequestHandler<ListSubscriptionsQuery, IReadOnlyList<SubscriptionDto>>,
    IRequestHandler<GetSubscriptionQuery, SubscriptionDto>,
    IRequestHandler<ListSchoolSubscriptionsQuery, IReadOnlyList<SubscriptionDto>>
{
    public async Task<IReadOnlyList<SubscriptionDto>> Handle(ListSubscriptionsQuery request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityStaff)
        {
            throw new ForbiddenException("Only the authority's staff can list every subscription.");
        }

        var subscriptions = await SubscriptionReader.WithDetails(db).AsNoTracking()
            .Where(s => request.Status == null || s.Status == request.Status)
            .OrderByDescending(s => s.PeriodStart).ThenBy(s => s.SchoolName)
            .ToListAsync(cancellationToken);
        return subscriptions.ConvertAll(SubscriptionReader.ToDto);
    }

    public async Task<SubscriptionDto> Handle(GetSubscriptionQuery request, CancellationToken cancellationToken) =>
        SubscriptionReader.ToDto(await SubscriptionReader.GetVisibleAsync(db, currentUser, request.SubscriptionId, cancellationToken));

    public async Task<IReadOnlyList<SubscriptionDto>> Handle(ListSchoolSubscriptionsQuery request, CancellationToken cancellationToken)
    {
        if (!currentUser.CanSeeSchool(request.SchoolId))
        {
            throw new NotFoundException("No school with that id was found.");
        }

        SchoolMoney.EnsureMaySee(currentUser);

        var subscriptions = await SubscriptionReader.WithDetails(db).AsNoTracking()
            .Where(s => s.SchoolId == request.SchoolId)
            .OrderByDescending(s => s.PeriodStart).ThenByDescending(s => s.CreatedAt)
            .ToListAsync(cancellationToken);
        return subscriptions.ConvertAll(SubscriptionReader.ToDto);
    }
}
