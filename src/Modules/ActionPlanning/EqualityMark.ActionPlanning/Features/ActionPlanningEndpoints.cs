using EqualityMark.ActionPlanning.Features.Statement;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.ActionPlanning.Features;

/// <summary>The ActionPlanning module's JSON API under /api/v1.</summary>
internal static class ActionPlanningEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        StatementEndpoints.Map(api);
    }
}
