using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.SignUps;

/// <summary>Loads a sign-up an administrator is about to decide, refusing one already decided.</summary>
internal static class SignUpDecision
{
    public static async Task<SignUp> OpenAsync(SubscriptionsDbContext db, ICurrentUser currentUser, Guid signUpId, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can decide sign-ups.");
        }

        var signUp = await db.SignUps.SingleOrDefaultAsync(s => s.Id == signUpId, cancellationToken)
            ?? throw new NotFoundException("No sign-up with that id was found.");
        return signUp.Status == SignUpStatus.AwaitingReview
            ? signUp
            : throw new ConflictException($"This sign-up was already {signUp.Status.ToString().ToLowerInvariant()}.");
    }
}
