using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Events.Contracts;

/// <summary>Part of deleting a school that leaves: removes the Events module's data of that school (ADR 0025). Administrators only.</summary>
public sealed record DeleteEventsSchoolDataCommand(Guid SchoolId) : ICommand<Unit>;
