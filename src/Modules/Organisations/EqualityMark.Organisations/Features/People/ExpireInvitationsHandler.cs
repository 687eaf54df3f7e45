using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.People;

/// <summary>Deletes accounts whose invitation expired unaccepted; they never had a password or any data.</summary>
internal sealed class ExpireInvitationsHandler(OrganisationsDbContext db, TimeProvider clock) : IRequestHandler<ExpireInvitationsCommand, Unit>
{
    public async Task<Unit> Handle(ExpireInvitationsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.Users.Where(u => u.ActivatedAt == null && u.InvitationExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
