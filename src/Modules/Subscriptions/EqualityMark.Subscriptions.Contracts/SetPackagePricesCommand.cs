using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Sets a package's price in each phase band. Subscriptions already bought keep the price they paid.</summary>
public sealed record SetPackagePricesCommand(Guid PackageId, IReadOnlyList<PackagePriceInput> Prices) : ICommand<PackageDto>, IChangesPublicPages;
