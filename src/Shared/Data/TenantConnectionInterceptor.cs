using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EqualityMark.Shared.Data;

/// <summary>
/// Sets the context's scope's tenant on every connection EF opens. A connection opened for a context outside a scope
/// gets no tenant, so row-level security shows it no tenant's rows.
/// </summary>
public sealed class TenantConnectionInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        TenantSessionSetting.Apply(connection, TenantOf(eventData));

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        TenantSessionSetting.ApplyAsync(connection, TenantOf(eventData), cancellationToken);

    private static Guid? TenantOf(ConnectionEndEventData eventData) =>
        (eventData.Context as IScopeJoinedDbContext)?.Scope?.Session.TenantId;
}
