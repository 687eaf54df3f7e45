using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Settings;

internal sealed class SettingsHandler(ActionPlanningDbContext db, PlanAccess access) :
    IRequestHandler<GetActionPlanSettingsQuery, ActionPlanSettingsDto>,
    IRequestHandler<UpdateActionPlanSettingsCommand, Unit>
{
    public async Task<ActionPlanSettingsDto> Handle(GetActionPlanSettingsQuery request, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new ActionPlanSettings();
        return new ActionPlanSettingsDto(settings.DueSoonDays, settings.QuietWeeks);
    }

    public async Task<Unit> Handle(UpdateActionPlanSettingsCommand request, CancellationToken cancellationToken)
    {
        access.EnsureAdmin();
        var settings = await db.Settings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new ActionPlanSettings();
            db.Settings.Add(settings);
        }

        settings.DueSoonDays = request.DueSoonDays!.Value;
        settings.QuietWeeks = request.QuietWeeks!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
