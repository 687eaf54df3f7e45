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
