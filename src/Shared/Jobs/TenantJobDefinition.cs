namespace EqualityMark.Shared.Jobs;

/// <summary>
/// A recurring job that runs once per active local authority: the host opens a scope fixed to each
/// tenant and sends the command. CronExpression is Quartz syntax, evaluated in Europe/London.
/// </summary>
public sealed record TenantJobDefinition(string Name, string Description, string CronExpression, Type CommandType);
