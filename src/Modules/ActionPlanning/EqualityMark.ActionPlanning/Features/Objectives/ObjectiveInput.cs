using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Shared.Web;

namespace EqualityMark.ActionPlanning.Features.Objectives;

/// <summary>The objective form's fields, shared by the new and the change pages. Cells come as "elementKey:strandKey".</summary>
public sealed class ObjectiveInput
{
    public string? Title { get; set; }

    public List<string> Cells { get; set; } = [];

    public string? SipReference { get; set; }

    public string? SipPriority { get; set; }

    public string? SuccessCriteria { get; set; }

    public DateInput ReviewOn { get; set; } = new();

    public bool IsPublishedObjective { get; set; }

    public uint Version { get; set; }

    internal IReadOnlyList<GridCellRefDto> CellRefs() =>
        Cells.Select(c => c.Split(':', 2)).Select(p => new GridCellRefDto(p[0], p.Length > 1 ? p[1] : string.Empty)).Distinct().ToList();

    internal static ObjectiveInput From(ObjectiveDetailsDto d) => new()
    {
        Title = d.Objective.Title,
        Cells = d.Objective.Cells.Select(c => $"{c.ElementKey}:{c.StrandKey}").ToList(),
        SipReference = d.Objective.SipReference,
        SipPriority = d.Objective.SipPriority,
        SuccessCriteria = d.Objective.SuccessCriteria,
        ReviewOn = DateInput.From(d.Objective.ReviewOn),
        IsPublishedObjective = d.Objective.IsPublishedObjective,
        Version = d.Version,
    };
}
