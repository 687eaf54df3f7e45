namespace EqualityMark.Shared.Tenancy;

public sealed record TenantInfo(Guid Id, string Code, string Name, string ProgrammeName);
