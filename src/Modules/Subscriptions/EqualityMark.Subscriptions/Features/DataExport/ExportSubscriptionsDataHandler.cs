using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using MediatR;

namespace EqualityMark.Subscriptions.Features.DataExport;

/// <summary>
/// Sign-ups, subscriptions with their entitlements, history and use, invoices with their lines and card payments; for
/// the authority also its packages, phase bands and settings. Stripe keys and webhook receipts are never exported.
/// </summary>
internal sealed class ExportSubscriptionsDataHandler(SubscriptionsDbContext db, ICurrentUser user)
    : IRequestHandler<ExportSubscriptionsDataQuery, DataExportPart>
{
    public async Task<DataExportPart> Handle(ExportSubscriptionsDataQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanExport(request.SchoolId);
        var export = new DataExportBuilder(db, "subscriptions");
        var school = request.SchoolId;
        var subscriptions = db.Subscriptions.Where(s => school == null || s.SchoolId == school);
        var invoices = db.Invoices.Where(i => school == null || i.SchoolId == school);
        await export.AddTableAsync("sign-ups", db.SignUps.Where(s => school == null || subscriptions.Any(x => x.Id == s.SubscriptionId)).OrderBy(s => s.SubmittedAt), cancellationToken);
        await export.AddTableAsync("subscriptions", subscriptions.OrderBy(s => s.PeriodStart), cancellationToken);
        await export.AddTableAsync("subscription-entitlements", db.Set<SubscriptionEntitlement>().Where(e => subscriptions.Any(s => s.Id == e.SubscriptionId)), cancellationToken);
        await export.AddTableAsync("subscription-history", db.Set<SubscriptionStatusChange>().Where(c => subscriptions.Any(s => s.Id == c.SubscriptionId)).OrderBy(c => c.At), cancellationToken);
        await export.AddTableAsync("entitlement-uses", db.EntitlementUses.Where(u => subscriptions.Any(s => s.Id == u.SubscriptionId)).OrderBy(u => u.UsedAt), cancellationToken);
        await export.AddTableAsync("invoices", invoices.OrderBy(i => i.Number), cancellationToken);
        await export.AddTableAsync("invoice-lines", db.Set<InvoiceLine>().Where(l => invoices.Any(i => i.Id == l.InvoiceId)).OrderBy(l => l.Position), cancellationToken);
        await export.AddTableAsync("card-payments", db.CardCheckouts.Where(c => subscriptions.Any(s => s.Id == c.SubscriptionId)).OrderBy(c => c.CreatedAt), cancellationToken);
        if (school is null)
        {
            await export.AddTableAsync("packages", db.Packages.OrderBy(p => p.DisplayOrder), cancellationToken);
            await export.AddTableAsync("package-entitlements", db.PackageEntitlements, cancellationToken);
            await export.AddTableAsync("package-prices", db.PackagePrices, cancellationToken);
            await export.AddTableAsync("phase-bands", db.PhaseBands.OrderBy(b => b.DisplayOrder), cancellationToken);
            await export.AddTableAsync("settings", db.Settings, cancellationToken);
        }

        return export.Build();
    }
}
