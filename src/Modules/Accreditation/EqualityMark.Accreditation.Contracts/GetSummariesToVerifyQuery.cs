using EqualityMark.Shared.Messaging;

namespace EqualityMark.Accreditation.Contracts;

/// <summary>For an accreditation visit's checklist: the status of the school's summary for each badge to be verified.</summary>
public sealed record GetSummariesToVerifyQuery(Guid SchoolId, IReadOnlyList<string> StrandKeys) : IQuery<IReadOnlyList<SummaryToVerifyDto>>;
