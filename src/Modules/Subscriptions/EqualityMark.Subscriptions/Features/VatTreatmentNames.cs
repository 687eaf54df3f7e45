using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Features;

/// <summary>VAT treatments as an invoice says them.</summary>
public static class VatTreatmentNames
{
    public static string Display(VatTreatment treatment) => treatment switch
    {
        VatTreatment.OutsideScope => "Outside the scope of VAT",
        VatTreatment.StandardRate => "Standard rate",
        _ => "Unknown",
    };
}
