using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>One version of an authority's audit framework. Drafts are edited; published versions never change.</summary>
internal sealed class FrameworkVersion : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public int Number { get; init; }

    public FrameworkVersionStatus Status { get; private set; } = FrameworkVersionStatus.Draft;

    public FrameworkContent Content { get; private set; } = default!;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public uint RowVersion { get; private set; }

    public static FrameworkVersion Draft(int number, FrameworkContent content, DateTimeOffset now) =>
        new() { Number = number, Content = content, CreatedAt = now };

    public void Edit(FrameworkContent content)
    {
        if (Status == FrameworkVersionStatus.Published)
        {
            throw new ConflictException($"Version {Number} is published and cannot change. Start a new draft.");
        }

        Content = content;
    }

    public void Publish(DateTimeOffset now)
    {
        if (Status == FrameworkVersionStatus.Published)
        {
            throw new ConflictException($"Version {Number} is already published.");
        }

        FrameworkContentRules.Check(Content);
        Status = FrameworkVersionStatus.Published;
        PublishedAt = now;
    }
}
