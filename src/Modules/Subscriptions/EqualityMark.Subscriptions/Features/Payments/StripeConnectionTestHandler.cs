using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Stripe;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// Tests the saved keys with GET /v1/balance (a restricted key with read access to Balance passes too) and records the
/// outcome only if the keys are still the ones it read: keys saved meanwhile keep their own, untested, state.
/// </summary>
internal sealed class StripeConnectionTestHandler(
    SubscriptionsDbContext db, StripeKeyVault vault, StripeClients stripe, ICurrentUser currentUser, ITenantContext tenant, ITenantLinks links,
    TimeProvider clock, ILogger<StripeConnectionTestHandler> logger) : IRequestHandler<TestStripeConnectionCommand, StripeSettingsDto>
{
    public async Task<StripeSettingsDto> Handle(TestStripeConnectionCommand request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can manage card payments.");
        }

        var account = await db.StripeAccounts.AsNoTracking().SingleOrDefaultAsync(cancellationToken)
            ?? throw new ConflictException("Save the Stripe keys before you test the connection");
        var outcome = await AskStripeAsync(vault.SecretKeyOf(account), cancellationToken);
        var now = clock.GetUtcNow();
        var recorded = await db.StripeAccounts.Where(a => a.KeysVersion == account.KeysVersion).ExecuteUpdateAsync(a => a
            .SetProperty(x => x.ConnectionTestedAt, now)
            .SetProperty(x => x.ConnectionSucceeded, outcome.Succeeded)
            .SetProperty(x => x.ConnectionFailure, outcome.Failure), cancellationToken);
        logger.LogInformation("Stripe connection test for {Tenant}: {Outcome}", tenant.Tenant!.Code, outcome.Succeeded ? "accepted" : outcome.KeyRefused ? "key refused" : "not reached");
        if (recorded == 0)
        {
            throw new ConflictException("Someone saved new Stripe keys while these were being tested. Test the connection again");
        }

        return outcome switch
        {
            { Succeeded: true } => StripeSettingsView.ToDto(await db.StripeAccounts.AsNoTracking().SingleAsync(cancellationToken), links.For(tenant.Tenant.Code, StripeSettingsView.WebhookPath)),
            { KeyRefused: true } => throw RequestValidationException.For("SecretKey", outcome.Failure!),
            _ => throw new ConflictException(outcome.Failure!),
        };
    }

    private async Task<StripeConnectionOutcome> AskStripeAsync(string secretKey, CancellationToken cancellationToken)
    {
        try
        {
            await new BalanceService(stripe.For(secretKey)).GetAsync(requestOptions: null, cancellationToken);
            return StripeConnectionOutcome.Accepted;
        }
        catch (Exception exception) when (exception is StripeException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return StripeConnectionOutcome.From(exception);
        }
    }
}
