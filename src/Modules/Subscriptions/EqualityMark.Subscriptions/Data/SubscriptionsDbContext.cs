using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Data;

/// <summary>The Subscriptions module's context: catalogue, sign-ups, subscriptions, invoices, card payments.</summary>
internal sealed class SubscriptionsDbContext(DbContextOptions<SubscriptionsDbContext> options, ITenantContext tenant)
    : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "subscriptions";

    protected override string Schema => SchemaName;

    public DbSet<Package> Packages => Set<Package>();

    public DbSet<PackageEntitlement> PackageEntitlements => Set<PackageEntitlement>();

    public DbSet<PackagePrice> PackagePrices => Set<PackagePrice>();

    public DbSet<PhaseBand> PhaseBands => Set<PhaseBand>();

    public DbSet<SubscriptionSettings> Settings => Set<SubscriptionSettings>();

    public DbSet<SignUp> SignUps => Set<SignUp>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<EntitlementUse> EntitlementUses => Set<EntitlementUse>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<RenewalReminder> RenewalReminders => Set<RenewalReminder>();

    public DbSet<StripeAccount> StripeAccounts => Set<StripeAccount>();

    public DbSet<CardCheckout> CardCheckouts => Set<CardCheckout>();

    public DbSet<StripeEventReceipt> StripeEvents => Set<StripeEventReceipt>();
}
