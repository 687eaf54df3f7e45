using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Audit.Features.Settings;

internal sealed record GetAuditSettingsQuery : IQuery<AuditSettingsDto>;

/// <param name="ShareBenchmarks">Whether the authority's figures go into the all-authorities benchmarks; null leaves it as it is.</param>
internal sealed record UpdateAuditSettingsCommand(int? SuppressionThreshold, int? AuditDueMonth, int? DelegationReminderDays, int? SubmissionReminderDays, bool? ShareBenchmarks = null)
    : ICommand<AuditSettingsDto>, IChangesPublicPages;
