using EqualityMark.Shared.Tenancy;

namespace EqualityMark.ActionPlanning.Domain;

/// <summary>
/// The school's draft of its published equality information and objectives (Public Sector Equality Duty):
/// narrative, figures by group, who approved it and when, and the review dates. Publishing snapshots it.
/// </summary>
internal sealed class EqualityStatement : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public string InformationNarrative { get; set; } = string.Empty;

    public string ObjectivesNarrative { get; set; } = string.Empty;

    public string? ApprovedBy { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    /// <summary>Objectives are reviewed at least every four years.</summary>
    public DateOnly? ObjectivesReviewOn { get; set; }

    /// <summary>Information is published at least every year.</summary>
    public DateOnly? InformationReviewOn { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public List<StatementFigure> Figures { get; init; } = [];

    public uint RowVersion { get; private set; }
}
