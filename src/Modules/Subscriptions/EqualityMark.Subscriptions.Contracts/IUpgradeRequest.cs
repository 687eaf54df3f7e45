namespace EqualityMark.Subscriptions.Contracts;

/// <summary>What an upgrade and its quote both ask: the package to move to and the purchase order for its invoice.</summary>
public interface IUpgradeRequest
{
    Guid SubscriptionId { get; }

    Guid? PackageId { get; }

    string? PurchaseOrderNumber { get; }
}
