using EqualityMark.Shared.Tenancy;

namespace EqualityMark.ActionPlanning.Domain;

/// <summary>
/// An objective of the plan for one academic year: the grid cells it addresses, the School Improvement Plan
/// priority it serves, how success will be judged, and whether it is one of the school's published equality objectives.
/// </summary>
internal sealed class Objective : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid PlanId { get; init; }

    public Guid SchoolId { get; init; }

    public int AcademicYear { get; set; }

    public required string Title { get; set; }

    public string? SipReference { get; set; }

    public string? SipPriority { get; set; }

    public required string SuccessCriteria { get; set; }

    public DateOnly ReviewOn { get; set; }

    public bool IsPublishedObjective { get; set; }

    /// <summary>The objective of last year this one continues, when unfinished actions were carried forward.</summary>
    public Guid? CarriedFromId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public List<ObjectiveCell> Cells { get; init; } = [];

    /// <summary>PostgreSQL's xmin: a save that did not start from the current version is refused.</summary>
    public uint RowVersion { get; private set; }
}
