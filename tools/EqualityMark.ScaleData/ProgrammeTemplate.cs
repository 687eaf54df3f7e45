using Npgsql;

namespace EqualityMark.ScaleData;

/// <summary>
/// The template authority's programme settings (identity, audit framework, packages, phase bands and prices,
/// award rules, signing key, module settings) and its staff, read once and written again for every generated
/// authority. Ids are remapped per authority (<see cref="Remap"/>) so references between the copied rows hold;
/// staff email addresses take the new authority's code (admin@lancashire.example → admin@la001.example).
/// </summary>
public sealed class ProgrammeTemplate
{
    private static readonly string[] Tables =
    [
        "organisations.programme_identities", "audit.settings", "audit.framework_versions", "action_planning.settings",
        "accreditation.award_rules", "accreditation.signing_keys", "events.settings", "subscriptions.settings",
        "subscriptions.phase_bands", "subscriptions.packages", "subscriptions.package_entitlements", "subscriptions.package_prices",
    ];

    private static readonly string[] EmailColumns = ["user_name", "normalized_user_name", "email", "normalized_email"];

    private readonly List<TemplateTable> _tables = [];
    private readonly HashSet<Guid> _ids = [];

    private ProgrammeTemplate(Guid tenantId, string code)
    {
        TenantId = tenantId;
        Code = code;
    }

    public Guid TenantId { get; }

    public string Code { get; }

    /// <summary>The same id in the generated authority: a bijection per authority, so references stay intact.</summary>
    public static Guid Remap(Guid id, Guid tenantId)
    {
        Span<byte> a = stackalloc byte[16];
        Span<byte> b = stackalloc byte[16];
        id.TryWriteBytes(a);
        tenantId.TryWriteBytes(b);
        for (var i = 0; i < 16; i++)
        {
            a[i] ^= b[i];
        }

        return new Guid(a);
    }

    public static async Task<ProgrammeTemplate> LoadAsync(NpgsqlConnection connection, string code, CancellationToken cancellationToken)
    {
        await using var find = new NpgsqlCommand("SELECT id FROM organisations.tenants WHERE code = @code", connection);
        find.Parameters.AddWithValue("code", code);
        var tenantId = await find.ExecuteScalarAsync(cancellationToken) as Guid?
            ?? throw new InvalidOperationException($"No authority '{code}' to copy the programme from: seed the demo data first (--seed-demo).");
        var template = new ProgrammeTemplate(tenantId, code);
        await TenantSession.UseAsync(connection, tenantId, cancellationToken);
        foreach (var table in Tables)
        {
            template._tables.Add(await TemplateTable.ReadAsync(connection, table, $"SELECT * FROM {table}", cancellationToken));
        }

        template._tables.Add(await TemplateTable.ReadAsync(connection, "organisations.users",
            "SELECT * FROM organisations.users WHERE school_id IS NULL AND password_hash IS NOT NULL", cancellationToken));
        foreach (var table in template._tables)
        {
            template._ids.UnionWith(table.Ids());
        }

        return template;
    }

    /// <summary>Adds the authority (live, active) and its copy of the programme and staff in one transaction.</summary>
    public async Task CloneAsync(NpgsqlConnection connection, AuthorityPlan authority, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var tenant = new NpgsqlCommand(
            """
            INSERT INTO organisations.tenants (id, code, name, programme_name, contact_email, status, created_at, live_at, setup_started_at,
                first_administrator_name, first_administrator_email)
            SELECT @id, @code, @name, @programme, replace(contact_email, @from, @to), status, @now, @now, @now, first_administrator_name,
                replace(first_administrator_email, @from, @to)
            FROM organisations.tenants WHERE id = @template
            """, connection, transaction))
        {
            tenant.Parameters.AddWithValue("id", authority.Id);
            tenant.Parameters.AddWithValue("code", authority.Code);
            tenant.Parameters.AddWithValue("name", authority.Name);
            tenant.Parameters.AddWithValue("programme", authority.ProgrammeName);
            tenant.Parameters.AddWithValue("from", $"@{Code}.");
            tenant.Parameters.AddWithValue("to", $"@{authority.Code}.");
            tenant.Parameters.AddWithValue("now", now);
            tenant.Parameters.AddWithValue("template", TenantId);
            await tenant.ExecuteNonQueryAsync(cancellationToken);
        }

        await TenantSession.UseAsync(connection, authority.Id, cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var table in _tables)
        {
            foreach (var row in table.Rows)
            {
                batch.BatchCommands.Add(table.Insert(row, (column, value) => Copy(column, value, authority)));
            }
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private object? Copy(string column, object? value, AuthorityPlan authority) => value switch
    {
        _ when column == "tenant_id" => authority.Id,
        Guid id when _ids.Contains(id) => Remap(id, authority.Id),
        string text when EmailColumns.Contains(column) => text
            .Replace($"@{Code}.", $"@{authority.Code}.", StringComparison.Ordinal)
            .Replace($"@{Code.ToUpperInvariant()}.", $"@{authority.Code.ToUpperInvariant()}.", StringComparison.Ordinal),
        _ => value,
    };
}
