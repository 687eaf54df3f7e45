using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;
using MediatR;

namespace EqualityMark.Accreditation.Contracts;

/// <summary>Part of deleting a school that leaves: removes the Accreditation module's data of that school (ADR 0025). Administrators only.</summary>
public sealed record DeleteAccreditationSchoolDataCommand(Guid SchoolId) : ICommand<Unit>, IChangesPublicPages;
