namespace EqualityMark.Shared.Security;

/// <summary>Authorisation policy names, registered by the Host.</summary>
public static class Policies
{
    public const string PlatformOperator = nameof(PlatformOperator);
    public const string SignedIn = nameof(SignedIn);
    public const string AuthorityStaff = nameof(AuthorityStaff);
    public const string AuthorityAdmin = nameof(AuthorityAdmin);
    public const string CanInvite = nameof(CanInvite);
}
