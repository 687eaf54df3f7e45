using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.ActionPlanning.Domain;

/// <summary>A school's one living Equality Action Plan; its objectives are organised by academic year.</summary>
internal sealed class ActionPlan : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public required string SchoolName { get; set; }

    /// <summary>How the school chose to focus: one strand at a time, or one element across strands.</summary>
    public PlanFocus Focus { get; set; } = PlanFocus.ByStrand;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When anything in the plan last changed: the "no update for N weeks" reminder reads this.</summary>
    public DateTimeOffset LastUpdatedAt { get; set; }

    public string? LastUpdatedBy { get; set; }

    public void Touch(string? by, DateTimeOffset at)
    {
        LastUpdatedAt = at;
        LastUpdatedBy = by;
    }
}
