using EqualityMark.Shared.Data;
using EqualityMark.Shared.Modules;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Demo;
using EqualityMark.Subscriptions.Features.Catalogue;
using EqualityMark.Subscriptions.Features.Entitlements;
using EqualityMark.Subscriptions.Features.Invoices;
using EqualityMark.Subscriptions.Features.SignUps;
using EqualityMark.Subscriptions.Features.Subscriptions;
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
        services.AddScoped<SubscriptionPayments>();
        services.AddScoped<InvoiceIssuer>();
        services.AddTransient<IDemoDataSeeder, SubscriptionsDemoSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        CatalogueEndpoints.Map(api);
        SignUpEndpoints.Map(api);
        SubscriptionEndpoints.Map(api);
        InvoiceEndpoints.Map(api);
        EntitlementEndpoints.Map(api);
    }
}
