namespace EqualityMark.Organisations.Contracts;

public sealed record TenantDto(
    Guid Id,
    string Code,
    string Name,
    string ProgrammeName,
    string ContactEmail,
    TenantStatus Status,
    DateTimeOffset CreatedAt,
    TenantState State = TenantState.Live,
    string? AdministratorName = null,
    string? AdministratorEmail = null,
    DateTimeOffset? LiveAt = null);
