using System.Globalization;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features;

/// <summary>A line's VAT as an invoice prints it: "20%" or "Outside the scope of VAT".</summary>
public static class VatRateLabel
{
    public static string For(VatTreatment treatment, int ratePercent) =>
        treatment == VatTreatment.StandardRate ? $"{ratePercent.ToString(CultureInfo.InvariantCulture)}%" : VatTreatmentNames.Display(treatment);
}
