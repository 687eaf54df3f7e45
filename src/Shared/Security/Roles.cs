namespace EqualityMark.Shared.Security;

/// <summary>The roles of the product. School roles belong to exactly one school.</summary>
public static class Roles
{
    public const string PlatformOperator = nameof(PlatformOperator);
    public const string AuthorityAdmin = nameof(AuthorityAdmin);
    public const string Advisor = nameof(Advisor);
    public const string SchoolCoordinator = nameof(SchoolCoordinator);
    public const string SchoolMember = nameof(SchoolMember);

    public static readonly IReadOnlyList<string> TenantRoles = [AuthorityAdmin, Advisor, SchoolCoordinator, SchoolMember];

    public static bool IsSchoolRole(string? role) => role is SchoolCoordinator or SchoolMember;

    public static bool IsAuthorityStaff(string? role) => role is AuthorityAdmin or Advisor;

    public static string DisplayName(string role) => role switch
    {
        AuthorityAdmin => "Authority administrator",
        Advisor => "Equality advisor",
        SchoolCoordinator => "School equality co-ordinator",
        SchoolMember => "Reference group member",
        PlatformOperator => "Platform operator",
        _ => role,
    };
}
