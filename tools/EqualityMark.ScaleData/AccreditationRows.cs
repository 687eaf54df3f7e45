using System.Globalization;

namespace EqualityMark.ScaleData;

/// <summary>About a third of subscribed schools hold one to three badges, each from an awarded summary, shown on the register.</summary>
public sealed class AccreditationRows(Guid tenant, AuthorityPlan authority, ProgrammeFacts facts, ScaleOptions options, Random random)
{
    private readonly BinaryCopy _summaries = new("accreditation.summaries", "id", "tenant_id", "school_id", "school_name", "strand_key", "strand_name",
        "status", "actions_taken", "outcomes_achieved", "pupil_voice", "version", "started_at", "started_by", "updated_at", "updated_by", "sent_at",
        "decided_at");

    private readonly BinaryCopy _awards = new("accreditation.awards", "id", "tenant_id", "school_id", "school_name", "school_urn", "school_phase", "kind",
        "strand_key", "title", "awarded_on", "expires_on", "certificate_number", "verification_code", "summary_id", "awarded_by", "awarded_at",
        "show_on_register");

    private readonly HashSet<string> _codes = [];
    private int _certificates;

    public IEnumerable<BinaryCopy> For(IReadOnlyList<GeneratedSchool> schools)
    {
        foreach (var school in schools.Where(s => s.Subscribed && random.NextDouble() < 0.33))
        {
            foreach (var (strandKey, strandName) in facts.Strands.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))
            {
                var awardedOn = new DateOnly(options.AcademicYear, 9, 1).AddDays(-random.Next(1, 700));
                var at = new DateTimeOffset(awardedOn.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero);
                var summary = Ids.From(random);
                _summaries.Add(summary, tenant, school.Id, school.Name, strandKey, strandName, "Awarded", "Actions across the school.",
                    "Pupils describe the change.", "The school council was asked.", 1, at.AddDays(-90), school.CoordinatorName, at,
                    facts.Advisor.Name, at.AddDays(-30), at);
                var certificate = string.Create(CultureInfo.InvariantCulture, $"{authority.Code.ToUpperInvariant()}-{awardedOn.Year}-{++_certificates:0000}");
                _awards.Add(Ids.From(random), tenant, school.Id, school.Name, school.Urn, school.Phase, "Badge", strandKey, $"{strandName} Equality Badge",
                    awardedOn, awardedOn.AddYears(3), certificate, NewCode(), summary, facts.Advisor.Name, at, true);
            }
        }

        return [_summaries, _awards];
    }

    private string NewCode()
    {
        string code;
        do
        {
            code = Ids.Code(random, 12);
        }
        while (!_codes.Add(code));
        return code;
    }
}
