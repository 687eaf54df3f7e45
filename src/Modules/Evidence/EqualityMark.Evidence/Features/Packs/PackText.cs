using System.Globalization;
using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Home;
using EqualityMark.Shared.Time;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>The words both documents use for ratings, statuses and dates.</summary>
internal static class PackText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => HomeText.Date(date);

    public static string Date(DateTimeOffset moment) => Date(UkTime.DateOf(moment));

    /// <summary>"29 November 2026 at 9:41am", in UK time.</summary>
    public static string Moment(DateTimeOffset moment)
    {
        var local = UkTime.ToLondon(moment);
        return local.ToString("d MMMM yyyy", English) + " at " + local.ToString("h:mmtt", English).ToLowerInvariant();
    }

    public static string TagClass(string status) => status switch
    {
        "Ready" => "govuk-tag--green",
        "Failed" => "govuk-tag--red",
        "Expired" => "govuk-tag--grey",
        _ => "govuk-tag--blue",
    };

    public static string Rating(Rating rating) => rating switch
    {
        Audit.Contracts.Rating.Red => "Red",
        Audit.Contracts.Rating.Amber => "Amber",
        Audit.Contracts.Rating.Green => "Green",
        _ => "Not yet assessed",
    };

    public static string Action(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        _ => "Dropped",
    };

    public static string Progress(ProgressRating? progress) => progress switch
    {
        ProgressRating.Red => "Red: off track",
        ProgressRating.Amber => "Amber: some concerns",
        ProgressRating.Green => "Green: on track",
        _ => "Not rated",
    };

    public static string Impact(StrandImpactDto impact) =>
        $"{impact.WhatChanged} ({impact.Group})" +
        (impact.Measure is null ? string.Empty : $". {impact.Measure}: {impact.Before ?? "–"} before, {impact.After ?? "–"} after");

    public static string Year(int academicYear) => AcademicYear.Label(academicYear);
}
