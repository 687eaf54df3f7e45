using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>The daily reminders of a published equality statement's review dates (objectives and information): 60, 30 and 7 days before.</summary>
public sealed record RunStatementRemindersCommand : ICommand<Unit>;
