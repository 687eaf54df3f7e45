using EqualityMark.Events.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Events.Domain;

/// <summary>
/// Fewer places came free than a waiting group needs: the school is offered the places free now for some of its
/// representatives, the rest keep waiting. While it is open the places are held for it (ADR 0019).
/// </summary>
internal sealed class SplitOffer : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid MeetingId { get; init; }

    public Guid GroupId { get; init; }

    public Guid SchoolId { get; init; }

    public required string SchoolName { get; init; }

    public SplitOfferStatus Status { get; private set; } = SplitOfferStatus.Open;

    public DateTimeOffset OfferedAt { get; init; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public int PlacesTaken { get; private set; }

    public void Accept(int places, string by, DateTimeOffset now)
    {
        EnsureOpen();
        (Status, PlacesTaken, DecidedBy, DecidedAt) = (SplitOfferStatus.Accepted, places, by, now);
    }

    public void Decline(string by, DateTimeOffset now)
    {
        EnsureOpen();
        (Status, DecidedBy, DecidedAt) = (SplitOfferStatus.Declined, by, now);
    }

    /// <summary>Enough places came free for the whole group, which has them now.</summary>
    public void Withdraw(DateTimeOffset now) => (Status, DecidedAt) = (SplitOfferStatus.Withdrawn, now);

    public void EnsureOpen()
    {
        if (Status != SplitOfferStatus.Open)
        {
            throw new ConflictException(Status switch
            {
                SplitOfferStatus.Accepted => "This offer has already been accepted.",
                SplitOfferStatus.Declined => "This offer has already been declined.",
                _ => "This offer has closed: your whole group has places now.",
            });
        }
    }
}
