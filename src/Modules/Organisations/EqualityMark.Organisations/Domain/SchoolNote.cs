using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Organisations.Domain;

/// <summary>A note the authority's staff keep about a school (a phone call, a concern, an agreement); schools never see them.</summary>
internal sealed class SchoolNote : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public required string Text { get; init; }

    public Guid AuthorId { get; init; }

    /// <summary>As the author was named when writing: the note stays attributed if they later leave.</summary>
    public required string AuthorName { get; init; }

    public DateTimeOffset WrittenAt { get; init; }
}
