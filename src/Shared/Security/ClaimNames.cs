namespace EqualityMark.Shared.Security;

public static class ClaimNames
{
    public const string TenantId = "em:tenant_id";
    public const string SchoolId = "em:school_id";
    public const string FullName = "em:full_name";
}
