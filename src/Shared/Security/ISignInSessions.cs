namespace EqualityMark.Shared.Security;

/// <summary>
/// The server's record of who is signed in. A sign-in cookie is honoured only while its session is here, so ending
/// a person's sessions (sign-out, a new password, deactivation) stops every copy of their cookies at once.
/// </summary>
public interface ISignInSessions
{
    /// <summary>Ends every session of the person (a tenant user's or an operator's id), on every device.</summary>
    Task EndAllAsync(Guid personId, CancellationToken cancellationToken);
}
