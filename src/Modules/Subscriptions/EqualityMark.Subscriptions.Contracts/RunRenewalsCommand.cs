using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// The daily renewal run for one authority: marks subscriptions near their end as renewal due, reminds 60, 30 and
/// 7 days before the end (each once per period), marks renewed ones and lapses unrenewed ones after the grace period.
/// </summary>
public sealed record RunRenewalsCommand : ICommand<Unit>;
