using EqualityMark.Shared.Security;

namespace EqualityMark.Host.Security;

/// <summary>The platform acting for itself (jobs, seeding, the outbox): there is no web request.</summary>
internal sealed class SystemCurrentUser : ICurrentUser
{
    public static readonly SystemCurrentUser Instance = new();

    public Guid? UserId => null;

    public bool IsSystem => true;

    public string? Role => null;

    public Guid? SchoolId => null;

    public string? FullName => "EqualityMark";

    public string? Email => null;
}
