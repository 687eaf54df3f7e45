namespace EqualityMark.Audit.Contracts;

/// <summary>
/// Answers "when is each school's next booked visit?" for audit reminders, for all the authority's schools at once.
/// Implemented by the module that books visits (Events); with no implementation registered, no school has a visit booked.
/// </summary>
public interface INextVisitProvider
{
    /// <summary>The date (UK) of each school's next confirmed visit; schools with none are left out.</summary>
    Task<IReadOnlyDictionary<Guid, DateOnly>> NextVisitDatesAsync(CancellationToken cancellationToken);
}
