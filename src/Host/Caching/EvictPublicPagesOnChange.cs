using EqualityMark.Shared.PublicPages;
using MediatR;
using Microsoft.AspNetCore.OutputCaching;

namespace EqualityMark.Host.Caching;

/// <summary>
/// An award made or revoked, a statement published, the programme or its prices changed: this node drops the
/// authority's cached public pages at once. Other nodes keep theirs until they expire (<see cref="PublicPageCache.Lifetime"/>).
/// </summary>
internal sealed class EvictPublicPagesOnChange(IOutputCacheStore store) : INotificationHandler<PublicPagesChanged>
{
    public Task Handle(PublicPagesChanged notification, CancellationToken cancellationToken) =>
        store.EvictByTagAsync(PublicPageCache.TenantTag(notification.TenantId), cancellationToken).AsTask();
}
