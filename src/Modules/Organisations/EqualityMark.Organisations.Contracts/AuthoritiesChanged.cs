using MediatR;

namespace EqualityMark.Organisations.Contracts;

/// <summary>Published when an authority is created, suspended or reactivated, so caches of authorities refresh at once.</summary>
public sealed record AuthoritiesChanged : INotification;
