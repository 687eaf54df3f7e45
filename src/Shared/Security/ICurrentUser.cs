namespace EqualityMark.Shared.Security;

/// <summary>Who is acting in this scope. Jobs and seeding act as the system (no user).</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    /// <summary>True only for work the platform does itself (jobs, seeding) — never for a web request.</summary>
    bool IsSystem { get; }

    string? Role { get; }

    Guid? SchoolId { get; }

    string? FullName { get; }

    /// <summary>The signed-in person's email address (their sign-in name); null for the system.</summary>
    string? Email { get; }

    bool IsAuthorityStaff => IsSystem || Roles.IsAuthorityStaff(Role);

    bool IsAuthorityAdmin => IsSystem || Role == Roles.AuthorityAdmin;

    bool IsSchoolUser => Roles.IsSchoolRole(Role);

    /// <summary>True when this user may see the given school's data: staff see all, school users only their own.</summary>
    bool CanSeeSchool(Guid schoolId) => IsAuthorityStaff || (IsSchoolUser && SchoolId == schoolId);
}
