using EqualityMark.Audit.Domain;

namespace EqualityMark.Audit.Features.Audits;

internal static class DelegationParts
{
    public static DelegationDto ToDto(Delegation d, FrameworkContent content) =>
        new(d.Id, d.UserId, d.UserName, d.ElementKey, d.StrandKey, d.CompletedAt, Describe(d, content));

    public static string Describe(Delegation d, FrameworkContent content) =>
        d.ElementKey is not null ? $"Element: {content.Element(d.ElementKey)?.Name ?? d.ElementKey}"
        : d.StrandKey is not null ? $"Strand: {content.Strand(d.StrandKey)?.Name ?? d.StrandKey}"
        : "The whole audit";
}
