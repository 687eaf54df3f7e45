using EqualityMark.Shared.Email;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;

namespace EqualityMark.Subscriptions.Features.SignUps;

/// <summary>Turns a sign-up down and emails the co-ordinator the reason.</summary>
internal sealed class RejectSignUpHandler(SubscriptionsDbContext db, ICurrentUser currentUser, IEmailOutbox outbox, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<RejectSignUpCommand, SignUpDto>
{
    public async Task<SignUpDto> Handle(RejectSignUpCommand request, CancellationToken cancellationToken)
    {
        var signUp = await SignUpDecision.OpenAsync(db, currentUser, request.SignUpId, cancellationToken);
        signUp.Status = SignUpStatus.Rejected;
        signUp.RejectionReason = request.Reason.Trim();
        signUp.DecidedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);

        var programme = tenant.Tenant!;
        var body = $"""
            Dear {signUp.CoordinatorName},

            Thank you for signing {signUp.SchoolName} up to {programme.ProgrammeName}. We are not able to accept the sign-up as it stands:

            {signUp.RejectionReason}

            Reply to this email or contact the team if you would like to talk it through.

            {programme.Name}
            """;
        await outbox.QueueAsync(new EmailMessage(signUp.CoordinatorEmail, $"Your sign-up to {programme.ProgrammeName}", body, "SignUpRejected"), cancellationToken);
        return signUp.ToDto();
    }
}
