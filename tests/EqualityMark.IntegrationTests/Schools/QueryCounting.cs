using EqualityMark.Accreditation.Data;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.Audit.Data;
using EqualityMark.Events.Data;
using EqualityMark.Organisations.Data;
using EqualityMark.Subscriptions.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Schools;

/// <summary>Adds the <see cref="QueryCounter"/> to every module's DbContext the school page reads, and the <see cref="SavepointCounter"/> where saves are counted.</summary>
internal static class QueryCounting
{
    public static void Add(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<QueryCounter>();
        services.AddSingleton<SavepointCounter>();
        services.ConfigureDbContext<EqualityMark.Host.Platform.PlatformDbContext>((p, o) => o.AddInterceptors(p.GetRequiredService<SavepointCounter>()));
        services.ConfigureDbContext<OrganisationsDbContext>((p, o) => o.AddInterceptors(p.GetRequiredService<QueryCounter>()));
        services.ConfigureDbContext<SubscriptionsDbContext>((p, o) => o.AddInterceptors(p.GetRequiredService<QueryCounter>()));
        services.ConfigureDbContext<AuditDbContext>((p, o) => o.AddInterceptors(p.GetRequiredService<QueryCounter>(), p.GetRequiredService<SavepointCounter>()));
        services.ConfigureDbContext<ActionPlanningDbContext>((p, o) => o.AddInterceptors(p.GetRequiredService<QueryCounter>()));
        services.ConfigureDbContext<AccreditationDbContext>((p, o) => o.AddInterceptors(p.GetRequiredService<QueryCounter>()));
        services.ConfigureDbContext<EventsDbContext>((p, o) => o.AddInterceptors(p.GetRequiredService<QueryCounter>()));
    }

    /// <summary>Loads a page (which must answer 200) and says how many database commands serving it took.</summary>
    public static async Task<int> QueriesToLoadAsync(this AppFixture app, HttpClient client, string path)
    {
        var key = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(QueryCounter.Header, key);
        var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return app.Factory.Services.GetRequiredService<QueryCounter>().CountFor(key);
    }
}
