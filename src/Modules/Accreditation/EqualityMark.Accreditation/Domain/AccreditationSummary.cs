using EqualityMark.Accreditation.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Accreditation.Domain;

/// <summary>
/// A school's Accreditation Summary for one badge: what it did and achieved, in its own words, beside what the plan
/// and audit already hold. Sent, checked at the desk (returned or accepted), verified at the visit, then awarded
/// or "not yet". Every send is kept as a <see cref="SummaryVersion"/>, every decision as a <see cref="SummaryEntry"/>.
/// </summary>
internal sealed class AccreditationSummary : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public required string SchoolName { get; init; }

    public required string StrandKey { get; init; }

    public required string StrandName { get; init; }

    public SummaryStatus Status { get; private set; } = SummaryStatus.Draft;

    public string ActionsTaken { get; private set; } = string.Empty;

    public string OutcomesAchieved { get; private set; } = string.Empty;

    public string PupilVoice { get; private set; } = string.Empty;

    /// <summary>How many times it has been sent; the number of the latest version.</summary>
    public int Version { get; private set; }

    public DateTimeOffset StartedAt { get; init; }

    public required string StartedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public uint RowVersion { get; private set; }

    public bool IsEditable => Status is SummaryStatus.Draft or SummaryStatus.Returned or SummaryStatus.NotYet;

    public bool IsOpen => Status != SummaryStatus.Awarded;

    public void Save(string actionsTaken, string outcomesAchieved, string pupilVoice, string by, DateTimeOffset now)
    {
        EnsureEditable();
        (ActionsTaken, OutcomesAchieved, PupilVoice, UpdatedBy, UpdatedAt) = (actionsTaken, outcomesAchieved, pupilVoice, by, now);
    }

    public void Send(string by, DateTimeOffset now)
    {
        EnsureEditable();
        Version++;
        (Status, SentAt, UpdatedBy, UpdatedAt) = (SummaryStatus.Sent, now, by, now);
    }

    public void Return(DateTimeOffset now) => Decide(SummaryStatus.Sent, SummaryStatus.Returned, now);

    public void Accept(DateTimeOffset now) => Decide(SummaryStatus.Sent, SummaryStatus.Accepted, now);

    public void NotYet(DateTimeOffset now) => Decide(SummaryStatus.Accepted, SummaryStatus.NotYet, now);

    public void Awarded(DateTimeOffset now) => Decide(SummaryStatus.Accepted, SummaryStatus.Awarded, now);

    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new ConflictException(Status switch
            {
                SummaryStatus.Sent => "This summary has been sent and is waiting for the desk check, so it cannot be changed.",
                SummaryStatus.Accepted => "This summary has been accepted for verification at the visit, so it cannot be changed.",
                _ => "This summary's badge has been awarded, so it cannot be changed.",
            });
        }
    }

    private void Decide(SummaryStatus from, SummaryStatus to, DateTimeOffset now)
    {
        if (Status != from)
        {
            throw new ConflictException($"This summary is {SummaryStatusLabels.For(Status).ToLowerInvariant()}, so that decision cannot be made now.");
        }

        (Status, DecidedAt) = (to, now);
    }
}
