using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Account;

internal sealed class AcceptInvitationHandler(UserManager<User> users, OrganisationsDbContext db, TimeProvider clock)
    : IRequestHandler<AcceptInvitationCommand, string>
{
    public async Task<string> Handle(AcceptInvitationCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        var now = clock.GetUtcNow();
        if (user is null || user.IsActivated || user.InvitationExpiresAt < now)
        {
            throw RequestValidationException.For(nameof(request.Token),
                "This invitation has expired or has already been used. Ask whoever invited you to send a new one");
        }

        var result = await users.ResetPasswordAsync(user, request.Token, request.Password);
        if (!result.Succeeded)
        {
            var invalidToken = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            throw invalidToken
                ? RequestValidationException.For(nameof(request.Token), "This invitation link is not valid. Open the link from your email again")
                : new RequestValidationException(new Dictionary<string, string[]>
                {
                    [nameof(request.Password)] = result.Errors.Select(e => e.Description).ToArray(),
                });
        }

        user.ActivatedAt = now;
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);

        // The authority's first administrator accepting is when its setup begins.
        await db.Tenants.Where(t => t.FirstAdministratorId == user.Id && t.SetupStartedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.SetupStartedAt, now), cancellationToken);
        return user.Email!;
    }
}
