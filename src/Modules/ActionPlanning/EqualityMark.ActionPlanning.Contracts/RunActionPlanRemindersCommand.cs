using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>The daily action plan reminders: actions due soon or overdue, plans gone quiet, equality statement reviews.</summary>
public sealed record RunActionPlanRemindersCommand : ICommand<Unit>;
