namespace EqualityMark.Organisations.Contracts;

public sealed record TenantDto(Guid Id, string Code, string Name, string ProgrammeName, string ContactEmail, TenantStatus Status, DateTimeOffset CreatedAt);
