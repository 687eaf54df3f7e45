using Npgsql;

namespace EqualityMark.ScaleData;

/// <summary>
/// Everything one generated authority holds, module by module, written with one binary COPY per table inside one
/// transaction with the authority's <c>app.tenant_id</c> set (row-level security checks every row).
/// </summary>
public sealed class AuthorityRows(AuthorityPlan authority, ProgrammeFacts programme, ScaleOptions options, int firstUrn)
{
    private readonly Random _random = new(unchecked((options.Seed * 100_003) + authority.Id.GetHashCode()));
    private readonly Guid _tenant = authority.Id;

    public long Judgements { get; private set; }

    public async Task WriteAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var schools = Schools();
        var now = new DateTimeOffset(options.Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var facts = Remapped();
        IEnumerable<BinaryCopy> tables =
        [
            .. OrganisationRows.For(_tenant, schools, facts, now),
            .. new SubscriptionRows(_tenant, authority, facts, options, _random).For(schools),
            .. new AuditRows(_tenant, facts, options, _random, busyHistory: authority.Number == 1 ? options.BusyGridChanges : 0).For(schools),
            .. new PlanRows(_tenant, facts, options, _random).For(schools),
            .. new AccreditationRows(_tenant, authority, facts, options, _random).For(schools),
            .. new EventRows(_tenant, facts, options, _random).For(schools),
        ];
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await TenantSession.UseAsync(connection, _tenant, cancellationToken);
        foreach (var table in tables)
        {
            if (table.Name == "audit.judgements")
            {
                Judgements += table.Count;
            }

            await table.WriteAsync(connection, cancellationToken);
        }

        await using (var numbers = new NpgsqlCommand(
            "UPDATE subscriptions.settings SET last_invoice_number = (SELECT coalesce(max(number), 0) FROM subscriptions.invoices)", connection, transaction))
        {
            await numbers.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private ProgrammeFacts Remapped() => programme with
    {
        FrameworkVersionId = ProgrammeTemplate.Remap(programme.FrameworkVersionId, _tenant),
        Packages = programme.Packages.Select(p => (ProgrammeTemplate.Remap(p.Id, _tenant), p.Name)).ToList(),
        Bands = programme.Bands.Select(b => (ProgrammeTemplate.Remap(b.Id, _tenant), b.Name, b.Phases)).ToList(),
        Prices = programme.Prices.ToDictionary(
            p => (ProgrammeTemplate.Remap(p.Key.Package, _tenant), ProgrammeTemplate.Remap(p.Key.Band, _tenant)), p => p.Value),
        Advisor = (ProgrammeTemplate.Remap(programme.Advisor.Id, _tenant), programme.Advisor.Name),
    };

    private List<GeneratedSchool> Schools() => Enumerable.Range(0, authority.Schools).Select(i =>
    {
        var town = PlaceNames.Town(_random);
        var (phase, word) = SchoolMix.Phase(_random);
        var urn = (firstUrn + i).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var name = $"{town} {PlaceNames.Feature(_random)} {word}";
        var subscribed = _random.NextDouble() < 0.92;
        return new GeneratedSchool(Ids.From(_random), name, urn, phase, SchoolMix.Type(_random),
            $"{_random.Next(1, 200)} {PlaceNames.Feature(_random)} Road", town, $"{(char)('A' + _random.Next(26))}{(char)('A' + _random.Next(26))}{_random.Next(1, 20)} {_random.Next(1, 9)}{(char)('A' + _random.Next(26))}{(char)('A' + _random.Next(26))}",
            Ids.From(_random), $"Co-ordinator {urn}", $"coordinator.{urn}@{authority.Code}.example",
            subscribed, subscribed && _random.NextDouble() < 0.9);
    }).ToList();
}
