using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>
/// A school's package for one period. Price and entitlements are copied at purchase, so later catalogue
/// changes never rewrite it. School name and URN are copied too: this module does not read another's tables.
/// </summary>
internal sealed class Subscription : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public required string SchoolName { get; init; }

    public required string SchoolUrn { get; init; }

    public SchoolType SchoolType { get; init; }

    /// <summary>The school's postal address when bought: the customer's address on its invoices.</summary>
    public string? SchoolAddressLine1 { get; init; }

    public string? SchoolTown { get; init; }

    public string? SchoolPostcode { get; init; }

    public required string ContactName { get; init; }

    public required string ContactEmail { get; init; }

    public Guid PackageId { get; set; }

    public required string PackageName { get; set; }

    public required string PhaseBandName { get; init; }

    /// <summary>The band priced at purchase (null only for a band removed before 0024's migration could match it): a band in use cannot be removed.</summary>
    public Guid? PhaseBandId { get; init; }

    public long PricePence { get; set; }

    public long VatPence { get; set; }

    /// <summary>The VAT treatment and rate for the school's type when the price was fixed; its invoices charge it.</summary>
    public VatTreatment VatTreatment { get; init; }

    public int VatRatePercent { get; init; }

    public VatCharge Vat => new(VatTreatment, VatRatePercent);

    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }

    public SubscriptionStatus Status { get; private set; }

    public PaymentMethod PaymentMethod { get; set; }

    public string? PurchaseOrderNumber { get; set; }

    /// <summary>The school's customer (cus_…) in the authority's Stripe account, reused by its later card payments.</summary>
    public string? StripeCustomerId { get; set; }

    public Guid? RenewsSubscriptionId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<SubscriptionEntitlement> Entitlements { get; init; } = [];

    public List<SubscriptionStatusChange> History { get; init; } = [];

    public List<EntitlementUse> Uses { get; init; } = [];

    public bool IsOpen => Status is SubscriptionStatus.PendingPayment or SubscriptionStatus.Active or SubscriptionStatus.RenewalDue;

    /// <summary>Paid for and within its period: its entitlements can be used. A renewed one stays in force until its end.</summary>
    public bool IsInForce(DateOnly day) =>
        Status is SubscriptionStatus.Active or SubscriptionStatus.RenewalDue or SubscriptionStatus.Renewed && day >= PeriodStart && day <= PeriodEnd;

    public void MoveTo(SubscriptionStatus status, DateTimeOffset at, string note)
    {
        Status = status;
        History.Add(new SubscriptionStatusChange { SubscriptionId = Id, Status = status, At = at, Note = note });
    }
}
