using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Audit.Contracts;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>Everything one evidence pack says, gathered from the modules before either document is written.</summary>
internal sealed record PackContent(
    string SchoolName,
    string SchoolUrn,
    string SchoolPhase,
    string AuthorityName,
    string ProgrammeName,
    string? BrandColour,
    DateTimeOffset MadeAt,
    AuditEvidenceDto Audit,
    PlanEvidenceDto Plan,
    string? StatementLink,
    IReadOnlyList<PackBadge> Badges,
    PackLogo? Logo = null)
{
    public string Title => $"{SchoolName}: equality evidence pack";

    /// <summary>"Leadership, management and governance – Race" for a plan's grid cell, from the audit's framework names.</summary>
    public string CellLabel(GridCellRefDto cell)
    {
        var element = Audit.Grid?.Elements.FirstOrDefault(e => e.Key == cell.ElementKey)?.Name ?? cell.ElementKey;
        var strand = Audit.Grid?.Strands.FirstOrDefault(s => s.Key == cell.StrandKey)?.Name ?? cell.StrandKey;
        return $"{element} – {strand}";
    }

    public string StrandName(string key) => Audit.Grid?.Strands.FirstOrDefault(s => s.Key == key)?.Name ?? key;
}

/// <summary>A badge or the Mark held, with the public link that verifies it.</summary>
internal sealed record PackBadge(string Title, DateOnly AwardedOn, DateOnly? ExpiresOn, string Status, string VerificationLink);

/// <summary>The authority's logo for the top of the pack: its bytes (PNG or JPEG) and its size in pixels.</summary>
internal sealed record PackLogo(byte[] Content, string ContentType, int PixelWidth, int PixelHeight);
