using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Organisations.Contracts;

/// <summary>
/// Deletes a school that leaves, with its data in every module and its people's accounts, in one transaction
/// (ADR 0025). The administrator confirms by typing the school's name (field error on "ConfirmSchoolName").
/// Not found for another authority's or an already deleted school; a conflict while its subscription is in force.
/// </summary>
public sealed record DeleteSchoolCommand(Guid SchoolId, string ConfirmSchoolName) : ICommand<Unit>;
