using System.Text.Json;
using Npgsql;

namespace EqualityMark.ScaleData;

/// <summary>What the generated rows refer to in the template's programme: the published framework's cells and items,
/// the packages with their prices per phase band, an advisor, and a co-ordinator's password hash (the demo password).</summary>
public sealed record ProgrammeFacts(
    Guid FrameworkVersionId,
    IReadOnlyList<(string Key, string Name)> Strands,
    IReadOnlyList<(string Key, string Name)> Elements,
    IReadOnlyList<(string Item, string Element, string Strand)> Judgements,
    IReadOnlyList<(Guid Id, string Name)> Packages,
    IReadOnlyList<(Guid Id, string Name, string[] Phases)> Bands,
    IReadOnlyDictionary<(Guid Package, Guid Band), long> Prices,
    (Guid Id, string Name) Advisor,
    string PasswordHash)
{
    public static async Task<ProgrammeFacts> ReadAsync(NpgsqlConnection connection, ProgrammeTemplate template, CancellationToken cancellationToken)
    {
        await TenantSession.UseAsync(connection, template.TenantId, cancellationToken);
        var (frameworkId, content) = await SingleAsync(connection,
            "SELECT id, content::text FROM audit.framework_versions WHERE status = 'Published' ORDER BY number DESC LIMIT 1",
            r => (r.GetGuid(0), r.GetString(1)), "a published audit framework", cancellationToken);
        using var json = JsonDocument.Parse(content);
        var strands = Named(json.RootElement.GetProperty("strands"));
        var elements = Named(json.RootElement.GetProperty("elements"));
        var judgements = json.RootElement.GetProperty("items").EnumerateArray().SelectMany(item =>
        {
            var key = item.GetProperty("key").GetString()!;
            var element = item.GetProperty("elementKey").GetString()!;
            return item.GetProperty("strandKey").GetString() is { } only
                ? [(key, element, only)]
                : strands.Select(s => (key, element, s.Key));
        }).ToList();
        var packages = await ListAsync(connection, "SELECT id, name FROM subscriptions.packages WHERE NOT is_retired ORDER BY display_order",
            r => (r.GetGuid(0), r.GetString(1)), cancellationToken);
        var bands = await ListAsync(connection, "SELECT id, name, phases FROM subscriptions.phase_bands ORDER BY display_order",
            r => (r.GetGuid(0), r.GetString(1), r.GetString(2).Split(',', StringSplitOptions.TrimEntries)), cancellationToken);
        var prices = await ListAsync(connection, "SELECT package_id, phase_band_id, amount_pence FROM subscriptions.package_prices",
            r => (r.GetGuid(0), r.GetGuid(1), r.GetInt64(2)), cancellationToken);
        var advisor = await SingleAsync(connection, "SELECT id, full_name FROM organisations.users WHERE role IN ('Advisor', 'AuthorityAdmin') AND school_id IS NULL ORDER BY role = 'Advisor' DESC, full_name LIMIT 1",
            r => (r.GetGuid(0), r.GetString(1)), "a member of staff", cancellationToken);
        var hash = await SingleAsync(connection, "SELECT password_hash FROM organisations.users WHERE password_hash IS NOT NULL ORDER BY role = 'SchoolCoordinator' DESC LIMIT 1",
            r => r.GetString(0), "a user with a password", cancellationToken);
        return new ProgrammeFacts(frameworkId, strands, elements, judgements, packages, bands,
            prices.ToDictionary(p => (p.Item1, p.Item2), p => p.Item3), advisor, hash);
    }

    /// <summary>The phase band a school's phase pays in, and the package's price there (none: the package is not sold to that phase).</summary>
    public (Guid Band, string BandName, long Price)? PriceFor(Guid package, string phase) =>
        Bands.Where(b => b.Phases.Contains(phase) && Prices.ContainsKey((package, b.Id)))
            .Select(b => ((Guid, string, long)?)(b.Id, b.Name, Prices[(package, b.Id)])).FirstOrDefault();

    private static List<(string Key, string Name)> Named(JsonElement list) =>
        list.EnumerateArray().Select(e => (e.GetProperty("key").GetString()!, e.GetProperty("name").GetString()!)).ToList();

    private static async Task<T> SingleAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, string what, CancellationToken cancellationToken) =>
        (await ListAsync(connection, sql, read, cancellationToken)) is [var first, ..]
            ? first
            : throw new InvalidOperationException($"The template authority has no {what}.");

    private static async Task<List<T>> ListAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
