using EqualityMark.Audit.Contracts;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Features;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Events.Features.Visits;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Events;

/// <summary>Network meetings, visits and INSET sessions booked against package entitlements, and calendars.</summary>
public sealed class EventsModule : IModule
{
    public string Name => "Events";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<EventsDbContext>(EventsDbContext.SchemaName);
        services.AddScoped<EventsAccess>();
        services.AddScoped<EqualityMark.Shared.Home.IHomeItemSource, Features.Home.EventsHomeItems>();
        services.AddScoped<Features.Calendar.CalendarFiles>();
        services.AddScoped<SchoolPackage>();
        services.AddScoped<Features.Visits.VisitEmails>();
        services.AddScoped<Features.Meetings.BookingEmails>();
        services.AddScoped<Features.Meetings.MeetingChangeEmails>();
        services.AddScoped<Features.Meetings.WaitingList>();
        services.AddScoped<INextVisitProvider, NextVisitProvider>();
        services.AddTransient<IDemoDataSeeder, Demo.EventsDemoSeeder>();
        services.AddTenantJob<RunEventRemindersCommand>(
            "event-reminders", "Reminds representatives of network meetings and schools and advisors of visits, with the pre-visit checklist", "0 7 * * *");
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => EventsEndpoints.Map(api);
}
