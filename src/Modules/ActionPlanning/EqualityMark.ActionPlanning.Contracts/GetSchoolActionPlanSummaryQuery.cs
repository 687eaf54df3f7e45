using EqualityMark.Shared.Messaging;

namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>
/// A school's action plan progress for its latest plan year, for the school's one view: staff or the school's own people
/// (a member counts only the actions given to them), otherwise not found.
/// </summary>
public sealed record GetSchoolActionPlanSummaryQuery(Guid SchoolId) : IQuery<SchoolActionPlanSummaryDto>;
