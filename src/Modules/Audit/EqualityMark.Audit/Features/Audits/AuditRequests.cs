using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Features.Audits;

internal sealed record GetAuditOverviewQuery(Guid SchoolId) : IQuery<AuditOverviewDto>;

/// <summary>Starts this academic year's audit on the latest published framework, optionally from last year's judgements.</summary>
internal sealed record StartAuditCommand(Guid SchoolId, bool CopyLastYear) : ICommand<AuditSummaryDto>;

internal sealed record GetAuditWorkspaceQuery(Guid AuditId, string? ElementKey = null) : IQuery<AuditWorkspaceDto>;

/// <summary>Records one judgement. ExpectedVersion is the version the person started from; if someone saved since, 409.</summary>
internal sealed record SaveJudgementCommand(Guid AuditId, string ItemKey, string StrandKey, Rating? Rating, string? Commentary, string? EvidenceNotes, uint ExpectedVersion) : ICommand<JudgementDto>;

/// <summary>What "check before you send" shows: completeness, problems that stop sending, warnings. Co-ordinators only.</summary>
internal sealed record GetAuditCheckQuery(Guid AuditId) : IQuery<Checking.AuditCheckDto>;

/// <summary>
/// "Send to the equality team": locks the audit; its submitted date is what visits check. Refused (400) while the check
/// finds problems; of two sends at once, one wins and the other is told it has already been sent (409).
/// </summary>
internal sealed record SubmitAuditCommand(Guid AuditId) : ICommand<AuditSummaryDto>;

/// <summary>The team sends an audit back for changes, saying why.</summary>
internal sealed record ReturnAuditCommand(Guid AuditId, string Reason) : ICommand<AuditSummaryDto>;
