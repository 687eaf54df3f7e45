using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

public sealed record GetPackageQuery(Guid PackageId) : IQuery<PackageDto>;
