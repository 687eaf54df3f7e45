using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

public sealed record SetTenantStatusCommand(Guid TenantId, TenantStatus Status) : ICommand<TenantDto>;
