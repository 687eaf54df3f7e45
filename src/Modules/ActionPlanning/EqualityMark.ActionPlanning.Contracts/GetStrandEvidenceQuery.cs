using EqualityMark.Shared.Messaging;

namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>The evidence files attached to the school's objectives and actions on a strand.</summary>
public sealed record GetStrandEvidenceQuery(Guid SchoolId, string StrandKey) : IQuery<IReadOnlyList<StrandEvidenceFileDto>>;
