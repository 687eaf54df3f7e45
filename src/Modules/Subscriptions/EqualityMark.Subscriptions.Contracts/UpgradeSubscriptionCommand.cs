using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// Moves a subscription in force to a dearer package mid-year: its entitlements grow at once (units already
/// used stay used) and the difference at today's prices is invoiced to the purchase order given.
/// </summary>
public sealed record UpgradeSubscriptionCommand(Guid SubscriptionId, Guid? PackageId, string? PurchaseOrderNumber) : ICommand<SubscriptionDto>;
