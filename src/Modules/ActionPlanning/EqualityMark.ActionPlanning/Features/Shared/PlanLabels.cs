using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Domain;

namespace EqualityMark.ActionPlanning.Features.Shared;

/// <summary>The words people read for statuses and ratings, and the GOV.UK tag colour of each.</summary>
internal static class PlanLabels
{
    public static string Status(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        ActionStatus.Dropped => "Dropped",
        _ => status.ToString(),
    };

    public static string StatusTag(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "govuk-tag--grey",
        ActionStatus.InProgress => "govuk-tag--blue",
        ActionStatus.Done => "govuk-tag--green",
        _ => "govuk-tag--orange",
    };

    public static string Progress(ProgressRating? rating) => rating switch
    {
        ProgressRating.Red => "Red: off track",
        ProgressRating.Amber => "Amber: some concerns",
        ProgressRating.Green => "Green: on track",
        _ => "Not rated",
    };

    public static string ProgressTag(ProgressRating? rating) => rating switch
    {
        ProgressRating.Red => "govuk-tag--red",
        ProgressRating.Amber => "govuk-tag--yellow",
        ProgressRating.Green => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string Focus(PlanFocus focus) => focus == PlanFocus.ByStrand
        ? "One strand at a time (for example Religion, then Disability)"
        : "One element across all strands (for example Learning and teaching)";

    public static string Money(int? pence) => pence is { } p ? (p / 100m).ToString("£#,##0.00", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) : "None";
}
