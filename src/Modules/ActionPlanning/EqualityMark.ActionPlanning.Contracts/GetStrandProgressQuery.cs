using EqualityMark.Shared.Messaging;

namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>For an accreditation summary: the school's objectives on a strand (all years), their actions and impact.</summary>
public sealed record GetStrandProgressQuery(Guid SchoolId, string StrandKey) : IQuery<IReadOnlyList<StrandObjectiveDto>>;
