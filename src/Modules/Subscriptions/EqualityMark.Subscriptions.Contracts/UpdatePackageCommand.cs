using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Subscriptions.Contracts;

public sealed record UpdatePackageCommand(Guid PackageId, string Name, string Description, int DisplayOrder, bool IsRetired) : ICommand<PackageDto>, IChangesPublicPages;
