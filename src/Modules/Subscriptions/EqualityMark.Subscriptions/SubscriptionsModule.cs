using EqualityMark.Shared.Data;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Modules;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Demo;
using EqualityMark.Subscriptions.Features.Catalogue;
using EqualityMark.Subscriptions.Features.Entitlements;
using EqualityMark.Subscriptions.Features.Invoices;
using EqualityMark.Subscriptions.Features.PaymentMethods;
using EqualityMark.Subscriptions.Features.Payments;
using EqualityMark.Subscriptions.Features.PhaseBands;
using EqualityMark.Subscriptions.Features.Renewals;
using EqualityMark.Subscriptions.Features.Settings;
using EqualityMark.Subscriptions.Features.SignUps;
using EqualityMark.Subscriptions.Features.Subscriptions;
using EqualityMark.Subscriptions.Features.Upgrades;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Subscriptions;

/// <summary>Packages and prices, sign-ups, subscriptions, invoices, entitlements, card payments and renewals.</summary>
public sealed class SubscriptionsModule : IModule
{
    public string Name => "Subscriptions";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SubscriptionsDbContext>(SubscriptionsDbContext.SchemaName);
        services.AddScoped<SubscriptionPurchase>();
        services.AddScoped<EqualityMark.Shared.Home.IHomeItemSource, Features.Home.SubscriptionHomeItems>();
        services.AddScoped<SubscriptionPayments>();
        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<UpgradeQuoter>();
        services.AddScoped<StripeKeyVault>();
        services.Configure<StripeOptions>(configuration.GetSection(StripeOptions.Section));
        services.AddHttpClient(StripeClients.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<StripeClients>();
        services.AddScoped<StripeCustomers>();
        services.AddScoped<CardPaymentCompletion>();
        services.AddScoped<CardPaymentFailure>();
        services.AddScoped<CardRefunds>();
        services.AddScoped<OpenCardPayments>();
        services.AddTransient<IDemoDataSeeder, SubscriptionsDemoSeeder>();
        services.AddTenantJob<RunRenewalsCommand>(
            "run-renewals", "Renewal reminders 60, 30 and 7 days before a subscription ends; lapses unrenewed ones after the grace period", "30 6 * * *");
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        CatalogueEndpoints.Map(api);
        SignUpEndpoints.Map(api);
        SubscriptionEndpoints.Map(api);
        InvoiceEndpoints.Map(api);
        EntitlementEndpoints.Map(api);
        RenewalEndpoints.Map(api);
        PaymentEndpoints.Map(api);
        UpgradeEndpoints.Map(api);
        SettingsEndpoints.Map(api);
        PaymentMethodEndpoints.Map(api);
        PhaseBandEndpoints.Map(api);
    }
}
