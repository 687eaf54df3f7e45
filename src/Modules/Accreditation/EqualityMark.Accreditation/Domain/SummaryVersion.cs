using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Accreditation.Domain;

/// <summary>
/// A summary as it was sent: the school's words and, frozen beside them, what the plan and audit showed then
/// (PrefillJson) and the documents sent with it (DocumentsJson), so assessors see every past submission.
/// </summary>
internal sealed class SummaryVersion : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SummaryId { get; init; }

    public int Number { get; init; }

    public required string ActionsTaken { get; init; }

    public required string OutcomesAchieved { get; init; }

    public required string PupilVoice { get; init; }

    public required string PrefillJson { get; init; }

    public required string DocumentsJson { get; init; }

    public DateTimeOffset SentAt { get; init; }

    public required string SentBy { get; init; }
}
