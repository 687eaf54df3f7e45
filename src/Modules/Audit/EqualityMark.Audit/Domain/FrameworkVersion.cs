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

    private FrameworkContent? _parsed;

    /// <summary>The content as stored (jsonb); <see cref="Content"/> is its parsed form.</summary>
    public string ContentJson { get; private set; } = string.Empty;

    public FrameworkContent Content => _parsed ??= FrameworkContentJson.Deserialize(ContentJson);

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public uint RowVersion { get; private set; }

    public static FrameworkVersion Draft(int number, FrameworkContent content, DateTimeOffset now) =>
        new() { Number = number, ContentJson = FrameworkContentJson.Serialize(content), CreatedAt = now };

    public void Edit(FrameworkContent content)
    {
        if (Status == FrameworkVersionStatus.Published)
        {
            throw new ConflictException($"Version {Number} is published and cannot change. Start a new draft.");
        }

        ContentJson = FrameworkContentJson.Serialize(content);
        _parsed = null;
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
