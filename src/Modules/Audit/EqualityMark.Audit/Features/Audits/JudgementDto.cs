using EqualityMark.Audit.Contracts;

namespace EqualityMark.Audit.Features.Audits;

public sealed record JudgementDto(string ItemKey, string StrandKey, Rating Rating, string Commentary, string EvidenceNotes, string? UpdatedBy, DateTimeOffset? UpdatedAt, uint Version, bool CanEdit);
