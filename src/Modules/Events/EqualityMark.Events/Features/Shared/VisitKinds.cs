using EqualityMark.Events.Contracts;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Events.Features.Shared;

public static class VisitKinds
{
    /// <summary>The entitlement a visit kind uses; the introductory visit comes with every package and uses none.</summary>
    public static EntitlementKind? Entitlement(VisitKind kind) => kind switch
    {
        VisitKind.Annual => EntitlementKind.AnnualVisit,
        VisitKind.SecondAdvisory => EntitlementKind.SecondAdvisoryVisit,
        VisitKind.Inset => EntitlementKind.InsetSession,
        _ => null,
    };

    /// <summary>
    /// The longest a visit of this kind may last, from the programme's package descriptions: a school-based INSET
    /// session "up to 2 hours", a second advisory visit "up to half a day" (taken as 4 hours, a school morning or
    /// afternoon); other visits have no limit. Checked when the authority confirms or moves a visit (ADR 0020).
    /// </summary>
    public static TimeSpan? LongestDuration(VisitKind kind) => kind switch
    {
        VisitKind.Inset => TimeSpan.FromHours(2),
        VisitKind.SecondAdvisory => TimeSpan.FromHours(4),
        _ => null,
    };

    public static string DurationLimitMessage(VisitKind kind) => kind switch
    {
        VisitKind.Inset => "A school-based INSET session lasts up to 2 hours: end it no more than 2 hours after it starts",
        _ => "A second advisory visit lasts up to half a day: end it no more than 4 hours after it starts",
    };

    public static string Name(VisitKind kind) => kind switch
    {
        VisitKind.Introductory => "Introductory visit",
        VisitKind.Annual => "Annual advisory or accreditation visit",
        VisitKind.SecondAdvisory => "Second advisory visit (up to half a day)",
        VisitKind.Inset => "School-based INSET session (up to 2 hours)",
        _ => kind.ToString(),
    };

    /// <summary>An accreditation visit's usual agenda (the school and advisor adapt it).</summary>
    public static readonly IReadOnlyList<string> AccreditationAgenda =
    [
        "Welcome and the school's overview of its equality work",
        "Learning environment walk",
        "Meeting with staff",
        "Meeting with pupils",
        "Meeting with parents and carers",
        "Meeting with governors",
        "Review of evidence against the accreditation summaries",
        "Feedback to the headteacher and co-ordinator",
    ];
}
