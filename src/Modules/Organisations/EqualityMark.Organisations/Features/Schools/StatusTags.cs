using EqualityMark.Audit.Contracts;
using EqualityMark.Events.Contracts;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Organisations.Features.Schools;

/// <summary>The GOV.UK tag colour of each status on the school's one view (the words come from the owning module).</summary>
public static class StatusTags
{
    public static string Subscription(SubscriptionStatus status) => status switch
    {
        SubscriptionStatus.Active or SubscriptionStatus.Renewed => "govuk-tag--green",
        SubscriptionStatus.PendingPayment or SubscriptionStatus.RenewalDue => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };

    public static string Invoice(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => "govuk-tag--green",
        InvoiceStatus.Open => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };

    public static string Audit(AuditStatus status) => status switch
    {
        AuditStatus.Submitted => "govuk-tag--green",
        AuditStatus.Returned => "govuk-tag--orange",
        AuditStatus.InProgress => "govuk-tag--blue",
        _ => "govuk-tag--grey",
    };

    public static string Visit(VisitStatus status) => status switch
    {
        VisitStatus.Completed => "govuk-tag--green",
        VisitStatus.Confirmed => "govuk-tag--blue",
        VisitStatus.Requested => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };
}
