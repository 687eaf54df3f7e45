using EqualityMark.Audit.Contracts;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>
/// What an evidence pack says, in order, as headings, paragraphs and tables: the audit by inspection judgement, the
/// summary grid beside last year's, the action plan, the published equality objectives, the badges held and the
/// reference group. Both documents are drawn from this one outline, so they cannot disagree.
/// </summary>
internal static class PackOutline
{
    public static IReadOnlyList<PackBlock> Blocks(PackContent pack)
    {
        var blocks = new List<PackBlock>
        {
            new PackHeading(1, pack.Title),
            new PackParagraph($"{pack.ProgrammeName}, {pack.AuthorityName}."),
            new PackParagraph($"URN {pack.SchoolUrn}. {pack.SchoolPhase} school. Made on {PackText.Date(pack.MadeAt)}."),
            new PackParagraph("For inspectors and governors: the school's equality audit grouped by the inspection judgements its elements of practice inform, the summary grid with last year's, the equality action plan with progress and impact, the published equality objectives, the badges held with links that verify them, and the equality reference group."),
        };
        AuditSection(pack, blocks);
        GridSection(pack, blocks);
        PlanSection(pack, blocks);
        ObjectivesSection(pack, blocks);
        BadgesSection(pack, blocks);
        ReferenceGroupSection(pack, blocks);
        return blocks;
    }

    private static void AuditSection(PackContent pack, List<PackBlock> blocks)
    {
        var grid = pack.Audit.Grid;
        blocks.Add(new PackHeading(2, grid is null ? "Equality audit" : $"Equality audit {PackText.Year(grid.AcademicYear)} by inspection judgement"));
        if (grid is null)
        {
            blocks.Add(new PackParagraph("The school has not started an equality audit yet."));
            return;
        }

        blocks.Add(new PackParagraph(grid.Status == AuditStatus.Submitted
            ? "The audit has been sent to the authority's equality team."
            : "The audit is still being completed; these are the judgements made so far."));
        foreach (var judgement in pack.Audit.ByInspectionJudgement)
        {
            blocks.Add(new PackHeading(3, judgement.Name));
            foreach (var element in judgement.Elements)
            {
                blocks.Add(new PackParagraph($"{element.Name}: {element.Green} green, {element.Amber} amber, {element.Red} red, {element.NotAssessed} not yet assessed."));
                if (element.Judgements.Count > 0)
                {
                    blocks.Add(new PackTable(
                        ["Statement", "Strand", "Rating", "Commentary"],
                        element.Judgements.Select(j => (IReadOnlyList<string>)[j.Statement, j.StrandName, PackText.Rating(j.Rating), j.Commentary]).ToList(),
                        [4, 1.6, 1.2, 3.2]));
                }
            }
        }
    }

    private static void GridSection(PackContent pack, List<PackBlock> blocks)
    {
        if (pack.Audit.Grid is not { } grid)
        {
            return;
        }

        var previous = pack.Audit.PreviousGrid;
        blocks.Add(new PackHeading(2, $"Summary grid {PackText.Year(grid.AcademicYear)}"));
        blocks.Add(new PackParagraph(previous is null
            ? "There is no audit from the year before to compare with."
            : $"Each cell shows this year's rating, and in brackets the rating in {PackText.Year(previous.AcademicYear)} where it was different."));
        var before = previous?.Cells.ToDictionary(c => (c.ElementKey, c.StrandKey), c => c.Rating) ?? [];
        var rows = grid.Elements.Select(element => (IReadOnlyList<string>)[
            element.Name,
            .. grid.Strands.Select(strand =>
            {
                var now = grid.Cells.First(c => c.ElementKey == element.Key && c.StrandKey == strand.Key).Rating;
                return before.TryGetValue((element.Key, strand.Key), out var then) && then != now
                    ? $"{PackText.Rating(now)} (was {PackText.Rating(then)})"
                    : PackText.Rating(now);
            })]).ToList();
        blocks.Add(new PackTable(["Element", .. grid.Strands.Select(s => s.Name)], rows, [2.4, .. grid.Strands.Select(_ => 1.0)]));
    }

    private static void PlanSection(PackContent pack, List<PackBlock> blocks)
    {
        var plan = pack.Plan;
        blocks.Add(new PackHeading(2, plan.AcademicYear is { } year ? $"Equality action plan {PackText.Year(year)}" : "Equality action plan"));
        if (plan.Objectives.Count == 0)
        {
            blocks.Add(new PackParagraph("The school has not planned any objectives yet."));
            return;
        }

        foreach (var objective in plan.Objectives)
        {
            blocks.Add(new PackHeading(3, objective.Title));
            if (!string.IsNullOrWhiteSpace(objective.SipReference))
            {
                blocks.Add(new PackParagraph($"School improvement plan: {objective.SipReference}."));
            }

            blocks.Add(new PackParagraph($"Addresses: {string.Join("; ", objective.Cells.Select(pack.CellLabel))}."));
            blocks.Add(new PackParagraph($"Success looks like: {objective.SuccessCriteria}"));
            if (objective.Actions.Count > 0)
            {
                blocks.Add(new PackTable(
                    ["Action", "Who", "Due", "Status", "Progress"],
                    objective.Actions.Select(a => (IReadOnlyList<string>)[a.Description, a.OwnerName, PackText.Date(a.DueOn), PackText.Action(a.Status), PackText.Progress(a.Progress)]).ToList(),
                    [3.6, 1.6, 1.4, 1.2, 1.6]));
            }

            blocks.Add(new PackParagraph(objective.Impacts.Count == 0
                ? "Impact: none recorded yet."
                : "Impact: " + string.Join(" ", objective.Impacts.Select(i => $"{pack.StrandName(i.StrandKey)}: {PackText.Impact(i)}."))));
        }
    }

    private static void ObjectivesSection(PackContent pack, List<PackBlock> blocks)
    {
        blocks.Add(new PackHeading(2, "Published equality objectives"));
        var published = pack.Plan.Objectives.Where(o => o.IsPublishedObjective).ToList();
        blocks.Add(new PackParagraph(pack.Plan.StatementPublishedAt is { } at && pack.StatementLink is { } link
            ? $"The school published its equality information and objectives on {PackText.Date(at)}: {link}"
            : "The school has not published its equality information and objectives on this service yet."));
        blocks.AddRange(published.Count == 0
            ? [new PackParagraph("No objective of the plan is marked as a published equality objective.")]
            : published.Select(o => new PackParagraph($"• {o.Title}")));
    }

    private static void BadgesSection(PackContent pack, List<PackBlock> blocks)
    {
        blocks.Add(new PackHeading(2, "Badges held"));
        if (pack.Badges.Count == 0)
        {
            blocks.Add(new PackParagraph("The school has not been awarded a badge yet."));
            return;
        }

        blocks.Add(new PackParagraph("Anyone can check a badge at its verification link."));
        blocks.Add(new PackTable(
            ["Award", "Awarded", "Expires", "Status", "Verify at"],
            pack.Badges.Select(b => (IReadOnlyList<string>)[b.Title, PackText.Date(b.AwardedOn), b.ExpiresOn is { } e ? PackText.Date(e) : "Does not expire", b.Status, b.VerificationLink]).ToList(),
            [2.2, 1.4, 1.4, 1, 3.4]));
    }

    private static void ReferenceGroupSection(PackContent pack, List<PackBlock> blocks)
    {
        var group = pack.Audit.ReferenceGroup;
        blocks.Add(new PackHeading(2, "Equality reference group"));
        if (!string.IsNullOrWhiteSpace(group.MeetingFrequency))
        {
            blocks.Add(new PackParagraph($"The group meets {group.MeetingFrequency}."));
        }

        blocks.Add(group.Members.Count == 0
            ? new PackParagraph("No members have been added yet.")
            : new PackTable(["Member", "Represents"], group.Members.Select(m => (IReadOnlyList<string>)[m.FullName, m.Category]).ToList(), [3, 2]));
        blocks.Add(new PackHeading(3, "Meetings"));
        blocks.Add(group.Meetings.Count == 0
            ? new PackParagraph("No meetings have been recorded yet.")
            : new PackTable(["Date", "Who came", "Notes"], group.Meetings.Select(m => (IReadOnlyList<string>)[PackText.Date(m.HeldOn), m.Attendees, m.Notes]).ToList(), [1.4, 2.6, 4]));
    }
}
