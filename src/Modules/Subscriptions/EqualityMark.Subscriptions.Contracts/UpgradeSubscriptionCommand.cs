using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// Invoices a subscription in force for a dearer package mid-year (ADR 0018): the difference between the packages'
/// prices pro rata for the months of the subscription year left, counting this month. The new package's entitlements
/// apply once the invoice is paid; a cancelled invoice leaves the subscription as it was. The purchase order is required
/// when the school pays by invoice and optional when it pays by card.
/// </summary>
public sealed record UpgradeSubscriptionCommand(Guid SubscriptionId, Guid? PackageId, string? PurchaseOrderNumber) : ICommand<SubscriptionDto>, IUpgradeRequest;
