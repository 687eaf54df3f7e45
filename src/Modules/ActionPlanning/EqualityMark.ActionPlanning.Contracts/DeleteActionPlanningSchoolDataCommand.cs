using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;
using MediatR;

namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>Part of deleting a school that leaves: removes the ActionPlanning module's data of that school (ADR 0025). Administrators only.</summary>
public sealed record DeleteActionPlanningSchoolDataCommand(Guid SchoolId) : ICommand<Unit>, IChangesPublicPages;
