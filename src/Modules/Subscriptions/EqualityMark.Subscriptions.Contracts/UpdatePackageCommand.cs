using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

public sealed record UpdatePackageCommand(Guid PackageId, string Name, string Description, int DisplayOrder, bool IsRetired) : ICommand<PackageDto>;
