using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Organisations.Domain;

/// <summary>
/// A platform operator's password and lockout, in a table the request path's database role cannot read: only the
/// platform role reaches it (<see cref="Features.Platform.OperatorCredentialStore"/>). Mapped here so migrations create it.
/// </summary>
[GlobalEntity("Platform operators work outside every tenant.")]
internal sealed class OperatorCredential
{
    public Guid OperatorId { get; init; }

    public required string PasswordHash { get; init; }

    /// <summary>Changes with every new password, so a password reset link works once.</summary>
    public required string SecurityStamp { get; init; }

    public int FailedSignInCount { get; init; }

    public DateTimeOffset? LockedUntil { get; init; }
}
