using EqualityMark.Shared.Tenancy;

namespace EqualityMark.ActionPlanning.Domain;

/// <summary>
/// One publication of a school's equality statement, frozen as it was published (ContentJson), so later edits to
/// the plan never change what the public read. The public page shows the newest for the school's URN.
/// </summary>
internal sealed class PublishedStatement : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public required string SchoolUrn { get; init; }

    public required string SchoolName { get; init; }

    public int Version { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public required string PublishedBy { get; init; }

    public required string ApprovedBy { get; init; }

    public DateOnly ApprovedOn { get; init; }

    public DateOnly ObjectivesReviewOn { get; init; }

    public DateOnly InformationReviewOn { get; init; }

    public required string ContentJson { get; init; }
}
