using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>The platform sends a new authority's first administrator a fresh invitation link.</summary>
public sealed record ResendAdministratorInvitationCommand(Guid TenantId) : ICommand<TenantDto>;
