using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Organisations.Domain;

/// <summary>How an authority presents its programme: description, contacts, brand colour and logo.</summary>
internal sealed class ProgrammeIdentity : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string Description { get; set; }

    public required string ContactPhone { get; set; }

    /// <summary>#rrggbb, dark enough for white text (WCAG AA, 4.5:1).</summary>
    public required string BrandColour { get; set; }

    public string? LogoContentType { get; set; }

    public byte[]? Logo { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
