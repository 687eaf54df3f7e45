using EqualityMark.Accreditation.Domain;

namespace EqualityMark.Accreditation.Features.Summaries;

internal static class SummaryEntryLabels
{
    public static string For(SummaryEntryKind kind) => kind switch
    {
        SummaryEntryKind.Sent => "Sent to the equality team",
        SummaryEntryKind.Returned => "Returned for changes",
        SummaryEntryKind.Accepted => "Accepted for verification at the visit",
        SummaryEntryKind.Awarded => "Verified at the visit: badge awarded",
        SummaryEntryKind.NotYet => "Verified at the visit: not awarded yet",
        SummaryEntryKind.SchoolResponse => "The school responded",
        _ => kind.ToString(),
    };
}
