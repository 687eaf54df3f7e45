namespace EqualityMark.Subscriptions.Contracts;

/// <summary>How VAT relates to the catalogue prices. The default: a price is what the school pays.</summary>
public enum VatMode
{
    PriceIsWhatSchoolPays,
    VatAddedToPrice,
}
