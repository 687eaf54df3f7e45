using EqualityMark.Host.AuditLog;
using EqualityMark.Host.Jobs.Runs;
using EqualityMark.Host.Pages.Home;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using MediatR;

namespace EqualityMark.Host;

/// <summary>The host's own API: who am I, what needs my attention, the authority's job runs, and starting a job now for it.</summary>
internal static class HostEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me", (ICurrentUser user, ITenantContext tenant) => new
        {
            user.UserId,
            user.FullName,
            user.Role,
            user.SchoolId,
            Tenant = tenant.Tenant?.Code,
        }).RequireAuthorization(Policies.SignedIn).WithTags("Account").WithName("Me");

        api.MapGet("/home", (HomeItemsReader reader, CancellationToken ct) => reader.ReadAsync(ct))
            .RequireAuthorization(Policies.SignedIn).WithTags("Account").WithName("Home")
            .WithSummary("What needs the signed-in person's attention now: the home page's items.");

        api.MapGet("/job-runs", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListJobRunsQuery(), ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithTags("Jobs").WithName("ListJobRuns");

        api.MapPost("/jobs/{name}/run", async (string name, IMediator mediator, CancellationToken ct) =>
                Results.Accepted(value: new { Job = name, BackgroundJobId = await mediator.Send(new RunJobNowCommand(name), ct) }))
            .RequireAuthorization(Policies.AuthorityAdmin).WithTags("Jobs").WithName("RunJobNow");
        AuditLogEndpoints.Map(api);
    }
}
