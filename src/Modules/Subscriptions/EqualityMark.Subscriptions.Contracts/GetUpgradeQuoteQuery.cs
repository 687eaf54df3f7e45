using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>What upgrading to a package would cost today and how it is worked out, checked as the upgrade itself would be.</summary>
public sealed record GetUpgradeQuoteQuery(Guid SubscriptionId, Guid? PackageId, string? PurchaseOrderNumber) : IQuery<UpgradeQuoteDto>, IUpgradeRequest;
