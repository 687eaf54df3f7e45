using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>The VAT treatment and rate applying to one supply, fixed when its price is fixed and copied onto its invoice.</summary>
internal readonly record struct VatCharge(VatTreatment Treatment, int RatePercent)
{
    public static VatCharge OutsideScope => new(VatTreatment.OutsideScope, 0);

    /// <summary>VAT on a net amount, to the nearest penny (half a penny rounds up).</summary>
    public long On(long netPence) =>
        Treatment == VatTreatment.StandardRate ? (long)Math.Round(netPence * RatePercent / 100m, MidpointRounding.AwayFromZero) : 0;
}
