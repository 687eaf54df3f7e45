namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The VAT on an invoice for one treatment and rate: the net amount it applies to and the VAT charged.</summary>
public sealed record InvoiceVatDto(VatTreatment Treatment, int RatePercent, long NetPence, long VatPence);
