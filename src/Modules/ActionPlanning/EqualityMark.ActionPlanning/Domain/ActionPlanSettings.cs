using EqualityMark.Shared.Tenancy;

namespace EqualityMark.ActionPlanning.Domain;

/// <summary>The authority's reminder settings for action plans.</summary>
internal sealed class ActionPlanSettings : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    /// <summary>Owners and the co-ordinator hear this many days before an action is due.</summary>
    public int DueSoonDays { get; set; } = 7;

    /// <summary>The co-ordinator hears when the plan has had no update for this many weeks.</summary>
    public int QuietWeeks { get; set; } = 6;
}
