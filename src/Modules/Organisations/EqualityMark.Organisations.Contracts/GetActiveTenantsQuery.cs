using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>Every active local authority — what recurring jobs loop over.</summary>
public sealed record GetActiveTenantsQuery : IQuery<IReadOnlyList<TenantDto>>;
