using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Events.Contracts;

/// <summary>Daily: reminders of network meetings and visits to the people booked on them.</summary>
public sealed record RunEventRemindersCommand : ICommand<Unit>;
