using System.Data.Common;

namespace EqualityMark.Shared.Data;

/// <summary>
/// Writes the tenant into the PostgreSQL session setting that row-level security policies read.
/// Always overwritten (empty when there is no tenant) so a pooled connection never keeps an old value.
/// </summary>
public static class TenantSessionSetting
{
    public const string SettingName = "app.tenant_id";

    public static async Task ApplyAsync(DbConnection connection, Guid? tenantId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT set_config('app.tenant_id', @tenant, false)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "tenant";
        parameter.Value = tenantId?.ToString() ?? string.Empty;
        command.Parameters.Add(parameter);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public static void Apply(DbConnection connection, Guid? tenantId) =>
        ApplyAsync(connection, tenantId, CancellationToken.None).GetAwaiter().GetResult();
}
