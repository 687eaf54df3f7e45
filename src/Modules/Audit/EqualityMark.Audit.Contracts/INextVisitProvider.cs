namespace EqualityMark.Audit.Contracts;

/// <summary>
/// Answers "when is this school's next booked visit?" for audit reminders. Implemented by the module that
/// books visits (Events); with no implementation registered, no school has a visit booked.
/// </summary>
public interface INextVisitProvider
{
    Task<DateOnly?> NextVisitDateAsync(Guid schoolId, CancellationToken cancellationToken);
}
