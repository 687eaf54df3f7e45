using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Domain;

namespace EqualityMark.Audit.Features.Audits;

/// <summary>How many judgements of each element and each strand have been made, leaving out rows with none to show.</summary>
internal static class AuditProgress
{
    public static IReadOnlyList<ProgressDto> ByElement(FrameworkContent content, IReadOnlyList<Judgement> judgements) =>
        content.Elements.Select(e => Of(e.Key, e.Name, judgements.Where(j => j.ElementKey == e.Key))).Where(p => p.Total > 0).ToList();

    public static IReadOnlyList<ProgressDto> ByStrand(FrameworkContent content, IReadOnlyList<Judgement> judgements) =>
        content.Strands.Select(s => Of(s.Key, s.Name, judgements.Where(j => j.StrandKey == s.Key))).Where(p => p.Total > 0).ToList();

    private static ProgressDto Of(string key, string name, IEnumerable<Judgement> judgements)
    {
        var list = judgements.ToList();
        return new ProgressDto(key, name, list.Count(j => j.Rating != Rating.NotAssessed), list.Count);
    }
}
