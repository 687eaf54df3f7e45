using EqualityMark.Organisations.Domain;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace EqualityMark.Organisations.Features.Account;

internal sealed class GetInvitationLinkStateHandler(UserManager<User> users, TimeProvider clock) : IRequestHandler<GetInvitationLinkStateQuery, InvitationLinkState>
{
    public async Task<InvitationLinkState> Handle(GetInvitationLinkStateQuery request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        return user switch
        {
            null => InvitationLinkState.Expired,
            { IsActivated: true } => InvitationLinkState.Used,
            _ when user.InvitationExpiresAt < clock.GetUtcNow() => InvitationLinkState.Expired,
            _ => InvitationLinkState.Open,
        };
    }
}
