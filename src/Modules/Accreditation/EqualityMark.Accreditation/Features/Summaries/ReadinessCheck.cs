using EqualityMark.Accreditation.Domain;
using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Time;
using MediatR;

namespace EqualityMark.Accreditation.Features.Summaries;

/// <summary>
/// What a summary needs before it is sent. The school's own account, a document and an objective on the strand block
/// sending (thin applications waste everyone's time); the audit, the reference group, impact and pupil voice are
/// advice the desk check will look for.
/// </summary>
internal sealed class ReadinessCheck(IMediator mediator, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReadinessItemDto>> CheckAsync(
        AccreditationSummary summary, SummaryPrefillDto prefill, int documentCount, CancellationToken cancellationToken)
    {
        var year = AcademicYear.For(clock.GetUtcNow());
        var auditSent = await mediator.Send(new GetAuditSubmittedDateQuery(summary.SchoolId, year), cancellationToken);
        var group = await mediator.Send(new GetReferenceGroupCheckQuery(summary.SchoolId), cancellationToken);
        var objectives = prefill.Objectives;
        var withImpact = objectives.Count(o => o.Impacts.Count > 0);
        return
        [
            new("Describe the actions you took", summary.ActionsTaken.Length > 0, true),
            new("Describe the outcomes you achieved", summary.OutcomesAchieved.Length > 0, true),
            new($"Your action plan has at least one objective on {summary.StrandName}", objectives.Count > 0, true),
            new("At least one supporting document, attached here or to the strand's objectives and actions", documentCount + prefill.PlanEvidence.Count > 0, true),
            new($"Impact is recorded for every objective on {summary.StrandName} ({withImpact} of {objectives.Count})", objectives.Count > 0 && withImpact == objectives.Count, false),
            new($"Your {AcademicYear.Label(year)} whole-school audit has been sent to the equality team", auditSent is not null, false),
            new("Your equality reference group includes a member of the senior leadership team", group.HasSeniorLeader, false),
            new("Say what pupils told you (pupil voice)", summary.PupilVoice.Length > 0, false),
        ];
    }
}
