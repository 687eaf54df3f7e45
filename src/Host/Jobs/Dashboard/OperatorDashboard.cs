using EqualityMark.Shared.Security;
using Hangfire;

namespace EqualityMark.Host.Jobs.Dashboard;

/// <summary>The Hangfire Dashboard, for platform operators only, on the platform host.</summary>
internal static class OperatorDashboard
{
    public const string Path = "/platform/jobs";

    public static void MapOperatorJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new OperatorDashboardAuthorization()],
            AppPath = "/platform",
            DashboardTitle = "EqualityMark jobs",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policies.PlatformOperator);
}
