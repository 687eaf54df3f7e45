using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EqualityMark.Shared.Data;

/// <summary>Sets the scope's tenant on every connection EF opens.</summary>
public sealed class TenantConnectionInterceptor(DbSession session) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        TenantSessionSetting.Apply(connection, session.TenantId);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        TenantSessionSetting.ApplyAsync(connection, session.TenantId, cancellationToken);
}
