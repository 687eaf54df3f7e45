using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>Creates a local authority. Code becomes its host name: {code}.example.org.</summary>
public sealed record CreateTenantCommand(string Code, string Name, string ProgrammeName, string ContactEmail, TenantStatus Status) : ICommand<TenantDto>;
