using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.SignUps;

/// <summary>Loads and locks a sign-up an administrator is about to decide, refusing one already decided.</summary>
internal static class SignUpDecision
{
    public static async Task<SignUp> OpenAsync(SubscriptionsDbContext db, ICurrentUser currentUser, Guid signUpId, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can decide sign-ups.");
        }

        // Two decisions at once (approve twice, or approve and reject): the second waits on the row and finds it decided.
        var signUp = await db.SignUps.FromSql($"SELECT * FROM subscriptions.sign_ups WHERE id = {signUpId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No sign-up with that id was found.");
        return signUp.Status == SignUpStatus.AwaitingReview
            ? signUp
            : throw new ConflictException($"This sign-up was already {signUp.Status.ToString().ToLowerInvariant()}.");
    }
}
