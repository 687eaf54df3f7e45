using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Accreditation.Domain;

/// <summary>One step of a summary's history (sent, returned with comments, accepted, the visit's outcome, the school's response). Never changed.</summary>
internal sealed class SummaryEntry : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SummaryId { get; init; }

    public int Version { get; init; }

    public SummaryEntryKind Kind { get; init; }

    public required string Author { get; init; }

    public string Text { get; init; } = string.Empty;

    /// <summary>For "not yet": what the school should do next.</summary>
    public string? NextSteps { get; init; }

    public DateTimeOffset At { get; init; }
}
