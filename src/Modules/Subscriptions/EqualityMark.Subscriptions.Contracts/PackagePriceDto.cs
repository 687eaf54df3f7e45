namespace EqualityMark.Subscriptions.Contracts;

/// <summary>A package's price for one phase band; IsSet is false for a band added since the prices were set (shown as not priced, never £0).</summary>
public sealed record PackagePriceDto(Guid PhaseBandId, string PhaseBandName, long AmountPence, bool IsSet = true);
