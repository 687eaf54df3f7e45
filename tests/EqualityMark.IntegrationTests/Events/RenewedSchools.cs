using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Events;

/// <summary>A school's year renewed by invoice some days before it ends (the clock moved there), as its co-ordinator would.</summary>
internal static class RenewedSchools
{
    /// <returns>The renewal's invoice: its subscription is the renewal, its due date starts the payment terms.</returns>
    public static async Task<InvoiceDto> RenewByInvoiceAsync(this ClockedApp clocked, AppFixture app, TenantInfo tenant, SchoolEntitlementsDto year, int daysBeforeEnd)
    {
        var renewal = await clocked.SendOnAsync(year.PeriodEnd.AddDays(-daysBeforeEnd), tenant, new RenewSubscriptionCommand(year.SubscriptionId, PaymentMethod.Invoice, "PO-RENEWAL"));
        return (await app.SendAsync(tenant, new ListInvoicesQuery(year.SchoolId))).Single(i => i.SubscriptionId == renewal.Id);
    }
}
