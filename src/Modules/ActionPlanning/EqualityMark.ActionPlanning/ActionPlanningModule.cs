using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Features;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.ActionPlanning;

/// <summary>Steps 4 and 5: the Equality Action Plan linked to the School Improvement Plan, progress and impact, and the published equality statement.</summary>
public sealed class ActionPlanningModule : IModule
{
    public string Name => "ActionPlanning";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ActionPlanningDbContext>(ActionPlanningDbContext.SchemaName);
        services.AddScoped<PlanAccess>();
        services.AddScoped<EqualityMark.Shared.Home.IHomeItemSource, Features.Home.ActionPlanHomeItems>();
        services.AddScoped<PlanStore>();
        services.AddScoped<SchoolGridReader>();
        services.AddScoped<Features.Objectives.ObjectiveReader>();
        services.AddScoped<Features.Actions.ActionReader>();
        services.AddScoped<Features.Statement.StatementDrafts>();
        services.AddTransient<IDemoDataSeeder, Demo.ActionPlanningDemoSeeder>();
        services.AddTransient<IDemoDataSeeder, Demo.StatementDemoSeeder>();
        services.AddTenantJob<RunActionPlanRemindersCommand>(
            "action-plan-reminders", "Reminds action owners and co-ordinators of actions due and overdue, and of plans with no recent update", "0 7 * * *");
        services.AddTenantJob<RunStatementRemindersCommand>(
            "equality-statement-reminders", "Reminds co-ordinators 60, 30 and 7 days before their published equality statement's review dates", "5 7 * * *");
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => ActionPlanningEndpoints.Map(api);
}
