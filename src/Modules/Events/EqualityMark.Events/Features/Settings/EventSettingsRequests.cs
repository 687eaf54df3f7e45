using EqualityMark.Shared.Messaging;

namespace EqualityMark.Events.Features.Settings;

public sealed record EventSettingsDto(int CancellationNoticeDays, int ReminderDays);

internal sealed record GetEventSettingsQuery : IQuery<EventSettingsDto>;

internal sealed record UpdateEventSettingsCommand(int? CancellationNoticeDays, int? ReminderDays) : ICommand<EventSettingsDto>;
