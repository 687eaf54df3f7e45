using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Audit.Contracts;

/// <summary>Part of deleting a school that leaves: removes the Audit module's data of that school (ADR 0025). Administrators only.</summary>
public sealed record DeleteAuditSchoolDataCommand(Guid SchoolId) : ICommand<Unit>;
