namespace EqualityMark.Subscriptions.Contracts;

public sealed record InvoiceLineDto(string Description, long AmountPence);
