using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Domain;

namespace EqualityMark.Audit.Features.Audits;

/// <summary>How many of an audit's judgements have been made (not "not assessed"), of all of them.</summary>
internal readonly record struct AuditProgressCount(int Assessed, int Total)
{
    public static AuditProgressCount Of(IReadOnlyCollection<Judgement> everyJudgement) =>
        new(everyJudgement.Count(j => j.Rating != Rating.NotAssessed), everyJudgement.Count);
}
