namespace EqualityMark.Audit.Features.Settings;

public sealed record AuditSettingsDto(int SuppressionThreshold, int AuditDueMonth, int DelegationReminderDays, int SubmissionReminderDays, bool ShareBenchmarks);
