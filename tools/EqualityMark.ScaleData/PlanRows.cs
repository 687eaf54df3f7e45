namespace EqualityMark.ScaleData;

/// <summary>This year's action plan for subscribed schools: two objectives on grid cells, three actions each in mixed states.</summary>
public sealed class PlanRows(Guid tenant, ProgrammeFacts facts, ScaleOptions options, Random random)
{
    private static readonly string[] Statuses = ["NotStarted", "InProgress", "InProgress", "Done"];

    private readonly BinaryCopy _plans = new("action_planning.plans", "id", "tenant_id", "school_id", "school_name", "focus", "created_at", "last_updated_at",
        "last_updated_by");

    private readonly BinaryCopy _objectives = new("action_planning.objectives", "id", "tenant_id", "plan_id", "school_id", "academic_year", "title",
        "success_criteria", "review_on", "is_published_objective", "created_at", "created_by", "updated_at");

    private readonly BinaryCopy _cells = new("action_planning.objective_cells", "id", "tenant_id", "objective_id", "element_key", "strand_key");

    private readonly BinaryCopy _actions = new("action_planning.actions", "id", "tenant_id", "objective_id", "school_id", "description", "owner_user_id",
        "owner_name", "start_on", "due_on", "status", "completed_on", "created_at", "updated_at");

    public IEnumerable<BinaryCopy> For(IReadOnlyList<GeneratedSchool> schools)
    {
        var yearStart = new DateOnly(options.AcademicYear, 10, 1);
        foreach (var school in schools.Where(s => s.Subscribed))
        {
            var plan = Ids.From(random);
            var created = new DateTimeOffset(yearStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(random.Next(0, 30));
            _plans.Add(plan, tenant, school.Id, school.Name, "ByStrand", created, created.AddDays(20), school.CoordinatorName);
            for (var o = 0; o < 2; o++)
            {
                var objective = Ids.From(random);
                var (strandKey, strandName) = facts.Strands[random.Next(facts.Strands.Count)];
                var element = facts.Elements[random.Next(facts.Elements.Count)];
                _objectives.Add(objective, tenant, plan, school.Id, options.AcademicYear, $"Improve {element.Name.ToLowerInvariant()} for {strandName.ToLowerInvariant()}",
                    "Pupils and staff can describe what has changed.", yearStart.AddMonths(8), false, created, school.CoordinatorName, created);
                _cells.Add(Ids.From(random), tenant, objective, element.Key, strandKey);
                for (var a = 0; a < 3; a++)
                {
                    var status = Statuses[random.Next(Statuses.Length)];
                    var start = yearStart.AddDays(random.Next(0, 60));
                    _actions.Add(Ids.From(random), tenant, objective, school.Id, $"Action {a + 1}: review practice with the reference group",
                        school.CoordinatorId, school.CoordinatorName, start, start.AddDays(random.Next(30, 200)), status,
                        status == "Done" ? start.AddDays(20) : null, created, created.AddDays(a));
                }
            }
        }

        return [_plans, _objectives, _cells, _actions];
    }
}
