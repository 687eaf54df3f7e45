using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

internal sealed class PhaseBandQueriesHandler(SubscriptionsDbContext db, ICurrentUser currentUser) :
    IRequestHandler<ListPhaseBandsQuery, PhaseBandsDto>,
    IRequestHandler<GetPhaseBandQuery, PhaseBandDetailsDto>
{
    public Task<PhaseBandsDto> Handle(ListPhaseBandsQuery request, CancellationToken cancellationToken)
    {
        PhaseBandAccess.RequireAdmin(currentUser);
        return PhaseBandReader.AllAsync(db, cancellationToken);
    }

    public Task<PhaseBandDetailsDto> Handle(GetPhaseBandQuery request, CancellationToken cancellationToken)
    {
        PhaseBandAccess.RequireAdmin(currentUser);
        return PhaseBandReader.OneAsync(db, request.Id, cancellationToken);
    }
}
