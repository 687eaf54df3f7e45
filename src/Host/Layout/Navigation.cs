using EqualityMark.Shared.Security;

namespace EqualityMark.Host.Layout;

/// <summary>The header's links for each role: people see only what they can use.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavigationItem> For(ICurrentUser user, bool isPlatformHost)
    {
        if (isPlatformHost)
        {
            return user.Role == Roles.PlatformOperator ? [new("Local authorities", "/platform")] : [];
        }

        return user.Role switch
        {
            Roles.AuthorityAdmin => [new("Home", "/"), new("Schools", "/schools"), new("Subscriptions", "/admin/subscriptions"), new("Audits", "/audit/schools"), new("People", "/people"), new("Jobs", "/admin/jobs"), new("Mail", "/admin/mail")],
            Roles.Advisor => [new("Home", "/"), new("Schools", "/schools"), new("Subscriptions", "/admin/subscriptions"), new("Audits", "/audit/schools")],
            Roles.SchoolCoordinator => [new("Home", "/"), new("Our school", "/schools"), new("Our package", "/our-package"), new("Audit", "/audit"), new("People", "/people")],
            Roles.SchoolMember => [new("Home", "/"), new("Our school", "/schools"), new("Our package", "/our-package"), new("Audit", "/audit")],
            _ => [new("Programme", "/programme"), new("Sign up", "/sign-up")],
        };
    }
}
