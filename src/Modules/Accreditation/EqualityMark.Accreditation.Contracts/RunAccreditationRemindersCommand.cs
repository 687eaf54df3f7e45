using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Accreditation.Contracts;

/// <summary>Daily, per authority: reminds schools 90 and 30 days before a badge or the Mark expires.</summary>
public sealed record RunAccreditationRemindersCommand : ICommand<Unit>;
