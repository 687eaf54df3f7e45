using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.ActionPlanning.Features.Plans;

/// <summary>The plan of a school for one academic year (null: the current one). School users always get their own school's.</summary>
internal sealed record GetPlanQuery(Guid? SchoolId, int? AcademicYear) : IQuery<PlanDto>;

internal sealed record SetPlanFocusCommand(Guid SchoolId, PlanFocus? Focus) : ICommand<Unit>;

/// <summary>Moves the open actions of a year's objectives into copies of those objectives for the next year.</summary>
internal sealed record CarryForwardCommand(Guid SchoolId, int FromYear) : ICommand<int>;

internal sealed record AddPlanCommentCommand(Guid SchoolId, Guid? ObjectiveId, string Text) : ICommand<Guid>;
