using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// The schools that may use their package today (UK): a paid subscription in force, a renewal whose invoice is issued
/// and within its terms, or an ended year still in its grace period (ADR 0019). Others' reminders stop.
/// </summary>
public sealed record ListSchoolsWithAccessQuery : IQuery<IReadOnlyList<Guid>>;
