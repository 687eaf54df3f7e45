using MediatR;

namespace EqualityMark.Shared.PublicPages;

/// <summary>Published after a committed change to what an authority's public pages show; the host evicts their cached copies.</summary>
public sealed record PublicPagesChanged(Guid TenantId) : INotification;
