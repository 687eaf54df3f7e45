namespace EqualityMark.Subscriptions.Contracts;

public sealed record PackagePriceDto(Guid PhaseBandId, string PhaseBandName, long AmountPence);
