using EqualityMark.Shared.Time;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.SignUps;

/// <summary>
/// Approving a sign-up, in one unit of work: the school is added through Organisations (or found, if the
/// authority already has it), its co-ordinator invited, and a subscription started awaiting payment.
/// </summary>
internal sealed class ApproveSignUpHandler(SubscriptionsDbContext db, IMediator mediator, ICurrentUser currentUser, SubscriptionPurchase purchase, TimeProvider clock)
    : IRequestHandler<ApproveSignUpCommand, SignUpDto>, IRequestHandler<GetSubscriptionYearChoiceQuery, SubscriptionYearChoiceDto>
{
    public async Task<SubscriptionYearChoiceDto> Handle(GetSubscriptionYearChoiceQuery request, CancellationToken cancellationToken)
    {
        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        var today = UkTime.Today(clock);
        var current = settings.PeriodContaining(today);
        return new SubscriptionYearChoiceDto(current.Label, current.Following().Label, settings.DefaultYear(today));
    }

    public async Task<SignUpDto> Handle(ApproveSignUpCommand request, CancellationToken cancellationToken)
    {
        var signUp = await SignUpDecision.OpenAsync(db, currentUser, request.SignUpId, cancellationToken);
        var school = (await mediator.Send(new ListSchoolsQuery(), cancellationToken)).FirstOrDefault(s => s.Urn == signUp.Urn)
            ?? await mediator.Send(new AddSchoolCommand(signUp.SchoolName, signUp.Urn, signUp.Phase, signUp.AddressLine1, signUp.Town, signUp.Postcode, signUp.SchoolType), cancellationToken);
        await InviteCoordinatorAsync(signUp, school.Id, cancellationToken);

        var buyer = new SubscriptionPurchase.Buyer(school, signUp.CoordinatorName, signUp.CoordinatorEmail);
        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        var period = settings.PeriodForNewSubscription(UkTime.Today(clock), request.Year);
        var subscription = await purchase.BuyAsync(buyer, signUp.PackageId, signUp.PaymentMethod, signUp.PurchaseOrderNumber, period.Start, null, cancellationToken);

        signUp.Status = SignUpStatus.Approved;
        signUp.DecidedAt = clock.GetUtcNow();
        signUp.SubscriptionId = subscription.Id;
        await db.SaveChangesAsync(cancellationToken);
        return signUp.ToDto();
    }

    private async Task InviteCoordinatorAsync(SignUp signUp, Guid schoolId, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new InviteUserCommand(signUp.CoordinatorEmail, signUp.CoordinatorName, Roles.SchoolCoordinator, schoolId), cancellationToken);
        }
        catch (ConflictException)
        {
            // The co-ordinator already has an account here (e.g. a returning school): nothing to invite.
        }
    }
}
