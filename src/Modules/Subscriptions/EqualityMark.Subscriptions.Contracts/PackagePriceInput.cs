namespace EqualityMark.Subscriptions.Contracts;

public sealed record PackagePriceInput(Guid PhaseBandId, long AmountPence);
