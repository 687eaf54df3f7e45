using MediatR;

namespace EqualityMark.Organisations.Contracts;

/// <summary>
/// Published once a new authority and its administrator exist. Each module sets up its part of the programme in
/// the new authority: from the built-in template, or copied from <paramref name="CopyFrom"/> (never its secrets).
/// </summary>
public sealed record AuthorityCreated(Guid TenantId, string Code, string Name, string ProgrammeName, Guid? CopyFrom) : INotification;
