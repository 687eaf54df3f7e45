using EqualityMark.Shared.Time;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Features.PaymentMethods;
using EqualityMark.Subscriptions.Features.Subscriptions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.SignUps;

/// <summary>Records a school's sign-up for review. A school already subscribed, or already waiting, is told so;
/// asking to pay by card when the authority does not take cards is refused on the payment method (ADR 0022).</summary>
internal sealed class SubmitSignUpHandler(SubscriptionsDbContext db, SubscriptionPurchase purchase, IMediator mediator, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<SubmitSignUpCommand, SignUpDto>
{
    public async Task<SignUpDto> Handle(SubmitSignUpCommand request, CancellationToken cancellationToken)
    {
        if (!(await mediator.Send(new GetProgrammeStatusQuery(), cancellationToken)).IsLive)
        {
            throw new ConflictException("The programme is being set up and is not taking sign-ups yet.");
        }

        if (request.PaymentMethod == PaymentMethod.Card && !await PaymentMethodsHandler.CardIsOnAsync(db, cancellationToken))
        {
            throw RequestValidationException.For(nameof(request.PaymentMethod), PaymentMethodsHandler.CardOffMessage(tenant.Tenant!.Name));
        }

        var urn = request.Urn.Trim();
        var phase = Enum.Parse<SchoolPhase>(request.Phase!);
        var (package, _, _) = await purchase.PriceForAsync(request.PackageId!.Value, phase, cancellationToken);
        var today = UkTime.Today(clock);
        if (await db.Subscriptions.AnyAsync(s => s.SchoolUrn == urn && s.PeriodEnd >= today
                && (s.Status == SubscriptionStatus.PendingPayment || s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.RenewalDue), cancellationToken))
        {
            throw new ConflictException($"The school with URN {urn} is already subscribed. Its co-ordinator can see the package after signing in.");
        }

        if (await db.SignUps.AnyAsync(s => s.Urn == urn && s.Status == SignUpStatus.AwaitingReview, cancellationToken))
        {
            throw new ConflictException($"A sign-up for the school with URN {urn} is already waiting for review.");
        }

        var signUp = new SignUp
        {
            SchoolName = request.SchoolName.Trim(),
            Urn = urn,
            Phase = phase,
            SchoolType = request.SchoolType is null ? SchoolType.LocalAuthorityMaintained : Enum.Parse<SchoolType>(request.SchoolType),
            AddressLine1 = request.AddressLine1.Trim(),
            Town = request.Town.Trim(),
            Postcode = request.Postcode.Trim().ToUpperInvariant(),
            CoordinatorName = request.CoordinatorName.Trim(),
            CoordinatorEmail = request.CoordinatorEmail.Trim(),
            PackageId = package.Id,
            PackageName = package.Name,
            PaymentMethod = request.PaymentMethod!.Value,
            PurchaseOrderNumber = request.PaymentMethod == PaymentMethod.Invoice ? request.PurchaseOrderNumber?.Trim() : null,
            Status = SignUpStatus.AwaitingReview,
            SubmittedAt = clock.GetUtcNow(),
        };
        db.SignUps.Add(signUp);
        await db.SaveChangesAsync(cancellationToken);
        return signUp.ToDto();
    }
}
