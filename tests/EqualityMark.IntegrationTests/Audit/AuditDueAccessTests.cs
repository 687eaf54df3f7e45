using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Events;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>
/// "Audit due" reminders reach only schools that may use their package (ADR 0019): in force, renewed within terms, or
/// in the grace period — in an authority of its own, with the clock moved past 1 September and into October.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class AuditDueAccessTests(AppFixture app)
{
    [Fact]
    public async Task Audit_due_reminders_go_to_schools_with_a_package_in_force_in_grace_or_renewed_and_not_to_others()
    {
        var tenant = await IsolatedAuthority.CreateAsync(app);
        var neverSubscribed = await app.CreateAsync(tenant);
        var endedYear = await app.SubscribedAsync(tenant, "Bronze");
        var renewed = await app.SubscribedAsync(tenant, "Bronze");
        var year = await app.SendAsync(tenant, new GetSchoolEntitlementsQuery(endedYear.School.Id));
        var renewedYear = await app.SendAsync(tenant, new GetSchoolEntitlementsQuery(renewed.School.Id));
        await using var clocked = new ClockedApp(app);
        await clocked.RenewByInvoiceAsync(app, tenant, renewedYear, daysBeforeEnd: 10);

        await SetAuditDueMonthAsync(tenant, 10);
        await clocked.SendOnAsync(year.PeriodEnd.AddDays(31), tenant, new RunAuditRemindersCommand()); // 1 October: the grace has ended, the renewal is within its terms
        Assert.Equal(0, await AuditDueAsync(tenant, neverSubscribed.CoordinatorEmail));
        Assert.Equal(0, await AuditDueAsync(tenant, endedYear.CoordinatorEmail));
        Assert.Equal(1, await AuditDueAsync(tenant, renewed.CoordinatorEmail));

        await SetAuditDueMonthAsync(tenant, 9);
        await clocked.SendOnAsync(year.PeriodEnd.AddDays(10), tenant, new RunAuditRemindersCommand()); // back to 10 September: the ended year is in its grace
        Assert.Equal(0, await AuditDueAsync(tenant, neverSubscribed.CoordinatorEmail));
        Assert.Equal(1, await AuditDueAsync(tenant, endedYear.CoordinatorEmail));
        Assert.Equal(1, await AuditDueAsync(tenant, renewed.CoordinatorEmail));
    }

    private async Task SetAuditDueMonthAsync(TenantInfo tenant, int month)
    {
        await using var scope = app.Scope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        if (!await db.Settings.AnyAsync())
        {
            db.Settings.Add(new EqualityMark.Audit.Domain.AuditSettings { AuditDueMonth = month });
            await db.SaveChangesAsync();
            return;
        }

        await db.Settings.ExecuteUpdateAsync(s => s.SetProperty(x => x.AuditDueMonth, month));
    }

    private async Task<int> AuditDueAsync(TenantInfo tenant, string email) =>
        (await app.SendAsync(tenant, new ListOutboundEmailsQuery(email))).Count(e => e.Subject.Contains("equality audit is due", StringComparison.Ordinal));
}
