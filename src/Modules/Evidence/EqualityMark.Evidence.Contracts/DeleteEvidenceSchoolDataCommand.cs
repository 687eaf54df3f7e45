using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Evidence.Contracts;

/// <summary>Part of deleting a school that leaves: removes the Evidence module's data of that school (ADR 0025). Administrators only.</summary>
public sealed record DeleteEvidenceSchoolDataCommand(Guid SchoolId) : ICommand<Unit>;
