using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Audit.Contracts;

/// <summary>The daily audit reminders: annual audit due, delegated parts and sending before a visit.</summary>
public sealed record RunAuditRemindersCommand : ICommand<Unit>;
