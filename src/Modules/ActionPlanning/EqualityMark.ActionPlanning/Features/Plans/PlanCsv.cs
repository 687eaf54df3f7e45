using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Shared.Text;

namespace EqualityMark.ActionPlanning.Features.Plans;

/// <summary>The plan as CSV: one row per action (objectives without actions get one row of their own).</summary>
internal static class PlanCsv
{
    private static readonly string[] Header =
        ["School year", "Objective", "Grid cells", "SIP reference", "SIP priority", "Success criteria", "Review date", "Published objective",
         "Action", "Owner", "Start", "Due", "Status", "Progress", "Overdue"];

    public static string Write(PlanDto plan)
    {
        var rows = new List<IReadOnlyList<string>> { Header };
        foreach (var o in plan.Objectives)
        {
            string[] objective =
            [
                EqualityMark.Shared.Time.AcademicYear.Label(o.AcademicYear), o.Title, string.Join("; ", o.Cells.Select(c => c.Label)), o.SipReference ?? string.Empty,
                o.SipPriority ?? string.Empty, o.SuccessCriteria, o.ReviewOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                o.IsPublishedObjective ? "Yes" : "No",
            ];
            if (o.Actions.Count == 0)
            {
                rows.Add([.. objective, "", "", "", "", "", "", ""]);
            }

            rows.AddRange(o.Actions.Select(a => (IReadOnlyList<string>)[
                .. objective, a.Description, a.OwnerName, Iso(a.StartOn), Iso(a.DueOn), PlanLabels.Status(a.Status), PlanLabels.Progress(a.Progress), a.IsOverdue ? "Yes" : "No"]));
        }

        return Csv.Write(rows);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
