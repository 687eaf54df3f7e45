namespace EqualityMark.Subscriptions.Features.Upgrades;

/// <summary>The body of POST /subscriptions/{id}/upgrade.</summary>
internal sealed record UpgradeRequest(Guid? PackageId, string? PurchaseOrderNumber);
