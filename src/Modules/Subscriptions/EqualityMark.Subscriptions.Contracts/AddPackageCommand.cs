using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Adds a package to the authority's catalogue, priced at zero in every band until prices are set.</summary>
public sealed record AddPackageCommand(string Name, string Description, int DisplayOrder, IReadOnlyList<PackageEntitlementDto> Entitlements) : ICommand<PackageDto>, IChangesPublicPages;
