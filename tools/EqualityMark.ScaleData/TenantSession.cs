using Npgsql;

namespace EqualityMark.ScaleData;

/// <summary>
/// Row-level security is forced on the owner role too, so every write names its authority first, exactly as the
/// app does (the same setting, <c>app.tenant_id</c>); rows of any other authority would be refused.
/// </summary>
public static class TenantSession
{
    public static async Task UseAsync(NpgsqlConnection connection, Guid? tenantId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT set_config('app.tenant_id', @tenant, false)", connection);
        command.Parameters.AddWithValue("tenant", tenantId?.ToString() ?? string.Empty);
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
