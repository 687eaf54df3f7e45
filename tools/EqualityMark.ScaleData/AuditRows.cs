namespace EqualityMark.ScaleData;

/// <summary>
/// Two years of audits for subscribed schools: last year's sent with every judgement made, this year's in progress
/// (one in five already sent) with most judgements made; every item × strand has its judgement row, as when an
/// audit starts. A few grid changes per audit, and one audit with <paramref name="busyHistory"/> of them.
/// </summary>
public sealed class AuditRows(Guid tenant, ProgrammeFacts facts, ScaleOptions options, Random random, int busyHistory)
{
    private static readonly string[] Ratings = ["Red", "Amber", "Amber", "Green", "Green", "Green"];

    private readonly BinaryCopy _audits = new("audit.audits", "id", "tenant_id", "school_id", "school_phase", "academic_year", "framework_version_id",
        "status", "started_at", "submitted_at");

    private readonly BinaryCopy _judgements = new("audit.judgements", "id", "tenant_id", "audit_id", "item_key", "element_key", "strand_key", "rating",
        "commentary", "evidence_notes", "updated_by", "updated_at");

    private readonly BinaryCopy _changes = new("audit.grid_cell_changes", "id", "tenant_id", "audit_id", "element_key", "strand_key", "from", "to",
        "changed_by", "changed_at", "reason");

    public IEnumerable<BinaryCopy> For(IReadOnlyList<GeneratedSchool> schools)
    {
        var busy = busyHistory;
        foreach (var school in schools.Where(s => s.Subscribed))
        {
            if (school.SubscribedLastYear)
            {
                Add(school, options.AcademicYear - 1, sent: true, assessed: 1.0, changes: 0);
            }

            var sent = random.NextDouble() < 0.2;
            Add(school, options.AcademicYear, sent, assessed: sent ? 1.0 : 0.4 + (0.6 * random.NextDouble()), changes: busy > 0 ? busy : random.Next(0, 8));
            busy = 0;
        }

        return [_audits, _judgements, _changes];
    }

    private void Add(GeneratedSchool school, int year, bool sent, double assessed, int changes)
    {
        var id = Ids.From(random);
        var started = new DateTimeOffset(new DateTime(year, 9, 15, 9, 0, 0, DateTimeKind.Utc)).AddDays(random.Next(0, 30));
        var last = year < options.AcademicYear ? started.AddDays(120) : new DateTimeOffset(options.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        _audits.Add(id, tenant, school.Id, school.Phase, year, facts.FrameworkVersionId, sent ? "Submitted" : "InProgress", started,
            sent ? last : null);
        foreach (var (item, element, strand) in facts.Judgements)
        {
            var made = random.NextDouble() < assessed;
            var at = made ? started.AddMinutes(random.Next(0, (int)Math.Max(1, (last - started).TotalMinutes))) : (DateTimeOffset?)null;
            _judgements.Add(Ids.From(random), tenant, id, item, element, strand, made ? Ratings[random.Next(Ratings.Length)] : "NotAssessed",
                made && random.NextDouble() < 0.3 ? "Discussed with the reference group; see the minutes." : string.Empty,
                made && random.NextDouble() < 0.3 ? "Seen in books and the policy file." : string.Empty,
                made ? school.CoordinatorName : null, at);
        }

        for (var i = 0; i < changes; i++)
        {
            var (element, strand) = (facts.Elements[random.Next(facts.Elements.Count)].Key, facts.Strands[random.Next(facts.Strands.Count)].Key);
            var (from, to) = (Ratings[random.Next(Ratings.Length)], Ratings[random.Next(Ratings.Length)]);
            _changes.Add(Ids.From(random), tenant, id, element, strand, from, to, school.CoordinatorName,
                started.AddMinutes(i + random.Next(0, 60)), "Judgement saved");
        }
    }
}
