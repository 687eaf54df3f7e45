namespace EqualityMark.Subscriptions.Contracts;

/// <summary>One supply on an invoice: quantity × unit price before VAT, with the VAT treatment and rate fixed when it was raised.</summary>
public sealed record InvoiceLineDto(string Description, long AmountPence, int Quantity = 1, long UnitPricePence = 0, VatTreatment VatTreatment = VatTreatment.OutsideScope, int VatRatePercent = 0);
