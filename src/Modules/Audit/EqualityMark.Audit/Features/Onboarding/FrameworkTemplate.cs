using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Audit.Features.Onboarding;

/// <summary>
/// A new authority's audit framework, published as its version 1 so its badges exist from the start: the built-in
/// (Lancashire-style) framework, or the newest published framework and audit settings of the authority it copies.
/// The administrator can draft and publish their own version during setup.
/// </summary>
internal sealed class FrameworkTemplate(TenantScopeFactory scopes, TimeProvider clock) : INotificationHandler<AuthorityCreated>
{
    public async Task Handle(AuthorityCreated notification, CancellationToken cancellationToken)
    {
        FrameworkContent content = DefaultFramework.Create();
        AuditSettings? copied = null;
        if (notification.CopyFrom is { } source)
        {
            await using var from = scopes.CreateScope(new TenantInfo(source, "copy-source", string.Empty, string.Empty));
            var sourceDb = from.ServiceProvider.GetRequiredService<AuditDbContext>();
            content = await sourceDb.FrameworkVersions.AsNoTracking().Where(v => v.Status == FrameworkVersionStatus.Published)
                .OrderByDescending(v => v.Number).Select(v => v.Content).FirstOrDefaultAsync(cancellationToken) ?? content;
            copied = await sourceDb.Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        }

        await using var scope = scopes.CreateScope(new TenantInfo(notification.TenantId, notification.Code, notification.Name, notification.ProgrammeName));
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        if (await db.FrameworkVersions.AnyAsync(cancellationToken))
        {
            return;
        }

        var version = FrameworkVersion.Draft(1, content, clock.GetUtcNow());
        version.Publish(clock.GetUtcNow());
        db.FrameworkVersions.Add(version);
        db.Settings.Add(new AuditSettings
        {
            SuppressionThreshold = copied?.SuppressionThreshold ?? 5,
            AuditDueMonth = copied?.AuditDueMonth ?? 10,
            DelegationReminderDays = copied?.DelegationReminderDays ?? 14,
            SubmissionReminderDays = copied?.SubmissionReminderDays ?? 21,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
