using EqualityMark.Shared.Web;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>The statement form as typed; rows left completely empty, or ticked for removal, are not figures.</summary>
public sealed class StatementInput
{
    public string? InformationNarrative { get; set; }

    public string? ObjectivesNarrative { get; set; }

    public List<FigureRow> Figures { get; set; } = [];

    public List<Guid> PublishedObjectiveIds { get; set; } = [];

    public string? ApprovedBy { get; set; }

    public DateInput ApprovedOn { get; set; } = new();

    public DateInput ObjectivesReviewOn { get; set; } = new();

    public DateInput InformationReviewOn { get; set; } = new();

    public uint Version { get; set; }

    internal static StatementInput From(StatementDraftDto draft) => new()
    {
        InformationNarrative = draft.InformationNarrative,
        ObjectivesNarrative = draft.ObjectivesNarrative,
        Figures = draft.Figures.Select(f => new FigureRow { StrandKey = f.StrandKey, GroupLabel = f.GroupLabel, Count = f.Count, OutOf = f.OutOf }).ToList(),
        PublishedObjectiveIds = draft.Objectives.Where(o => o.IsPublished).Select(o => o.Id).ToList(),
        ApprovedBy = draft.ApprovedBy,
        ApprovedOn = DateInput.From(draft.ApprovedOn),
        ObjectivesReviewOn = DateInput.From(draft.ObjectivesReviewOn),
        InformationReviewOn = DateInput.From(draft.InformationReviewOn),
        Version = draft.Version,
    };

    internal SaveStatementDraftCommand ToCommand(Guid? school)
    {
        Figures = Figures.Where(f => !f.IsEmpty && !f.Remove).ToList();
        return new SaveStatementDraftCommand(
            school, InformationNarrative, ObjectivesNarrative,
            Figures.Select(f => new FigureInput(f.StrandKey, f.GroupLabel, f.Count, f.OutOf)).ToList(),
            ApprovedBy, ApprovedOn.Date, ObjectivesReviewOn.Date, InformationReviewOn.Date, Version, PublishedObjectiveIds);
    }
}
