namespace EqualityMark.Shared.Jobs;

/// <summary>
/// A recurring job that runs once per active local authority: the host opens a scope fixed to each
/// tenant and sends the command. CronExpression is Hangfire's (Cronos) syntax, evaluated in Europe/London:
/// five fields (minute hour day month weekday), or six with seconds first.
/// </summary>
public sealed record TenantJobDefinition(string Name, string Description, string CronExpression, Type CommandType);
