using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>All local authorities on the platform (platform operator only).</summary>
public sealed record ListTenantsQuery : IQuery<IReadOnlyList<TenantDto>>;
