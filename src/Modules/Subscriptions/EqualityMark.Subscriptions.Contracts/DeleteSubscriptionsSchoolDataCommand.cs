using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Part of deleting a school that leaves: removes the Subscriptions module's data of that school (ADR 0025). Administrators only.</summary>
public sealed record DeleteSubscriptionsSchoolDataCommand(Guid SchoolId) : ICommand<Unit>;
