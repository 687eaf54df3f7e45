using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Security;
using MediatR;

namespace EqualityMark.ActionPlanning.Features.DataExport;

/// <summary>Plans with their objectives, actions, notes, impact and comments, and the equality statement; for the authority also its settings.</summary>
internal sealed class ExportActionPlanningDataHandler(ActionPlanningDbContext db, ICurrentUser user)
    : IRequestHandler<ExportActionPlanningDataQuery, DataExportPart>
{
    public async Task<DataExportPart> Handle(ExportActionPlanningDataQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanExport(request.SchoolId);
        var export = new DataExportBuilder(db, "action-planning");
        var school = request.SchoolId;
        var plans = db.Plans.Where(p => school == null || p.SchoolId == school);
        var objectives = db.Objectives.Where(o => school == null || o.SchoolId == school);
        var actions = db.Actions.Where(a => school == null || a.SchoolId == school);
        var statements = db.Statements.Where(s => school == null || s.SchoolId == school);
        await export.AddTableAsync("plans", plans, cancellationToken);
        await export.AddTableAsync("objectives", objectives.OrderBy(o => o.AcademicYear), cancellationToken);
        await export.AddTableAsync("objective-grid-cells", db.ObjectiveCells.Where(c => objectives.Any(o => o.Id == c.ObjectiveId)), cancellationToken);
        await export.AddTableAsync("actions", actions.OrderBy(a => a.DueOn), cancellationToken);
        await export.AddTableAsync("progress-notes", db.ProgressNotes.Where(n => actions.Any(a => a.Id == n.ActionId)).OrderBy(n => n.WrittenAt), cancellationToken);
        await export.AddTableAsync("impact", db.Impacts.Where(i => objectives.Any(o => o.Id == i.ObjectiveId)), cancellationToken);
        await export.AddTableAsync("comments", db.Comments.Where(c => plans.Any(p => p.Id == c.PlanId)).OrderBy(c => c.WrittenAt), cancellationToken);
        await export.AddTableAsync("equality-statements", statements, cancellationToken);
        await export.AddTableAsync("equality-statement-figures", db.StatementFigures.Where(f => statements.Any(s => s.Id == f.StatementId)), cancellationToken);
        await export.AddTableAsync("published-statements", db.PublishedStatements.Where(p => school == null || p.SchoolId == school).OrderBy(p => p.Version), cancellationToken);
        if (school is null)
        {
            await export.AddTableAsync("settings", db.Settings, cancellationToken);
        }

        return export.Build();
    }
}
