using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>An administrator stores the authority's Stripe keys; they are shown back only as a hint.</summary>
internal sealed class StripeSettingsHandler(
    SubscriptionsDbContext db, StripeKeyVault vault, ICurrentUser currentUser, ITenantContext tenant, ITenantLinks links, TimeProvider clock) :
    IRequestHandler<GetStripeSettingsQuery, StripeSettingsDto>,
    IRequestHandler<SetStripeKeysCommand, StripeSettingsDto>
{
    public async Task<StripeSettingsDto> Handle(GetStripeSettingsQuery request, CancellationToken cancellationToken)
    {
        RequireAdmin();
        return ToDto(await db.StripeAccounts.AsNoTracking().SingleOrDefaultAsync(cancellationToken));
    }

    public async Task<StripeSettingsDto> Handle(SetStripeKeysCommand request, CancellationToken cancellationToken)
    {
        RequireAdmin();
        var secretKey = request.SecretKey.Trim();
        var webhookSecret = request.WebhookSecret.Trim();
        var account = await db.StripeAccounts.SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            account = new StripeAccount { ProtectedSecretKey = string.Empty, ProtectedWebhookSecret = string.Empty, SecretKeyHint = string.Empty };
            db.StripeAccounts.Add(account);
        }

        account.ProtectedSecretKey = vault.Protect(secretKey);
        account.ProtectedWebhookSecret = vault.Protect(webhookSecret);
        account.SecretKeyHint = StripeKeyVault.HintFor(secretKey);
        account.KeysSaved(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(account);
    }

    private StripeSettingsDto ToDto(StripeAccount? account) => StripeSettingsView.ToDto(account, links.For(tenant.Tenant!.Code, StripeSettingsView.WebhookPath));

    private void RequireAdmin()
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can manage card payments.");
        }
    }
}
