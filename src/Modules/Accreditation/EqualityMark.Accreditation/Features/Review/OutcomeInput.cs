using EqualityMark.Shared.Web;

namespace EqualityMark.Accreditation.Features.Review;

/// <summary>The outcome form as posted: the outcome, the visit's date (GOV.UK date input), reasons and next steps.</summary>
public sealed class OutcomeInput
{
    public string? Outcome { get; set; }

    public DateInput VisitedOn { get; set; } = new();

    public string? Comments { get; set; }

    public string? NextSteps { get; set; }

    public uint Version { get; set; }

    internal RecordOutcomeCommand ToCommand(Guid summaryId) => new(
        summaryId, Version, Enum.TryParse<VisitOutcome>(Outcome, out var outcome) ? outcome : null, VisitedOn.Date, Comments, NextSteps);
}
