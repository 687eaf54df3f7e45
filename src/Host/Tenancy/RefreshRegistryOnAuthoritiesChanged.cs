using EqualityMark.Organisations.Contracts;
using MediatR;

namespace EqualityMark.Host.Tenancy;

/// <summary>A new or suspended authority is known to every request straight away, not after the cache expires.</summary>
internal sealed class RefreshRegistryOnAuthoritiesChanged(TenantRegistry registry) : INotificationHandler<AuthoritiesChanged>
{
    public Task Handle(AuthoritiesChanged notification, CancellationToken cancellationToken)
    {
        registry.Invalidate();
        return Task.CompletedTask;
    }
}
