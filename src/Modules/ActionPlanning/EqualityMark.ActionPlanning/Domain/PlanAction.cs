using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.ActionPlanning.Domain;

/// <summary>An action towards an objective, owned by a person of the school, with dates, resources, status and a RAG progress rating.</summary>
internal sealed class PlanAction : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid ObjectiveId { get; set; }

    public Guid SchoolId { get; init; }

    public required string Description { get; set; }

    public Guid? OwnerUserId { get; set; }

    public required string OwnerName { get; set; }

    public DateOnly StartOn { get; set; }

    public DateOnly DueOn { get; set; }

    public string? Resources { get; set; }

    /// <summary>Cost in pence, when the action costs money.</summary>
    public int? CostPence { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.NotStarted;

    public string? DroppedReason { get; set; }

    public ProgressRating? Progress { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public uint RowVersion { get; private set; }

    public bool IsOpen => Status is ActionStatus.NotStarted or ActionStatus.InProgress;
}
