using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Audit.Features.Settings;

internal sealed record GetAuditSettingsQuery : IQuery<AuditSettingsDto>;

internal sealed record UpdateAuditSettingsCommand(int? SuppressionThreshold, int? AuditDueMonth, int? DelegationReminderDays, int? SubmissionReminderDays) : ICommand<AuditSettingsDto>, IChangesPublicPages;
