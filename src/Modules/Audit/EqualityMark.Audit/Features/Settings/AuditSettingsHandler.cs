using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Settings;

internal sealed class AuditSettingsHandler(AuditDbContext db, ICurrentUser user) :
    IRequestHandler<GetAuditSettingsQuery, AuditSettingsDto>,
    IRequestHandler<UpdateAuditSettingsCommand, AuditSettingsDto>
{
    public async Task<AuditSettingsDto> Handle(GetAuditSettingsQuery request, CancellationToken cancellationToken)
    {
        EnsureAdmin();
        return ToDto(await db.Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new AuditSettings());
    }

    public async Task<AuditSettingsDto> Handle(UpdateAuditSettingsCommand request, CancellationToken cancellationToken)
    {
        EnsureAdmin();
        var settings = await db.Settings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new AuditSettings();
            db.Settings.Add(settings);
        }

        settings.SuppressionThreshold = request.SuppressionThreshold!.Value;
        settings.AuditDueMonth = request.AuditDueMonth!.Value;
        settings.DelegationReminderDays = request.DelegationReminderDays!.Value;
        settings.SubmissionReminderDays = request.SubmissionReminderDays!.Value;
        settings.ShareBenchmarks = request.ShareBenchmarks ?? settings.ShareBenchmarks;
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(settings);
    }

    private void EnsureAdmin()
    {
        if (!user.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators change audit settings.");
        }
    }

    private static AuditSettingsDto ToDto(AuditSettings s) => new(s.SuppressionThreshold, s.AuditDueMonth, s.DelegationReminderDays, s.SubmissionReminderDays, s.ShareBenchmarks);
}
