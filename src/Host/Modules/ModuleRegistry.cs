using System.Reflection;
using EqualityMark.Accreditation;
using EqualityMark.ActionPlanning;
using EqualityMark.Audit;
using EqualityMark.Events;
using EqualityMark.Evidence;
using EqualityMark.Organisations;
using EqualityMark.Shared.Modules;
using EqualityMark.Subscriptions;

namespace EqualityMark.Host.Modules;

/// <summary>The one list of modules. MediatR, validators, pages and endpoints are all found from it.</summary>
internal static class ModuleRegistry
{
    public static readonly IReadOnlyList<IModule> Modules =
    [
        new OrganisationsModule(),
        new AuditModule(),
        new EventsModule(),
        new SubscriptionsModule(),
        new EvidenceModule(),
        new ActionPlanningModule(),
        new AccreditationModule(),
    ];

    /// <summary>Module assemblies plus the host's own (jobs, email, demo data live here).</summary>
    public static IEnumerable<Assembly> Assemblies =>
        Modules.Select(m => m.GetType().Assembly).Append(typeof(ModuleRegistry).Assembly);
}
