using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>
/// One row per authority: VAT (rate, treatment per school type, registration number), the authority's postal address
/// for invoices, the subscription year, payment terms, grace period and the invoice number sequence.
/// </summary>
internal sealed class SubscriptionSettings : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public int VatRatePercent { get; set; } = 20;

    /// <summary>An authority's supplies to its own maintained schools are non-business: outside the scope of VAT.</summary>
    public VatTreatment VatForMaintained { get; set; } = VatTreatment.OutsideScope;

    public VatTreatment VatForAcademy { get; set; } = VatTreatment.StandardRate;

    public VatTreatment VatForFreeSchool { get; set; } = VatTreatment.StandardRate;

    public VatTreatment VatForIndependent { get; set; } = VatTreatment.StandardRate;

    /// <summary>Normalised: GB and 9 or 12 digits, no spaces.</summary>
    public string? VatRegistrationNumber { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? AddressTown { get; set; }

    public string? AddressPostcode { get; set; }

    public int YearStartMonth { get; set; } = 9;

    public int YearStartDay { get; set; } = 1;

    public int PaymentTermsDays { get; set; } = 30;

    public int LapseGraceDays { get; set; } = 30;

    public int LastInvoiceNumber { get; set; }

    public SubscriptionPeriod PeriodContaining(DateOnly day) => SubscriptionPeriod.Containing(day, YearStartMonth, YearStartDay);

    /// <summary>
    /// The year a new subscription approved today is for: the one chosen, or by default the coming year once the
    /// current one has less than two months to run (late in the summer term nobody buys the year that is ending).
    /// </summary>
    public SubscriptionPeriod PeriodForNewSubscription(DateOnly today, SubscriptionYear? chosen)
    {
        var current = PeriodContaining(today);
        var year = chosen ?? DefaultYear(today);
        return year == SubscriptionYear.Next ? current.Following() : current;
    }

    public SubscriptionYear DefaultYear(DateOnly today) =>
        today > PeriodContaining(today).End.AddMonths(-2) ? SubscriptionYear.Next : SubscriptionYear.Current;

    public VatTreatment TreatmentFor(SchoolType type) => type switch
    {
        SchoolType.Academy => VatForAcademy,
        SchoolType.FreeSchool => VatForFreeSchool,
        SchoolType.Independent => VatForIndependent,
        _ => VatForMaintained,
    };

    /// <summary>The VAT on a supply to a school of this type, as the terms stand now.</summary>
    public VatCharge VatFor(SchoolType type) =>
        TreatmentFor(type) == VatTreatment.StandardRate ? new VatCharge(VatTreatment.StandardRate, VatRatePercent) : VatCharge.OutsideScope;

    public PostalAddressDto Address => new(AddressLine1, AddressLine2, AddressTown, AddressPostcode);
}
